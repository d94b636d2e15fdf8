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

  it('names a document by its own sentences, not by a template\'s English headings and table', () => {
    const blocks = [
      { kind: 'heading', text: 'Security Policy' },
      { kind: 'heading', text: 'Supported Versions' },
      { kind: 'table_row', text: 'Version | Supported | Notes' },
      { kind: 'table_row', text: '2.x | yes | security fixes and regular maintenance releases for all users' },
      { kind: 'table_row', text: '1.x | no | end of life since last year, please upgrade to the current release' },
      { kind: 'heading', text: 'Reporting a Vulnerability' },
      { kind: 'paragraph', text: 'Skicka din rapport till vår säkerhetsgrupp via e-post.' },
      { kind: 'list_item', text: 'Beskriv sårbarheten och hur den kan återskapas steg för steg.' },
      { kind: 'list_item', text: 'Publicera inte sårbarheten innan vi har släppt en rättelse.' },
      { kind: 'list_item', text: 'Utför inga överbelastningsattacker mot våra tjänster.' },
    ];
    expect(detectLanguage(blocks)).toBe('sv');
    // A bilingual policy is still named by its first language.
    const en = { kind: 'paragraph', text: 'Please send your report to our security team by e-mail and describe how to reproduce the issue step by step.' };
    const de = { kind: 'paragraph', text: 'Bitte senden Sie Ihren Bericht per E-Mail an unser Sicherheitsteam und beschreiben Sie die Schritte zur Reproduktion.' };
    expect(detectLanguage([en, en, de, de, de, de])).toBe('en');
  });

  it('answers English for text too short to tell, and for a mebibyte of non-letters (its sample is bounded)', () => {
    expect(detectLanguage('ok')).toBe('en');
    expect(detectLanguage('`'.repeat(1 << 20))).toBe('en');
    expect(detectLanguage('x` '.repeat(350_000))).toBeTypeOf('string');
  });
});
