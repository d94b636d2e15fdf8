import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseContact } from '../../../src/core/draft/parse-contact.ts';
import { parseEmailAddress } from '../../../src/core/draft/parse-email-address.ts';
import { assessContact } from '../../../src/core/draft/assess-contact.ts';
import { domainToUnicode } from '../../../src/core/draft/domain-to-unicode.ts';

const ids = (findings: Array<{ id: string }>) => findings.map((f) => f.id);

describe('parseContact', () => {
  it.each([
    ['mailto:security@example.com', ['security@example.com'], []],
    ['MAILTO:Security@EXAMPLE.com', ['Security@example.com'], []],
    ['security@bigbank.eu', ['security@bigbank.eu'], []],
    ['mailto:%73ec@example.com', ['sec@example.com'], []],
    ['mailto:a@example.com,b@example.org', ['a@example.com', 'b@example.org'], []],
    ['mailto:sec@example.com?subject=Security%20report', ['sec@example.com'], ['contact_mailto_headers_ignored']],
    ['mailto:sec@bücher.example', ['sec@xn--bcher-kva.example'], []],
    ['mailto:sec@example.com\nBcc: evil@attacker.test', ['sec@example.com'], ['contact_line_break']],
  ])('reads %j as an e-mail contact', (value, addresses, findingIds) => {
    const r = parseContact(value);
    expect(r.value.kind).toBe('email');
    expect(r.value.kind === 'email' && r.value.addresses.map((a) => a.address)).toEqual(addresses);
    expect(ids(r.findings)).toEqual(findingIds);
  });

  it.each([
    ['mailto:sec@example.com?bcc=evil@attacker.test'],
    ['mailto:sec@example.com?subject=x&cc=evil@attacker.test'],
    ['mailto:sec@example.com?to=evil@attacker.test'],
    ['mailto:sec@example.com%0ABcc:evil@attacker.test'],
    ['mailto:sec@example.com%0d%0abcc:evil@attacker.test'],
    ['mailto:sec@example.com%3Fbcc%3Devil@attacker.test'],
    ['mailto:sec@example.com&bcc=evil@attacker.test'],
    ['mailto:evil@attacker.test,sec@example.com%26bcc=x@y.test'],
  ])('refuses the header injection %j', (value) => {
    const r = parseContact(value);
    expect(r.value.kind).toBe('other');
    expect(ids(r.findings)).toContain('contact_injection');
  });

  it('reads https contacts as web forms and leaves the rest alone', () => {
    expect(parseContact('https://hackerone.com/nodejs').value).toMatchObject({ kind: 'web', host: 'hackerone.com' });
    expect(parseContact('https://user:pw@example.com/').value.kind).toBe('other');
    expect(parseContact('http://example.com/report').value.kind).toBe('other');
    expect(parseContact('tel:+1-201-555-0123').value.kind).toBe('other');
    expect(parseContact('in person at a meeting').value.kind).toBe('other');
    expect(parseContact('security@agency.gov (placeholder)').value.kind).toBe('other');
  });
});

describe('parseEmailAddress', () => {
  it('accepts every RFC 5322 address fast-check generates, unless it carries ? & or %', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (addr) => {
        const r = parseEmailAddress(addr);
        if (/[?&%]/.test(addr)) {
          expect(ids(r.findings)).toEqual(['contact_injection']);
        } else {
          const at = addr.lastIndexOf('@');
          expect(r.value?.address).toBe(`${addr.slice(0, at)}@${addr.slice(at + 1).toLowerCase()}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(['', 'no-at-sign', 'a@b@example.com', '"quoted"@example.com', 'a b@example.com', 'a@localhost', 'a@1.2.3.4', 'a@-bad.com', 'a@exa_mple.com', `${'x'.repeat(65)}@example.com`, 'a@example.com>', '<a@example.com>', 'a@ex\u200Bample.com'])(
    'refuses %j',
    (addr) => {
      expect(parseEmailAddress(addr).value).toBeNull();
    },
  );
});

describe('domainToUnicode', () => {
  it('decodes punycode labels (RFC 3492) and flags malformed ones', () => {
    expect(domainToUnicode('xn--mnchen-3ya.de')).toEqual({ value: 'münchen.de', malformed: false });
    expect(domainToUnicode('xn--e1afmkfd.xn--p1ai').value).toBe('пример.рф');
    expect(domainToUnicode('xn--ls8h.la').value).toBe('💩.la');
    expect(domainToUnicode('xn--zz.example').malformed).toBe(true);
    expect(domainToUnicode('xn--' + '9'.repeat(60) + '.com').malformed).toBe(true);
  });
});

describe('assessContact', () => {
  it('is quiet for a contact on the site\'s own registrable domain', () => {
    expect(assessContact('mailto:security@mail.example.com', 'www.example.com')).toEqual([]);
    expect(assessContact('mailto:security@example.co.uk', 'shop.example.co.uk')).toEqual([]);
  });

  it('warns when the registrable domain differs, private suffixes included', () => {
    expect(ids(assessContact('mailto:security@lists.openjsf.org', 'nodejs.org'))).toEqual(['contact_domain_mismatch']);
    expect(ids(assessContact('mailto:sec@bob.github.io', 'alice.github.io'))).toEqual(['contact_domain_mismatch']);
  });

  it('notes a reporting platform as information, not as a mismatch', () => {
    const f = assessContact('https://hackerone.com/nodejs', 'nodejs.org');
    expect(f.map((x) => [x.id, x.severity])).toEqual([['contact_platform', 'info']]);
  });

  it('flags IDN, mixed-script and whole-script look-alike domains', () => {
    expect(ids(assessContact('mailto:security@xn--pypal-4ve.com', 'paypal.com'))).toEqual(['contact_idn', 'contact_confusable', 'contact_domain_mismatch']);
    expect(ids(assessContact('mailto:security@аррӏе.com', 'apple.com'))).toEqual(['contact_idn', 'contact_confusable', 'contact_domain_mismatch']);
    expect(ids(assessContact('https://xn--80ak6aa92e.com/report', 'apple.com'))).toContain('contact_confusable');
    // Genuine non-Latin domains are internationalised, not confusable.
    expect(ids(assessContact('mailto:info@пример.рф', 'пример.рф'))).toEqual(['contact_idn']);
    expect(ids(assessContact('mailto:sec@例え.jp', '例え.jp'))).toEqual(['contact_idn']);
  });

  it('flags bidi overrides and zero-width characters anywhere in the contact', () => {
    expect(ids(assessContact('mailto:security@example.com\u202E', 'example.com'))).toContain('contact_bidi_control');
    expect(ids(assessContact('https://example.com/\u202Emoc.live', 'example.com'))).toEqual(['contact_bidi_control']);
    expect(ids(assessContact('mailto:sec\u200B@example.com', 'example.com'))).toEqual(['contact_invisible_char', 'contact_invalid']);
  });
});
