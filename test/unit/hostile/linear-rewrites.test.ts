// The hand-written scanners that replaced super-linear patterns (known-redos entries dropped): same answers as
// the old expressions on generated lines, and fast on the attack strings recheck found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchAtxHeading } from '../../../src/core/document/classify-markdown-line.ts';
import { parseSecurityTxt } from '../../../src/core/securitytxt/parse-security-txt.ts';

const OLD_ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
function oldAtx(line: string): { level: number; rest: string } | null {
  const m = OLD_ATX.exec(line);
  return m ? { level: m[1]!.length, rest: (m[2] ?? '').trim() } : null;
}
const enc = (s: string) => new TextEncoder().encode(s);

describe('linear rewrites of flagged patterns', () => {
  it('matchAtxHeading agrees with the old expression on level and acceptance', () => {
    const piece = fc.constantFrom('#', ' ', '\t', 'a', '\n', '\r', '\u2028', '\u00a0', 'x y');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (line) => {
      const before = oldAtx(line);
      const after = matchAtxHeading(line);
      expect(after === null, JSON.stringify(line)).toBe(before === null);
      if (after && before) expect(after.level).toBe(before.level);
    }), { numRuns: 3000 });
  });

  it('matchAtxHeading answers the recheck attack string (within the test timeout)', () => {
    const attack = `# ${' '.repeat(200_000)}\n`;
    // Quadratic matching of 200,000 characters would run past the test timeout; linear scanning is instant.
    expect(matchAtxHeading(attack)).toBeNull();
  });

  it('the Hash: armor header is read the same, and a 200,000-tab run is answered', () => {
    const signed = (hash: string) => enc(`-----BEGIN PGP SIGNED MESSAGE-----\n${hash}\n\nContact: mailto:a@example.com\n-----BEGIN PGP SIGNATURE-----\n\n-----END PGP SIGNATURE-----\n`);
    const ids = (hash: string) => parseSecurityTxt(signed(hash)).findings.map((f) => f.id);
    expect(ids('Hash: SHA256, SHA512')).not.toContain('signed_missing_hash_header');
    expect(ids('Hash:\t\tSHA256')).not.toContain('signed_missing_hash_header');
    expect(ids('Hash:   ')).toContain('signed_missing_hash_header');
    expect(ids('hash: SHA256')).toContain('signed_missing_hash_header');
    expect(ids(`Hash:${'\t'.repeat(200_000)}`)).toContain('signed_missing_hash_header');
  });
});
