import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEml } from '../../../src/core/draft/build-eml.ts';
import { encodeQuotedPrintable } from '../../../src/core/draft/encode-quoted-printable.ts';
import { sanitizeHeaderText, toWellFormedForTest } from './helpers.ts';

const NOW = new Date('2026-11-21T09:30:05Z');

/** A small independent reader: headers (unfolded) and the decoded body. */
function readEml(eml: string) {
  const split = eml.indexOf('\r\n\r\n');
  const head = eml.slice(0, split);
  const rawBody = eml.slice(split + 4);
  const headers = head.split(/\r\n(?![ \t])/).map((line) => {
    const colon = line.indexOf(':');
    return { name: line.slice(0, colon), value: line.slice(colon + 1).replace(/\r\n[ \t]/g, ' ').trim(), raw: line };
  });
  const get = (name: string) => headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
  const cte = get('Content-Transfer-Encoding');
  let body = rawBody;
  if (cte === 'quoted-printable') {
    const bytes: number[] = [];
    const text = rawBody.replace(/=\r\n/g, '');
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '=') {
        bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(text.charCodeAt(i));
    }
    body = Buffer.from(bytes).toString('utf8');
  }
  const words = (get('Subject') ?? '').match(/=\?UTF-8\?B\?[A-Za-z0-9+/=]*\?=/g);
  const subject = words
    ? Buffer.concat(words.map((w) => Buffer.from(w.slice(10, -2), 'base64'))).toString('utf8')
    : get('Subject');
  return { headers, get, subject, body, rawBody, head };
}

describe('buildEml', () => {
  it('writes an unsent UTF-8 message with CRLF line ends and an RFC 2047 subject', () => {
    const eml = buildEml({
      to: ['security@example.com'], subject: '[Security] Stored XSS – münchen.example', body: 'Grüße\nline two\n',
      date: NOW, from: { name: 'Jörg Müller', address: 'joerg@example.org' },
    });
    expect(eml).not.toMatch(/[^\r]\n/);
    const r = readEml(eml);
    expect(r.headers.map((h) => h.name)).toEqual(['X-Unsent', 'From', 'To', 'Subject', 'Date', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding']);
    expect(r.get('X-Unsent')).toBe('1');
    expect(r.get('From')).toBe('=?UTF-8?B?SsO2cmcgTcO8bGxlcg==?= <joerg@example.org>');
    expect(r.get('Date')).toBe('Sat, 21 Nov 2026 09:30:05 +0000');
    expect(r.get('Content-Type')).toBe('text/plain; charset=UTF-8');
    expect(r.subject).toBe('[Security] Stored XSS – münchen.example');
    expect(r.body).toBe('Grüße\r\nline two\r\n');
  });

  it('keeps a short-lined ASCII body as 7bit and quotes a display name with specials', () => {
    const r = readEml(buildEml({ to: ['a@example.com', 'b@example.com'], subject: 'Plain', body: 'hello\nworld', date: NOW, from: { name: 'Doe, Jane', address: 'j@example.org' } }));
    expect(r.get('Content-Transfer-Encoding')).toBe('7bit');
    expect(r.get('To')).toBe('a@example.com, b@example.com');
    expect(r.get('From')).toBe('"Doe, Jane" <j@example.org>');
    expect(r.rawBody).toBe('hello\r\nworld\r\n');
  });

  it('never lets the subject, the name or an address add a header, and round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ maxLength: 40 }), (subject, body, name) => {
        const eml = buildEml({ to: ['sec@example.com', 'x@example.com\r\nBcc: evil@attacker.test'], subject, body, date: NOW, from: { name, address: 'me@example.org' } });
        expect(eml).not.toMatch(/[^\r]\n|\r[^\n]/);
        const r = readEml(eml);
        expect(r.headers.map((h) => h.name)).toEqual(['X-Unsent', 'From', 'To', 'Subject', 'Date', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding']);
        expect(r.get('To')).toBe('sec@example.com, x@example.com');
        expect(Math.max(...r.head.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(78);
        expect(Math.max(...r.rawBody.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(76);
        expect(r.subject).toBe(sanitizeHeaderText(subject, 1000));
        const expected = toWellFormedForTest(body).replace(/\r\n|\r|\n/g, '\r\n');
        expect(r.body).toBe(expected.endsWith('\r\n') ? expected : `${expected}\r\n`);
      }),
      { numRuns: 200 },
    );
  });

  it('folds a long ASCII subject at spaces, and encodes one whose words are too long to fold', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    for (const subject of [words, 'x'.repeat(900)]) {
      const r = readEml(buildEml({ to: ['a@example.com'], subject, body: 'b', date: NOW }));
      expect(r.head.split('\r\n').every((l) => l.length <= 78)).toBe(true);
      expect(r.subject).toBe(subject);
    }
  });
});

describe('encodeQuotedPrintable', () => {
  it('encodes =, non-ASCII, trailing whitespace and "From " line starts; wraps at 76 with soft breaks', () => {
    expect(encodeQuotedPrintable('a=b ü \nFrom here\n.')).toBe('a=3Db =C3=BC=20\r\n=46rom here\r\n=2E');
    const long = encodeQuotedPrintable('é'.repeat(40));
    expect(long.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    expect(long).not.toMatch(/=[0-9A-F]?=\r\n/); // no escape cut by a soft break
  });
});
