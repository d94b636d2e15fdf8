import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeMailto, SAFE_MAILTO_LENGTH } from '../../../src/core/draft/encode-mailto.ts';
import { decodeMailto } from '../../../src/core/draft/decode-mailto.ts';
import { parseEmailAddress } from '../../../src/core/draft/parse-email-address.ts';
import { sanitizeHeaderText, toWellFormedForTest } from './helpers.ts';

// A valid LDH label. `xn--` starts an A-label, which must decode as punycode (`xn--a` does not), so the
// generator leaves it to the pinned case below instead of producing invalid addresses at random.
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/).filter((l) => !l.startsWith('xn--'));
const address = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9_+-]{1,12}(?:\.[A-Za-z0-9_+-]{1,8}){0,2}$/), fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'org', 'de', 'io'))
  .map(([local, labels, tld]) => `${local}@${[...labels, tld].join('.')}`);

// Text an attacker controls: line breaks, URL and header syntax, any Unicode (astral, lone surrogates).
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom('\r\n', '\n', '\r', '?', '&', '=', '#', '%', '%0A', 'bcc=', 'Bcc: evil@x.test', ' ', 'ü', '😀', '\uD800', 'a'), { maxLength: 40 }).map((a) => a.join('')),
);

const normalizeBody = (b: string): string => toWellFormedForTest(b).replace(/\r\n|\r|\n/g, '\n');

describe('encodeMailto / decodeMailto', () => {
  it('decodes back to exactly the recipients, subject and body, and never adds a header', () => {
    fc.assert(
      fc.property(fc.array(address, { minLength: 1, maxLength: 3 }), hostile, hostile, (to, subject, body) => {
        const enc = encodeMailto({ to, subject, body }, { maxLength: 1_000_000 });
        expect(enc.truncated).toBe(false);
        expect(enc.url).toMatch(/^mailto:[A-Za-z0-9._~%@,-]*\?subject=[A-Za-z0-9._~%-]*&body=[A-Za-z0-9._~%-]*$/);
        const dec = decodeMailto(enc.url);
        expect(dec.findings).toEqual([]);
        expect(dec.value!.headers.map((h) => h.name)).toEqual(['subject', 'body']);
        expect(dec.value!.to).toEqual(to.map((a) => parseEmailAddress(a).value!.address));
        expect(dec.value!.subject).toBe(sanitizeHeaderText(subject, 1000));
        expect(dec.value!.body).toBe(normalizeBody(body));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps subjects and bodies without line breaks byte for byte', () => {
    fc.assert(
      fc.property(address, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 300 }), (to, subject, body) => {
        const clean = Array.from(subject).filter((c) => c.codePointAt(0)! > 0x1f && (c.codePointAt(0)! < 0x7f || c.codePointAt(0)! > 0x9f)).join('').trim();
        const dec = decodeMailto(encodeMailto({ to: [to], subject: clean, body }, { maxLength: 1_000_000 }).url).value!;
        expect(dec.subject).toBe(clean);
        expect(dec.body).toBe(body.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });

  it('drops an address whose A-label is not valid punycode, with a finding, and keeps the others (fast-check seed 792624752)', () => {
    const enc = encodeMailto({ to: ['-@xn--a.0.com', 'sec@example.com'], subject: '', body: '' });
    expect(enc.to).toEqual(['sec@example.com']);
    expect(enc.findings.map((f) => f.message_id)).toEqual(['finding_contact_invalid_domain']);
    expect(decodeMailto(enc.url).value!.to).toEqual(['sec@example.com']);
    expect(parseEmailAddress('sec@xn--mnchen-3ya.de').value!.unicodeDomain).toBe('münchen.de');
  });

  it('encodes line breaks in the body as %0D%0A (RFC 6068 §5) and turns them into spaces in the subject', () => {
    const { url } = encodeMailto({ to: ['sec@example.com'], subject: 'a\r\nBcc: evil@x.test', body: 'one\ntwo' });
    expect(url).toBe('mailto:sec@example.com?subject=a%20Bcc%3A%20evil%40x.test&body=one%0D%0Atwo');
    expect(decodeMailto(url).value!.headers.map((h) => h.name)).toEqual(['subject', 'body']);
  });

  it('drops recipients that try to smuggle headers or recipients', () => {
    const enc = encodeMailto({
      to: ['ok@example.com', 'sec@example.com?bcc=evil@x.test', 'a@example.com&cc=b@x.test', 'x@example.com%0ABcc:y@x.test', 'two@a.com,three@b.com', 'line@example.com\r\nBcc: evil@x.test'],
      subject: 's', body: 'b',
    });
    expect(enc.to).toEqual(['ok@example.com', 'line@example.com']);
    expect(enc.findings.map((f) => f.id)).toEqual(['contact_injection', 'contact_injection', 'contact_injection', 'contact_invalid', 'contact_line_break']);
    expect(decodeMailto(enc.url).value!.to).toEqual(['ok@example.com', 'line@example.com']);
  });

  it('replaces a body that does not fit with the short one and says so', () => {
    const body = 'Steps:\n' + 'x'.repeat(5000);
    const enc = encodeMailto({ to: ['sec@example.com'], subject: 'Report – example.com', body }, { shortBody: 'Paste the report here.' });
    expect(enc.truncated).toBe(true);
    expect(enc.url.length).toBeLessThanOrEqual(SAFE_MAILTO_LENGTH);
    expect(decodeMailto(enc.url).value).toMatchObject({ subject: 'Report – example.com', body: 'Paste the report here.' });
  });

  it('shortens the subject as a last resort, never cutting an escape or a character in half', () => {
    const enc = encodeMailto({ to: ['sec@example.com'], subject: '😀'.repeat(300), body: 'b' }, { maxLength: 300, shortBody: 'paste' });
    expect(enc.truncated).toBe(true);
    expect(enc.url.length).toBeLessThanOrEqual(300);
    const dec = decodeMailto(enc.url);
    expect(dec.findings).toEqual([]);
    expect(dec.value!.subject).toMatch(/^(😀)+…$/u);
  });
});

describe('decodeMailto', () => {
  it('reads hfields, merges to= fields and reports malformed escapes', () => {
    const dec = decodeMailto('MAILTO:a@example.com?to=b@example.com&Subject=Hi%20there&body=l1%0D%0Al2&cc=c@x.test');
    expect(dec.value).toEqual({
      to: ['a@example.com', 'b@example.com'],
      headers: [{ name: 'to', value: 'b@example.com' }, { name: 'subject', value: 'Hi there' }, { name: 'body', value: 'l1\r\nl2' }, { name: 'cc', value: 'c@x.test' }],
      subject: 'Hi there',
      body: 'l1\nl2',
    });
    expect(decodeMailto('mailto:a@b.com?subject=100%').findings.map((f) => f.id)).toEqual(['percent_malformed']);
    expect(decodeMailto('mailto:a@b.com?subject=%FF').value!.subject).toBe('\uFFFD');
    expect(decodeMailto('https://example.com').value).toBeNull();
  });
});
