import { describe, expect, it } from 'vitest';
import { findMailtoHeaderInjection } from '../../../src/core/securitytxt/find-mailto-header-injection.ts';
import { validateSecurityTxt } from '../../../src/core/securitytxt/validate-security-txt.ts';
import { en, enFinding } from '../../support/english.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s);

describe('findMailtoHeaderInjection (RFC 6068 §2, §7)', () => {
  it('accepts plain addresses, several recipients, subject and a body with %0D%0A line breaks', () => {
    for (const ok of [
      'mailto:security@example.com',
      'mailto:a@example.com,b@example.com',
      'mailto:security@example.com?subject=Vulnerability%20report',
      'MAILTO:security@example.com?Subject=hi&body=line%201%0D%0Aline%202',
      'mailto:security@example.com?',
      'https://example.com/report?bcc=x',
      'mailto:security@example.com#frag',
    ]) expect(findMailtoHeaderInjection(ok), ok).toBeNull();
  });

  it('refuses an encoded CR or LF in the address, a header name or the subject', () => {
    expect(en(findMailtoHeaderInjection('mailto:security@example.com%0D%0ABcc:%20attacker@evil.test')!)).toMatch(/address part/);
    expect(en(findMailtoHeaderInjection('mailto:security@example.com?%0D%0ABcc:x@evil.test')!)).toMatch(/header name/);
    expect(en(findMailtoHeaderInjection('mailto:security@example.com?subject=hi%0d%0aBcc:x@evil.test')!)).toMatch(/subject/);
    expect(en(findMailtoHeaderInjection('mailto:security@example.com?subject=hi%0ABcc:x@evil.test')!)).toMatch(/subject/);
  });

  it('refuses headers other than subject and body, however they are spelled', () => {
    expect(en(findMailtoHeaderInjection('mailto:security@example.com?bcc=attacker@evil.test')!)).toBe('it sets the header "bcc"; only subject and body are safe');
    expect(en(findMailtoHeaderInjection('mailto:security@example.com?%62CC=a@evil.test&To=b@evil.test')!)).toBe('it sets the headers "bcc", "to"; only subject and body are safe');
    expect(en(findMailtoHeaderInjection('mailto:s@example.com?subject=x&in-reply-to=%3Cid%3E')!)).toMatch(/"in-reply-to"/);
  });

  it('answers long hostile values (a linear scan, well within the test timeout)', () => {
    const long = `mailto:a@example.com?${'%0%'.repeat(100_000)}&${'x=1&'.repeat(100_000)}`;
    expect(en(findMailtoHeaderInjection(long)!)).toBe(`it sets the headers "${'%0%'.repeat(13)}…", "x"; only subject and body are safe`);
  });
});

describe('validateSecurityTxt on an injected mailto: Contact', () => {
  it('reports invalid_uri on that line with a header-injection message, and the file is not valid', async () => {
    const text = [
      'Contact: mailto:security@example.com?%0D%0ABcc:x@evil.test',
      'Contact: mailto:security@example.com?bcc=x@evil.test',
      'Contact: mailto:security@example.com?subject=Report',
      'Expires: 2026-06-30T23:59:59Z',
      '',
    ].join('\n');
    const r = await validateSecurityTxt(enc(text), null, { now: NOW });
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual(['invalid_uri']);
    expect(r.lines.invalid_uri).toEqual([1, 2]);
    for (const f of r.findings.filter((x) => x.id === 'invalid_uri')) {
      expect(enFinding(f)).toMatch(/inject mail headers.*RFC 6068 §2, §7.*not a usable contact/);
    }
  });
});
