import { describe, expect, it } from 'vitest';
import { describeContact } from '../../../src/core/draft/describe-contact.ts';

const ids = (value: string, site = 'shop.test') => describeContact(value, site).warnings.map((w) => w.id);

describe('describeContact', () => {
  it('links a single plain address, as that address only', () => {
    expect(describeContact('mailto:security@shop.test', 'shop.test')).toEqual({ href: 'mailto:security@shop.test', punycode: null, warnings: [] });
    expect(describeContact('security@shop.test', 'shop.test').href).toBe('mailto:security@shop.test');
  });

  it('never links a mailto that injects headers or recipients: inert, with the injection warning', () => {
    for (const value of [
      'mailto:security@shop.test?%0D%0ABcc:attacker@evil.test',
      'mailto:security@shop.test%0D%0ABcc:%20attacker@evil.test?subject=hi%0D%0ABcc:x@evil.test&bcc=attacker@evil.test&body=send%20me%20your%20cookies',
      'mailto:security@shop.test?bcc=attacker@evil.test',
    ]) {
      const view = describeContact(value, 'shop.test');
      expect(view.href, value).toBeNull();
      expect(view.warnings.map((w) => w.id), value).toContain('contact_injection');
    }
  });

  it('does not link a mailto with header fields, or with several addresses', () => {
    expect(describeContact('mailto:security@shop.test?subject=Hello', 'shop.test').href).toBeNull();
    expect(describeContact('mailto:a@shop.test,b@shop.test', 'shop.test').href).toBeNull();
  });

  it('shows a Cyrillic look-alike domain in punycode, with a contact warning', () => {
    const view = describeContact('mailto:security@\u0435vil.test', 'evil.test');
    expect(view.punycode).toMatch(/^security@xn--/);
    expect(view.href).toBe(`mailto:${view.punycode}`);
    expect(view.warnings.map((w) => w.id)).toEqual(expect.arrayContaining(['contact_confusable']));
    expect(ids('https://xn--pypal-4ve.test/report', 'paypal.test')).toEqual(expect.arrayContaining(['contact_idn']));
  });

  it('keeps contacts with bidi or invisible characters inert, with the warning', () => {
    const rtl = describeContact('https://evil.test/\u202Egnp.exe', 'shop.test');
    expect(rtl.href).toBeNull();
    expect(rtl.warnings.map((w) => w.id)).toContain('contact_bidi_control');
    expect(describeContact('mailto:sec\u200Burity@shop.test', 'shop.test').href).toBeNull();
  });

  it('links web contacts as safeHref does and leaves script URLs inert', () => {
    expect(describeContact('https://shop.test/report', 'shop.test').href).toBe('https://shop.test/report');
    expect(describeContact('javascript:alert(1)', 'shop.test').href).toBeNull();
    expect(ids('https://hackerone.com/shop')).toEqual([]); // a platform is information, not a warning
    expect(ids('mailto:security@other.test')).toContain('contact_domain_mismatch');
  });
});
