import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/securitytxt/split-lines.ts';
import { decodeBody } from '../../../src/core/securitytxt/decode-body.ts';
import { isLanguageTag } from '../../../src/core/securitytxt/check-language-tag.ts';
import { checkUri } from '../../../src/core/securitytxt/check-uri.ts';
import { parseExpires } from '../../../src/core/securitytxt/parse-expires.ts';
import { classifyFieldName, editDistance } from '../../../src/core/securitytxt/classify-field-name.ts';
import { crc24, decodeBase64, checkSignaturePackets } from '../../../src/core/securitytxt/armor.ts';
import { listCandidateHosts } from '../../../src/core/securitytxt/list-candidate-hosts.ts';
import { looksLikeHtml } from '../../../src/core/securitytxt/check-fetch-context.ts';
import { en } from '../../support/english.ts';

describe('splitLines', () => {
  it('ends lines at LF, CRLF and bare CR only, and never adds an empty last line', () => {
    expect(splitLines('a\nb\r\nc\rd').map((l) => [l.text, l.ending])).toEqual([['a', 'lf'], ['b', 'crlf'], ['c', 'cr'], ['d', 'none']]);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a\n')).toHaveLength(1);
    expect(splitLines('a\u000b\u000c\u0085\u2028b\n')).toHaveLength(1);
    expect(splitLines('\r\r\n\n').map((l) => l.ending)).toEqual(['cr', 'crlf', 'lf']);
  });
});

describe('decodeBody', () => {
  it('reports invalid UTF-8 and a BOM, and decodes with U+FFFD', () => {
    expect(decodeBody(new Uint8Array([0x61, 0xe9, 0x62]))).toEqual({ text: 'a\uFFFDb', notUtf8: true, bom: false });
    expect(decodeBody(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a', notUtf8: false, bom: true });
    expect(decodeBody(new TextEncoder().encode('é'))).toEqual({ text: 'é', notUtf8: false, bom: false });
  });
});

describe('isLanguageTag (RFC 5646 syntax)', () => {
  it.each(['en', 'EN-us', 'zh-Hant-TW', 'sgn-BE-FR', 'i-klingon', 'x-private', 'de-CH-1996', 'en-a-bbb-x-ccc', 'English', 'es-419', 'zh-yue-HK'])('accepts %s', (t) => {
    expect(isLanguageTag(t)).toBe(true);
  });
  it.each(['', 'en_US', 'e', 'en--us', 'toolongname', 'en-a', 'x', '1en', 'en-', 'é'])('rejects %j', (t) => {
    expect(isLanguageTag(t)).toBe(false);
  });
});

describe('checkUri (RFC 3986)', () => {
  it('accepts absolute URIs of many schemes, with query and fragment', () => {
    for (const u of ['https://example.com/a?b=c#d', 'mailto:security%2Bx@example.com', 'tel:+1-201-555-0123', 'openpgp4fpr:5f2de5521c63a801',
      'dns:5d2d._openpgpkey.example.com?type=OPENPGPKEY', 'ldap://keys.example.com/o=example?pgpKey', 'https://[2001:db8::1]:8443/x', 'javascript:alert(1)']) {
      expect(checkUri(u).valid, u).toBe(true);
    }
    expect(checkUri('HTTPS://Example.COM/P')).toEqual({ scheme: 'https', valid: true, host: 'example.com', path: '/P' });
  });
  it('rejects missing schemes, forbidden characters, bad escapes and http(s) without a host', () => {
    for (const u of ['security@example.com', 'https://exa mple.com/', 'https://example.com/{id}', 'mailto:a\\b@example.com', 'https:///policy',
      'https://example.com/%zz', 'https://ex[ample.com/', 'data:text/html,<b>', 'https://example.com:80a/', 'https://example.com/#a#b']) {
      expect(checkUri(u).valid, u).toBe(false);
    }
  });
});

describe('parseExpires', () => {
  it('parses RFC 3339 strictly and normalises to UTC', () => {
    expect(parseExpires('2027-07-01T01:59:59.5+02:00')).toMatchObject({ kind: 'rfc3339', utc: '2027-06-30T23:59:59.5Z' });
    expect(parseExpires('2026-03-27T00:00:00.000Z')).toMatchObject({ kind: 'rfc3339', utc: '2026-03-27T00:00:00Z' });
    expect(parseExpires('2024-02-29t23:00:00-01:30')).toMatchObject({ kind: 'rfc3339', utc: '2024-03-01T00:30:00Z' });
    expect(parseExpires('2027-06-30T23:59:59Z')).toMatchObject({ epochMs: Date.UTC(2027, 5, 30, 23, 59, 59) });
  });
  it('rejects impossible dates and other formats, recognising RFC 5322 separately', () => {
    for (const v of ['2027-02-29T00:00:00Z', '2027-06-30', '2027-06-30T23:59:59', '2027-06-30 23:59:59Z', '2027-13-01T00:00:00Z', '2027-06-30T24:00:00Z', '+3 weeks', '2027-06-30T23:59:59+24:00']) {
      expect(parseExpires(v).kind, v).toBe('invalid');
    }
    expect(parseExpires('Wed, 30 Jun 2027 23:59:59 +0000').kind).toBe('rfc5322');
    expect(parseExpires('30 Jun 2027 23:59 GMT').kind).toBe('rfc5322');
  });
});

describe('classifyFieldName', () => {
  it('tells registered, draft-era, misspelt and unknown names apart', () => {
    expect(classifyFieldName('cOnTaCt')).toEqual({ kind: 'registered', key: 'contact' });
    expect(classifyFieldName('BUG-BOUNTY')).toEqual({ kind: 'registered', key: 'bug_bounty' });
    expect(classifyFieldName('Acknowledgement')).toEqual({ kind: 'legacy' });
    expect(classifyFieldName('Acknowledgements')).toEqual({ kind: 'typo', suggestion: 'Acknowledgments' });
    expect(classifyFieldName('Contacts')).toEqual({ kind: 'typo', suggestion: 'Contact' });
    expect(classifyFieldName('Exipres')).toEqual({ kind: 'typo', suggestion: 'Expires' });
    expect(classifyFieldName('CNA')).toEqual({ kind: 'unknown' });
    expect(classifyFieldName('Last-Updated')).toEqual({ kind: 'unknown' });
  });
  it('computes a bounded edit distance with transpositions', () => {
    expect(editDistance('expires', 'exipres', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('a'.repeat(60), 'b'.repeat(60), 2)).toBe(3);
  });
});

describe('armor helpers', () => {
  it('computes CRC-24 as RFC 4880 and decodes strict base64', () => {
    expect(crc24(new Uint8Array(0))).toBe(0xb704ce);
    expect(crc24(new TextEncoder().encode('123456789'))).toBe(0x21cf02);
    expect(decodeBase64('aGVsbG8=')).toEqual(new TextEncoder().encode('hello'));
    expect(decodeBase64('aGVsbG8')).toEqual(new TextEncoder().encode('hello'));
    expect(decodeBase64('aGV$bG8=')).toBeNull();
    expect(decodeBase64('a')).toBeNull();
  });
  it('accepts signature packets only', () => {
    expect(checkSignaturePackets(new Uint8Array([0x88, 0x02, 0x04, 0x00]))).toBeNull();
    expect(checkSignaturePackets(new Uint8Array([0xc2, 0x02, 0x04, 0x00]))).toBeNull();
    expect(en(checkSignaturePackets(new Uint8Array([0x99, 0x00, 0x01, 0x04]))!)).toMatch(/not a signature packet/);
    expect(en(checkSignaturePackets(new Uint8Array([0x88, 0x09, 0x04]))!)).toMatch(/truncated/);
    expect(en(checkSignaturePackets(new Uint8Array([0x08]))!)).toMatch(/not an OpenPGP packet/);
  });
});

describe('listCandidateHosts', () => {
  it('walks up to the registrable domain, honouring private suffixes', () => {
    expect(listCandidateHosts('www.shop.example.com')).toEqual(['www.shop.example.com', 'shop.example.com', 'example.com']);
    expect(listCandidateHosts('alice.github.io')).toEqual(['alice.github.io']);
    expect(listCandidateHosts('EXAMPLE.co.uk.')).toEqual(['example.co.uk']);
    expect(listCandidateHosts('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(listCandidateHosts('localhost')).toEqual(['localhost']);
    expect(listCandidateHosts('a.b.c.d.e.f.example.com')).toEqual(['a.b.c.d.e.f.example.com', 'b.c.d.e.f.example.com', 'c.d.e.f.example.com', 'd.e.f.example.com', 'example.com']);
  });
});

describe('looksLikeHtml', () => {
  it('sniffs HTML pages, not text that mentions tags', () => {
    expect(looksLikeHtml('\n  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('<html lang="en">')).toBe(true);
    expect(looksLikeHtml('\uFEFF<!-- x --><p>')).toBe(true);
    expect(looksLikeHtml('Contact: mailto:a@b.c\n# <html>')).toBe(false);
  });
});
