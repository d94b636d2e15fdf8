import { describe, expect, it } from 'vitest';
import { compiledPack, hasPack, PACK_CODES, readerFor } from '../../../src/core/policy/compile-reader.ts';
import { detectLanguage, detectTextLanguage } from '../../../src/core/policy/detect-language.ts';
import { LANGUAGE_PACKS } from '../../../src/core/policy/languages/index.ts';
import { LanguagePackSchema } from '../../../src/core/policy/languages/language-pack.ts';
import { LANGUAGE_SAMPLES } from './language-samples.ts';

const REQUIRED = ['en', 'de', 'nl', 'fr', 'es', 'it', 'pt', 'pl', 'cs', 'sv', 'nb', 'da', 'fi', 'ja', 'zh', 'ko', 'id', 'ru', 'uk', 'tr'];

/** Every leaf of a pack with its path: strings, numbers, booleans; empty arrays and objects are leaves too. */
function emptyKeys(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.push(path);
    value.forEach((v, i) => emptyKeys(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) out.push(path);
    for (const [k, v] of entries) emptyKeys(v, path ? `${path}.${k}` : k, out);
  } else if (typeof value === 'string' && value.length === 0 && !path.endsWith('flags')) out.push(path);
}

describe('language packs', () => {
  it('exist for the 20 languages, each under its own code', () => {
    expect(Object.keys(LANGUAGE_PACKS).sort()).toEqual([...REQUIRED].sort());
    for (const [code, pack] of Object.entries(LANGUAGE_PACKS)) expect(pack.code).toBe(code);
  });

  it.each(REQUIRED)('%s fills every key of the schema, none empty', (code) => {
    const pack = LANGUAGE_PACKS[code]!;
    expect(LanguagePackSchema.safeParse(pack).success).toBe(true);
    const english = LANGUAGE_PACKS.en!;
    const keys = (v: object): string[] => Object.entries(v).flatMap(([k, x]) =>
      x && typeof x === 'object' && !Array.isArray(x) && !['numberWords', 'months'].includes(k) ? keys(x).map((s) => `${k}.${s}`) : [k]);
    expect(keys(pack).sort()).toEqual(keys(english).sort());
    const empty: string[] = [];
    emptyKeys(pack, '', empty);
    expect(empty).toEqual([]);
    expect(Object.keys(pack.time.numberWords).length).toBeGreaterThan(3);
    expect(Object.keys(pack.dates.months).length).toBeGreaterThanOrEqual(12);
  });

  it('compile (every term is a valid expression under the pack flags)', () => {
    expect([...PACK_CODES].sort()).toEqual([...REQUIRED].sort());
    for (const code of PACK_CODES) expect(compiledPack(code)?.code).toBe(code);
  });

  it('give one month number per month name across languages', () => {
    const seen = new Map<string, number>();
    for (const pack of Object.values(LANGUAGE_PACKS)) {
      for (const [name, n] of Object.entries(pack.dates.months)) {
        expect(seen.get(name) ?? n, `${pack.code} ${name}`).toBe(n);
        seen.set(name, n);
      }
    }
  });

  it('are combined per language set, English always included when nothing is known', () => {
    expect(readerFor(['hu']).codes).toEqual(['en']);
    expect(readerFor(['pt-BR', 'en']).codes).toEqual(['pt', 'en']);
    expect(hasPack('hu')).toBe(false);
    expect(hasPack('zh-Hant')).toBe(true);
  });
});

describe('language detection (eld)', () => {
  it.each(Object.entries(LANGUAGE_SAMPLES).flatMap(([lang, texts]) => texts.map((t) => [lang, t] as const)))('%s: %s', (lang, text) => {
    expect(detectTextLanguage(text)).toBe(lang);
  });

  it('names a language without a pack instead of guessing one with a pack', () => {
    const hu = 'Tilos szolgáltatásmegtagadásos támadásokat végrehajtani, és más felhasználók adataihoz hozzáférni. A jelentésnek tartalmaznia kell a sérülékenység leírását.';
    expect(detectLanguage(hu)).toBe('hu');
    expect(hasPack(detectLanguage(hu))).toBe(false);
  });

  it('answers English for text too short to tell, and for a mebibyte of non-letters (its sample is bounded)', () => {
    expect(detectLanguage('ok')).toBe('en');
    expect(detectLanguage('`'.repeat(1 << 20))).toBe('en');
    expect(detectLanguage('x` '.repeat(350_000))).toBeTypeOf('string');
  });
});
