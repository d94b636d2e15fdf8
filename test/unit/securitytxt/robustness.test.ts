// Bad input never crashes the parser/validator, results are deterministic, and pathological input stays linear.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSecurityTxt } from '../../../src/core/securitytxt/parse-security-txt.ts';
import { analyzeSecurityTxt } from '../../../src/core/securitytxt/validate-security-txt.ts';
import { TxtResultSchema } from '../../../src/core/schemas/txt-result.ts';
import { validateSecurityTxt } from '../../../src/core/securitytxt/validate-security-txt.ts';
import { anyBytes, fetchContext, securityTxtish } from './arbitraries.ts';
import { enFinding } from '../../support/english.ts';

const now = new Date('2026-11-21T00:00:00Z');
const enc = (s: string) => new TextEncoder().encode(s);

describe('parser and validator never throw', () => {
  it('parseSecurityTxt: any bytes or security.txt-like text, deterministic', () => {
    fc.assert(fc.property(fc.oneof(anyBytes, securityTxtish.map(enc)), (bytes) => {
      const a = parseSecurityTxt(bytes);
      const b = parseSecurityTxt(bytes);
      expect(a).toEqual(b);
      for (const f of a.findings) expect(f.line === null || (Number.isInteger(f.line) && f.line >= 1 && f.line <= a.value.lineCount)).toBe(true);
    }), { numRuns: 400 });
  });

  it('analyzeSecurityTxt: arbitrary contexts too, and the result always matches the contract schema', async () => {
    await fc.assert(fc.asyncProperty(securityTxtish, fetchContext, async (text, ctx) => {
      const sync = analyzeSecurityTxt(enc(text), ctx, { now });
      expect(sync.findings.every((f) => enFinding(f).length > 0 && !enFinding(f).startsWith('finding_'))).toBe(true);
      const result = await validateSecurityTxt(enc(text), ctx, { now });
      expect(TxtResultSchema.safeParse(result).success).toBe(true);
      expect(result.valid).toBe(result.errors.length === 0);
    }), { numRuns: 80 });
  });
});

describe('pathological input (hang guards only; timings are in the bench)', () => {
  const timed = (input: Uint8Array) => {
    const start = performance.now();
    const r = parseSecurityTxt(input);
    return { ms: performance.now() - start, r };
  };

  it('1 MiB of pathological lines', () => {
    const line = 'Contact:' + ' '.repeat(40) + 'https://' + 'a'.repeat(30) + ',,,;;;::: \t#'.repeat(3) + '\r';
    const text = line.repeat(Math.ceil(1_048_576 / line.length)).slice(0, 1_048_576);
    const { ms, r } = timed(enc(text));
    expect(r.findings.some((f) => f.id === 'bare_cr_line_ending')).toBe(true);
    expect(ms).toBeLessThan(2000);
  });

  it('a single 1 MiB line of each troublesome kind', () => {
    for (const body of ['Contact: ' + 'a'.repeat(1_048_576), 'Preferred-Languages: ' + 'en, ;'.repeat(200_000), 'x'.repeat(1_048_576),
      'Expires: ' + '9'.repeat(1_048_576), 'Contact: https://' + '%'.repeat(1_048_576), ' '.repeat(1_048_576) + '#']) {
      const { ms, r } = timed(enc(body + '\n'));
      expect(r.value.lineCount).toBe(1);
      expect(ms).toBeLessThan(2000);
    }
  });

  it('100,000 fields', () => {
    const text = 'Contact: mailto:security@example.com\nX-Unknown-Field: value\n'.repeat(50_000);
    const { ms, r } = timed(enc(text));
    expect(r.value.fields.contact).toHaveLength(50_000);
    expect(r.value.fields.unknown_fields).toHaveLength(50_000);
    expect(ms).toBeLessThan(2000);
  });

  it('a deeply dash-escaped, never-closed signed message', () => {
    const text = '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n' + '- - - - Contact: x\n'.repeat(50_000) + '-----BEGIN PGP SIGNATURE-----\n' + 'A'.repeat(500_000);
    const { ms, r } = timed(enc(text));
    expect(r.findings.map((f) => f.id)).toContain('signature_malformed');
    expect(ms).toBeLessThan(2000);
  });
});
