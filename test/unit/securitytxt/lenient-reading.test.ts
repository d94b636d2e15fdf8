// What validator users ask for (issue 13 §6): a broken signature envelope still yields the fields and is described
// as it is; Expires problems are named; unknown fields, proposed ones included, are shown as information.
import { describe, expect, it } from 'vitest';
import { validateSecurityTxt } from '../../../src/core/securitytxt/validate-security-txt.ts';
import { enFinding } from '../../support/english.ts';

const NOW = new Date('2026-12-06T00:00:00Z');
const FIELDS = ['Contact: mailto:security@example.com', 'Expires: 2027-06-30T23:59:59Z', 'Canonical: https://example.com/.well-known/security.txt'];
// A real-looking armored signature block (its content is never verified here: the envelopes below are broken).
const SIGNATURE = ['-----BEGIN PGP SIGNATURE-----', '', 'iHUEARYKAB0WIQRxldCbyGvmj7ZjP/+dazDJjnmlowUCaW5uAAAKCRCdazDJjnml', 'o9W5AQCQ', '=abcd', '-----END PGP SIGNATURE-----'];

const run = (lines: string[]) => validateSecurityTxt(new TextEncoder().encode(`${lines.join('\n')}\n`), null, { now: NOW });
const ids = (r: Awaited<ReturnType<typeof run>>) => r.findings.map((f) => f.id);
const message = (r: Awaited<ReturnType<typeof run>>, id: string) => { const f = r.findings.find((x) => x.id === id); return f ? enFinding(f) : ''; };

describe('a broken signature envelope is read leniently', () => {
  it('no empty line after "Hash:": the fields are read, nothing is called missing, the signature is unverifiable', async () => {
    const r = await run(['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', ...FIELDS, ...SIGNATURE]);
    expect(r.parsed?.contact).toEqual(['mailto:security@example.com']);
    expect(r.parsed?.expires).toBe('2027-06-30T23:59:59Z');
    expect(ids(r)).not.toEqual(expect.arrayContaining(['missing_contact']));
    expect(ids(r)).not.toContain('missing_expires');
    expect(ids(r)).not.toContain('invalid_line');
    expect(ids(r)).not.toContain('signed_missing_hash_header');
    expect(r.signature?.status).toBe('malformed');
    expect(message(r, 'signature_malformed')).toContain('no empty line after the armor header on line 2: the signed text starts on line 3');
    // The signature armor is there: it must not be called missing.
    expect(message(r, 'signature_malformed')).not.toContain('no "-----BEGIN PGP SIGNATURE-----" line');
  });

  it('no Hash header and no empty line: the missing Hash is reported, the fields still read', async () => {
    const r = await run(['-----BEGIN PGP SIGNED MESSAGE-----', ...FIELDS, ...SIGNATURE]);
    expect(ids(r)).toContain('signed_missing_hash_header');
    expect(r.parsed?.contact).toEqual(['mailto:security@example.com']);
    expect(message(r, 'signature_malformed')).toContain('no empty line after "-----BEGIN PGP SIGNED MESSAGE-----"');
  });

  it('mangled armor lines are named as they read, and the signature lines are not taken for fields', async () => {
    const begin = await run(['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', '', ...FIELDS, '----BEGIN PGP SIGNATURE-----', ...SIGNATURE.slice(1)]);
    expect(begin.parsed?.contact).toEqual(['mailto:security@example.com']);
    expect(ids(begin)).not.toContain('invalid_line');
    expect(message(begin, 'signature_malformed')).toContain('line 7 reads "----BEGIN PGP SIGNATURE-----" instead of "-----BEGIN PGP SIGNATURE-----"');

    const end = await run(['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', '', ...FIELDS, ...SIGNATURE.slice(0, -1), '-----END PGP SIGNATURE----']);
    expect(message(end, 'signature_malformed')).toContain('reads "-----END PGP SIGNATURE----" instead of "-----END PGP SIGNATURE-----"');
    expect(message(end, 'signature_malformed')).not.toContain('no "-----END PGP SIGNATURE-----" line');

    const header = await run(['-----BEGIN PGP SIGNED MESSAGE----', 'Hash: SHA512', '', ...FIELDS, ...SIGNATURE]);
    expect(header.parsed?.signed).toBe(true);
    expect(header.parsed?.expires).toBe('2027-06-30T23:59:59Z');
    expect(header.signature?.status).toBe('malformed');
    expect(message(header, 'signature_malformed')).toContain('line 1 reads "-----BEGIN PGP SIGNED MESSAGE----"');
  });

  it('a "hash:" header in the wrong case is named, not called absent', async () => {
    const r = await run(['-----BEGIN PGP SIGNED MESSAGE-----', 'hash: SHA512', '', ...FIELDS, ...SIGNATURE]);
    expect(message(r, 'signed_missing_hash_header')).toContain('line 2 reads "hash: SHA512": the key is spelled "Hash:"');
    expect(r.parsed?.contact).toEqual(['mailto:security@example.com']);
  });

  it('a signature armor that really is missing is called missing', async () => {
    const r = await run(['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', '', ...FIELDS]);
    expect(r.parsed?.contact).toEqual(['mailto:security@example.com']);
    expect(message(r, 'signature_malformed')).toContain('there is no "-----BEGIN PGP SIGNATURE-----" line after the signed text');
  });
});

describe('Expires', () => {
  it('without a time zone: says so and how to fix it', async () => {
    const r = await run(['Contact: mailto:a@example.com', 'Expires: 2027-06-30T23:59:59']);
    expect(r.findings.find((f) => f.id === 'expires_invalid_format')).toMatchObject({ line: 2, severity: 'error' });
    expect(message(r, 'expires_invalid_format')).toContain('no time zone');
  });
  it('more than a year ahead: warned', async () => {
    const r = await run(['Contact: mailto:a@example.com', 'Expires: 2028-06-30T23:59:59Z']);
    expect(r.findings.find((f) => f.id === 'expires_too_far')).toMatchObject({ line: 2, severity: 'warning' });
  });
});

describe('unknown fields are shown as information', () => {
  it('with their value; Safe-Harbor is named a proposal; CSAF is a registered field', async () => {
    const r = await run(['Contact: mailto:a@example.com', 'Expires: 2027-06-30T23:59:59Z',
      'Safe-Harbor: https://example.com/safe-harbor', 'CSAF: https://example.com/.well-known/csaf/provider-metadata.json', 'X-Team: red']);
    const unknown = r.findings.filter((f) => f.id === 'unknown_field');
    expect(unknown.map((f) => [f.line, f.severity])).toEqual([[3, 'info'], [5, 'info']]);
    expect(enFinding(unknown[0]!)).toContain('(Safe-Harbor: https://example.com/safe-harbor; a proposed field');
    expect(enFinding(unknown[1]!)).toContain('(X-Team: red)');
    expect(r.parsed?.csaf).toEqual(['https://example.com/.well-known/csaf/provider-metadata.json']);
    expect(r.parsed?.unknown_fields).toEqual(['Safe-Harbor', 'X-Team']);
  });
});
