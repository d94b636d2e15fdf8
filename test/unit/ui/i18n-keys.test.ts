import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_CATALOGUE } from '../../../src/core/securitytxt/check-catalogue.ts';
import { PolicySourceSchema } from '../../../src/core/schemas/policy-result.ts';

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
// The core's message ids, and the few the CLI adds to its results (a host line too long to judge).
const coreText = ['src/core', 'src/cli'].flatMap((d) => sources(join(root, d))).map((f) => readFileSync(f, 'utf8')).join('\n');
const manifestText = readFileSync(join(root, 'manifest.json'), 'utf8');

/** Prefixes of the message ids the core writes (src/core/message): a literal with one of them names a message. */
const CORE_PREFIXES = ['cli', 'finding', 'fix', 'detail', 'reason', 'rule', 'origin', 'coverage', 'limits', 'list', 'injection', 'armor',
  'signature', 'draftWhy', 'pgpKey', 'encrypt', 'refused', 'note', 'programme', 'document', 'verdictWords', 'progress'];

/** Literals with such a prefix that are no message: a check id compared with (signature_invalid), a block kind. */
const NOT_MESSAGES = new Set(['list_item']);

/**
 * Every message id the core can emit: the literal ids in src/core, `finding_<id>` and `fix_<id>` of each catalogue check,
 * `finding_<id>` of each draft and contact warning, and the ids built from an enum (`verdictWords_<verdict>`,
 * `foundBy_<found_by>`).
 */
function coreKeys(): Set<string> {
  const keys = new Set<string>();
  const literal = new RegExp(`'((?:${CORE_PREFIXES.join('|')})_[A-Za-z0-9_]+)'`, 'g');
  for (const m of coreText.matchAll(literal)) if (!(m[1]! in CHECK_CATALOGUE) && !NOT_MESSAGES.has(m[1]!)) keys.add(m[1]!);
  for (const id of Object.keys(CHECK_CATALOGUE)) keys.add(`finding_${id}`).add(`fix_${id}`);
  for (const m of coreText.matchAll(/makeDraftWarning\(\s*'([a-z0-9_]+)'/g)) keys.add(`finding_${m[1]!}`);
  for (const m of coreText.matchAll(/\{ id: '([a-z0-9_]+)', severity: '[a-z]+', line: [^}]*params: /g)) keys.add(`finding_${m[1]!}`);
  for (const verdict of ['in_scope', 'out_of_scope', 'unknown']) keys.add(`verdictWords_${verdict}`);
  for (const how of PolicySourceSchema.shape.found_by.options) keys.add(`foundBy_${how}`);
  return keys;
}

/** Keys passed to t() literally, string literals naming a key (label tables), and the core's message ids. */
function usedKeys(): Set<string> {
  const used = new Set<string>(coreKeys());
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
    expect(Object.keys(en).filter((k) => !used.has(k)).join(' '), 'unused keys').toBe('');
  });

  it('every message id the core can emit has words in both languages', () => {
    const keys = [...coreKeys()];
    // The scan finds the catalogue, reasons, draft and contact warnings, signature, armor and progress words.
    expect(keys.length).toBeGreaterThan(300);
    for (const prefix of ['finding_', 'fix_', 'reason_', 'detail_', 'signature_', 'encrypt_', 'progress_']) expect(keys.some((k) => k.startsWith(prefix)), prefix).toBe(true);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
    expect(keys.filter((k) => !(k in de))).toEqual([]);
  });

  it('placeholders are numbered in the alphabetical order of their names, as renderMessage passes parameters', () => {
    const core = coreKeys();
    for (const [locale, messages] of [['en', en], ['de', de]] as const) {
      for (const [key, value] of Object.entries(messages)) {
        const names = Object.keys(value.placeholders ?? {}).map((k) => k.toLowerCase());
        // UI keys called with positional substitutions (t(key, [..])) keep their own order; core messages are checked.
        if (!core.has(key)) continue;
        names.sort().forEach((name, i) => expect(value.placeholders![name]!.content, `${locale}:${key} $${name}$`).toBe(`$${i + 1}`));
      }
    }
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
