import { describe, expect, it } from 'vitest';
import { joinTerms } from '../../../src/core/policy/join-terms.ts';
import { b, e } from '../../../src/core/policy/languages/word-edges.ts';
import { LANGUAGE_PACKS } from '../../../src/core/policy/languages/index.ts';

const r = String.raw;
const EDGE = '[\\p{L}\\p{N}]';
const count = (source: string) => source.split(EDGE).length - 1;

/** Every match (start, text, groups) of the expression over the samples. */
function matchesOf(source: string, flags: string, samples: readonly string[]): string[] {
  const re = new RegExp(source, `${flags}g`);
  return samples.flatMap((s) => [...s.matchAll(re)].map((m) => `${m.index}:${m.join('¦')}`));
}

describe('joinTerms', () => {
  it('writes a shared word edge once for a run of terms', () => {
    const source = joinTerms([r`${b}alpha${e}`, r`${b}beta${e}`, r`${b}gamma`, 'delta']);
    expect(source).toBe(r`${b}(?:(?:alpha|beta)${e}|gamma)|delta`);
    expect(count(source)).toBe(2);
  });

  it('keeps the order of the terms, so the same alternative wins at each position', () => {
    const terms = [r`${b}ab${e}`, 'a', r`${b}abc${e}`, r`${b}x(y)`, r`(z)${e}`];
    const samples = ['ab abc', 'abc', 'xy z zq', 'the abcd ab'];
    expect(matchesOf(joinTerms(terms), 'u', samples)).toEqual(matchesOf(terms.join('|'), 'u', samples));
  });

  it('leaves alone a term that is an alternation of its own or ends with an escaped parenthesis', () => {
    const bare = r`${b}a|b${e}`;
    expect(joinTerms([bare, r`${b}c`])).toBe(`${bare}|${r`${b}c`}`);
    const literal = `x\\${e}`; // x and a literal "(": no edge
    expect(joinTerms([`y${e}`, literal])).toBe(`y${e}|${literal}`);
    const slashes = `x\\\\${e}`; // x, an escaped backslash, then an edge
    expect(joinTerms([slashes, slashes])).toBe(`(?:x\\\\|x\\\\)${e}`);
    expect(joinTerms([r`[|]${e}`, r`(a|b)${e}`])).toBe(r`(?:[|]|(a|b))${e}`);
  });

  it('gives the same matches as the plain join for every list of four packs of different scripts', () => {
    const samples = [
      'Do not perform denial of service attacks or social engineering; within 5 business days.',
      'Bitte führen Sie keine DoS-Angriffe durch und greifen Sie nicht auf Daten Dritter zu.',
      'Не проводите DDoS-атаки и не используйте социальную инженерию в течение 3 рабочих дней.',
      '禁止事项：请勿进行拒绝服务攻击。3个工作日内回复。サービス妨害攻撃を行わないでください。',
      'Lütfen hizmet engelleme saldırısı yapmayın; 48 saat içinde yanıt veririz.',
    ];
    let lists = 0;
    let before = 0;
    let after = 0;
    let flags = 'u';
    const visit = (value: unknown) => {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string') && value.length > 1) {
        const plain = value.join('|');
        const joined = joinTerms(value);
        lists++;
        before += count(plain);
        after += count(joined);
        expect(matchesOf(joined, flags, samples), plain).toEqual(matchesOf(plain, flags, samples));
      } else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    for (const pack of ['en', 'ru', 'zh', 'tr'].map((code) => LANGUAGE_PACKS[code]!)) {
      flags = pack.flags;
      visit(pack);
    }
    expect(lists).toBeGreaterThan(100);
    expect(after).toBeLessThan(before / 2);
  });
});
