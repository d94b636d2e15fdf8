// --lang en|de on every command, defaulting to the locale: readable output and the JSON's message, fix and reasons
// are in that language; ids, hooks and keys never change.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { langFromEnv } from '../../../src/cli/messages.ts';
import { makeCliIo } from '../../support/run-cli.ts';
import { englishSay, germanSay } from '../../support/english.ts';
import { CliScopeVerdictSchema, CliTxtSchema } from '../../support/cli-schemas.ts';
import { policyWith } from '../scope/helpers.ts';
import { CORPUS_DIR } from '../securitytxt/corpus.ts';

const sample = fileURLToPath(new URL('invalid-expired.txt', CORPUS_DIR));
const NOW = '2026-11-21T00:00:00Z';

async function run(argv: string[], env: Record<string, string> = {}) {
  const t = makeCliIo();
  const code = await runCli(argv, { ...t.io, env });
  return { code, out: t.stdout(), err: t.stderr() };
}

describe('--lang', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scopecheck-lang-'));
    writeFileSync(join(dir, 'policy.json'), JSON.stringify(policyWith(['*.example.test'], ['admin.example.test'])));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders findings and fixes in German, with the same ids and findings as in English', async () => {
    const de = CliTxtSchema.parse(JSON.parse((await run(['txt', '--file', sample, '--now', NOW, '--json', '--lang', 'de'])).out));
    const en = CliTxtSchema.parse(JSON.parse((await run(['txt', '--file', sample, '--now', NOW, '--json', '--lang', 'en'])).out));
    expect(de.findings.map((f) => [f.id, f.line])).toEqual(en.findings.map((f) => [f.id, f.line]));
    const expired = de.findings.find((f) => f.id === 'expired')!;
    expect(expired.message).toMatch(/^Die Datei ist abgelaufen/);
    expect(expired.fix).toMatch(/Expires-Datum/);
    expect(en.findings.find((f) => f.id === 'expired')!.message).toMatch(/^The file has expired/);
    for (const f of de.findings) {
      expect(f.message).not.toMatch(/\$[A-Z]+\$|^finding_/);
      expect(f.message).not.toBe(en.findings.find((e) => e.id === f.id && e.line === f.line)!.message);
    }
    const readable = (await run(['txt', '--file', sample, '--now', NOW, '--lang', 'de'])).out;
    expect(readable).toMatch(/UNGÜLTIG/);
    expect(readable).toMatch(/Befunde:/);
  });

  it('renders verdict reasons in German in scope JSON Lines and in the readable form', async () => {
    const args = ['scope', '--policy-json', join(dir, 'policy.json'), '--host', 'admin.example.test', '--host', 'other.test'];
    const lines = (await run([...args, '--json', '--lang', 'de'])).out.trim().split('\n').map((l) => CliScopeVerdictSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => l.verdict)).toEqual(['out_of_scope', 'unknown']);
    expect(lines[0]!.reasons[0]).toMatch(/^Ausgeschlossen durch den Out-of-Scope-Eintrag „admin\.example\.test“ aus der Richtlinie\.$/);
    expect(lines[1]!.reasons[0]).toBe('Kein Scope-Eintrag deckt other.test ab.');
    const readable = (await run([...args, '--lang', 'de'])).out;
    expect(readable).toMatch(/admin\.example\.test: außerhalb des Scopes/);
    expect(readable).toMatch(/Regel: admin\.example\.test/);
  });

  it('defaults to the locale: LC_ALL, then LC_MESSAGES, then LANG; de… is German, anything else English', async () => {
    expect(langFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(langFromEnv({ LANG: 'de_AT' })).toBe('de');
    expect(langFromEnv({ LANG: 'de' })).toBe('de');
    expect(langFromEnv({ LC_ALL: 'C.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_MESSAGES: 'de_CH.UTF-8', LANG: 'en_US.UTF-8' })).toBe('de');
    expect(langFromEnv({ LC_ALL: '', LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(langFromEnv({ LANG: 'dev' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
    const byLocale = CliTxtSchema.parse(JSON.parse((await run(['txt', '--file', sample, '--now', NOW, '--json'], { LANG: 'de_DE.UTF-8' })).out));
    expect(byLocale.findings.find((f) => f.id === 'expired')!.message).toMatch(/^Die Datei ist abgelaufen/);
    const pinned = CliTxtSchema.parse(JSON.parse((await run(['txt', '--file', sample, '--now', NOW, '--json', '--lang', 'en'], { LANG: 'de_DE.UTF-8' })).out));
    expect(pinned.findings.find((f) => f.id === 'expired')!.message).toMatch(/^The file has expired/);
  });

  it('is a usage error for another language, on every command', async () => {
    for (const command of ['txt', 'policy', 'scope', 'draft', 'check', 'programs']) {
      const r = await run([command, 'example.test', '--lang', 'fr']);
      expect(r.code, command).toBe(2);
      expect(r.err, command).toMatch(/--lang takes en or de, not "fr"/);
    }
  });

  it('renders a draft warning in both languages from the same id', () => {
    const finding = { id: 'txt_unsigned', severity: 'warning' as const, line: null };
    expect(englishSay.finding(finding).message).toMatch(/^The security\.txt is not signed/);
    expect(germanSay.finding(finding).message).toMatch(/^Die security\.txt ist nicht signiert/);
  });
});
