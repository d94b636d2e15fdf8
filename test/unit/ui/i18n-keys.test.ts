import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const root = new URL('../../../', import.meta.url).pathname;
const load = (locale: string) => JSON.parse(readFileSync(join(root, `public/_locales/${locale}/messages.json`), 'utf8')) as Messages;
const en = load('en');
const de = load('de');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const uiFiles = ['src/popup', 'src/options', 'src/background', 'src/platform'].flatMap((d) => sources(join(root, d)));
const uiText = uiFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
const manifestText = readFileSync(join(root, 'manifest.json'), 'utf8');

/** Keys passed to t() literally, and string literals naming a key (label tables). */
function usedKeys(): Set<string> {
  const used = new Set<string>();
  for (const m of uiText.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(m[1]!);
  for (const m of uiText.matchAll(/'([A-Za-z][A-Za-z0-9_]*)'/g)) if (m[1]! in en) used.add(m[1]!);
  for (const m of manifestText.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]!);
  return used;
}

const placeholdersIn = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('locales', () => {
  it('en and de have exactly the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('every key the UI uses exists in both locales, and every key is used', () => {
    const used = usedKeys();
    const t = [...uiText.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]!);
    expect(t.length).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
    expect([...used].filter((k) => !(k in de))).toEqual([]);
    expect(Object.keys(en).filter((k) => !used.has(k))).toEqual([]);
  });

  it('keys are valid message names with non-empty text', () => {
    for (const [locale, messages] of [['en', en], ['de', de]] as const) {
      for (const [key, value] of Object.entries(messages)) {
        expect(key, `${locale}:${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(value.message.trim(), `${locale}:${key}`).not.toBe('');
      }
    }
  });

  it('placeholders are defined where used, and de uses the same ones as en', () => {
    for (const [locale, messages] of [['en', en], ['de', de]] as const) {
      for (const [key, value] of Object.entries(messages)) {
        const defined = Object.keys(value.placeholders ?? {}).map((k) => k.toLowerCase());
        for (const name of placeholdersIn(value.message)) expect(defined, `${locale}:${key} uses $${name}$`).toContain(name);
      }
    }
    for (const key of Object.keys(en)) {
      expect(new Set(placeholdersIn(de[key]!.message)), key).toEqual(new Set(placeholdersIn(en[key]!.message)));
    }
  });
});
