// Platform programmes (issue 14): the index built from the shared bounty-targets snapshot, lookups,
// precedence against a policy, and the CLI (`programs`, `scope --platforms`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlatformIndex, compilePlatformIndex, findPlatformProgrammes, combineProgrammeVerdict, PlatformIndexSchema, type PlatformIndex } from '../../../src/core/platforms/index.ts';
import { buildPlatformSuffixTable } from '../../../src/core/platforms/build-platform-suffix-table.ts';
import { mkdirSync } from 'node:fs';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import { isScopeSilent } from '../../../src/core/scope/is-scope-silent.ts';
import { parseScopeTarget } from '../../../src/core/scope/parse-scope-target.ts';
import { ScopeVerdictSchema } from '../../../src/core/schemas/scope-verdict.ts';
import { CliScopeVerdictSchema } from '../../support/cli-schemas.ts';
import { runCli } from '../../../src/cli/main.ts';
import { makeCliIo } from '../../support/run-cli.ts';
import { programsCommand } from '../../../src/cli/commands/programs.ts';
import { scopeCommand } from '../../../src/cli/commands/scope.ts';
import { policyWith } from '../scope/helpers.ts';
import { en } from '../../support/english.ts';

const SHARED = new URL('../../../../shared/data/bounty-targets/', import.meta.url);
const files = Object.fromEntries(['bugcrowd', 'intigriti', 'yeswehack', 'federacy'].map((p) => [p, JSON.parse(readFileSync(new URL(`${p}_data.json`, SHARED), 'utf8')) as unknown]));
const index: PlatformIndex = buildPlatformIndex(files, { source: 'test', license: 'MIT', notice: readFileSync(new URL('LICENSE.md', SHARED), 'utf8'), data_date: '2026-08-22' });
const compiled = compilePlatformIndex(index);

/** A host and what the snapshot's own records say about it, found from the data (not hard-coded). */
function sampleFromData(kind: 'in' | 'out'): { host: string; programme: string } {
  for (const p of index.programmes) {
    for (const entry of kind === 'in' ? p.in_scope : p.out_of_scope) {
      const m = /^https:\/\/([a-z0-9.-]+\.[a-z]{2,})\/?$/.exec(entry);
      // A plain https URL in one programme only, named on neither side of any other programme.
      if (m && index.programmes.filter((q) => [...q.in_scope, ...q.out_of_scope].some((e) => e.includes(m[1]!))).length === 1) return { host: m[1]!, programme: p.name };
    }
  }
  throw new Error('no sample');
}

describe('platform index', () => {
  it('keeps the licence notice, the date, and every programme with host-like targets', () => {
    expect(PlatformIndexSchema.safeParse(index).success).toBe(true);
    expect(index.notice).toMatch(/Copyright \(c\) 2017 Arkadiy Tetelman/);
    expect(index.programmes.length).toBeGreaterThan(400);
    expect(new Set(index.programmes.map((p) => p.platform))).toEqual(new Set(['bugcrowd', 'intigriti', 'yeswehack', 'federacy']));
    // Mobile apps are not hosts: no entry of those types is kept.
    expect(index.programmes.flatMap((p) => p.in_scope).some((e) => /^com\.[a-z]+\.[a-z]+$/.test(e) && !e.includes('/'))).toBe(false);
  });

  it('finds the programme whose scope lists a host, with the entry, verdict, link and date', () => {
    for (const kind of ['in', 'out'] as const) {
      const { host, programme } = sampleFromData(kind);
      const found = findPlatformProgrammes(host, compiled);
      expect(found.map((f) => f.programme), host).toContain(programme);
      const match = found.find((f) => f.programme === programme)!;
      expect(match).toMatchObject({ verdict: kind === 'in' ? 'in_scope' : 'out_of_scope', data_date: '2026-08-22' });
      expect(match.entry).toContain(host);
      expect(match.url).toMatch(/^https:\/\//);
    }
    expect(findPlatformProgrammes('nothing-here.invalid', compiled)).toEqual([]);
    expect(findPlatformProgrammes('not a host', compiled)).toEqual([]);
  });

  it('reads wildcard entries of a programme, and a platform exclusion under them', () => {
    const tiny = compilePlatformIndex({ ...index, programmes: [{ platform: 'intigriti', name: 'X', url: 'https://example.test/x', in_scope: ['*.x.test', 'node(1to3).y.test'], out_of_scope: ['admin.x.test', 'Other subdomains on z.test (a, b)'] }] });
    expect(findPlatformProgrammes('www.x.test', tiny).map((p) => p.verdict)).toEqual(['in_scope']);
    expect(findPlatformProgrammes('admin.x.test', tiny).map((p) => [p.verdict, p.entry])).toEqual([['out_of_scope', 'admin.x.test']]);
    expect(findPlatformProgrammes('node2.y.test', tiny).map((p) => p.entry)).toEqual(['node(1to3).y.test']);
    expect(findPlatformProgrammes('x.test', tiny)).toEqual([]);
  });

  it('lets a platform exclusion mean out of scope, and the stricter answer win when policy and platform disagree', () => {
    const tiny = compilePlatformIndex({ ...index, programmes: [{ platform: 'bugcrowd', name: 'P', url: 'https://example.test/p', in_scope: ['*.a.test'], out_of_scope: ['old.a.test'] }] });
    const judge = (inScope: string[], outScope: string[], host: string) => {
      const scope = compileScope({ policy: policyWith(inScope, outScope) });
      const target = parseScopeTarget(host)!;
      return combineProgrammeVerdict(judgeScope(target, scope), findPlatformProgrammes(target, tiny), isScopeSilent(target, scope));
    };
    expect(judge(['*.a.test'], [], 'old.a.test')).toMatchObject({ verdict: 'out_of_scope', rule: 'old.a.test', rule_source: 'bugcrowd' });
    expect(judge(['*.a.test'], [], 'old.a.test').reasons.map(en).join('\n')).toMatch(/policy says in scope; the stricter answer wins/);
    expect(judge([], [], 'www.a.test')).toMatchObject({ verdict: 'in_scope', rule: '*.a.test' });
    expect(judge(['*.other.test'], ['*.a.test'], 'www.a.test')).toMatchObject({ verdict: 'out_of_scope', rule: '*.a.test', rule_source: 'policy' });
    const unlisted = judge(['b.a.test'], ['anything not listed'], 'www.a.test');
    expect(unlisted.verdict).toBe('out_of_scope');
    expect(ScopeVerdictSchema.parse(unlisted).programmes).toHaveLength(1);
  });
});

describe('CLI: programs and scope --platforms', () => {
  let dir = '';
  const run = async (args: string[]) => {
    const t = makeCliIo([], () => new Date('2026-12-06T00:00:00Z'));
    const code = await runCli(args, t.io, [programsCommand, scopeCommand]);
    return { code, out: t.stdout(), err: t.stderr() };
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scopecheck-platforms-'));
    writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...index, programmes: 'x' }));
    writeFileSync(join(dir, 'policy.md'), '# Scope\n\nIn scope: *.policy-only.test\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('programs prints JSON Lines of the contract', async () => {
    const { host, programme } = sampleFromData('in');
    const { code, out } = await run(['programs', host, '--platform-data', join(dir, 'index.json')]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.programme === programme)).toMatchObject({ schema: 'scopecheck.programs/1', host, verdict: 'in_scope', data_date: '2026-08-22' });
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['data_date', 'entry', 'host', 'platform', 'programme', 'schema', 'url', 'verdict']);
    expect((await run(['programs', host, '--platform-data', join(dir, 'bad.json')])).code).toBe(1);
  });

  it('programs and scope --host compile only the programmes the suffix table picks, and answer as the whole index does', async () => {
    const withTable = join(dir, 'with-table');
    const emptyTable = join(dir, 'empty-table');
    mkdirSync(withTable);
    mkdirSync(emptyTable);
    const table = buildPlatformSuffixTable(index);
    for (const d of [withTable, emptyTable]) writeFileSync(join(d, 'index.json'), JSON.stringify(index));
    writeFileSync(join(withTable, 'platform-suffixes.json'), JSON.stringify(table));
    // The same header with nothing filed anywhere: if the command reads the table, it finds no programme.
    writeFileSync(join(emptyTable, 'platform-suffixes.json'), JSON.stringify({ ...table, suffixes: [], ip: [] }));
    const hosts = [sampleFromData('in').host, sampleFromData('out').host, 'someone.github.io', 'nothing-here.invalid', '192.0.2.1'];
    let answered = 0;
    const scopeRun = (data: string, judged: string[]) => run(['scope', '--platforms', '--platform-data', data, ...judged.flatMap((h) => ['--host', h]), '--json']);
    for (const host of hosts) {
      const whole = await run(['programs', host, '--platform-data', join(dir, 'index.json')]);
      const picked = await run(['programs', host, '--platform-data', join(withTable, 'index.json')]);
      expect(picked, host).toEqual(whole);
      if (whole.out !== '') {
        answered++;
        expect((await run(['programs', host, '--platform-data', join(emptyTable, 'index.json')])).out, host).toBe('');
      }
    }
    expect(answered).toBeGreaterThanOrEqual(3);
    // scope with --host: the hosts judged are known before judging, so the same table is used for them all.
    const scopeWhole = await scopeRun(join(dir, 'index.json'), hosts);
    expect(await scopeRun(join(withTable, 'index.json'), hosts)).toEqual(scopeWhole);
    const programmesOf = (out: string) => out.trim().split('\n').map((l) => ((JSON.parse(l) as { programmes?: unknown[] }).programmes ?? []).length);
    expect(programmesOf(scopeWhole.out).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
    expect(programmesOf((await scopeRun(join(emptyTable, 'index.json'), hosts)).out).every((n) => n === 0)).toBe(true);
  });

  it('scope --platforms adds programmes; document mode reads only the document without it', async () => {
    const { host } = sampleFromData('out');
    const withData = await run(['scope', '--file', join(dir, 'policy.md'), '--platforms', '--platform-data', join(dir, 'index.json'), '--host', host, '--json']);
    const line = CliScopeVerdictSchema.parse(JSON.parse(withData.out));
    expect(line.verdict).toBe('out_of_scope');
    expect(line.programmes!.length).toBeGreaterThan(0);
    expect(line.programmes![0]).not.toHaveProperty('schema');
    const without = await run(['scope', '--file', join(dir, 'policy.md'), '--host', host, '--json']);
    const plain = CliScopeVerdictSchema.parse(JSON.parse(without.out));
    expect(plain.programmes).toBeUndefined();
    expect(plain.verdict).toBe('unknown');
    writeFileSync(join(dir, 'hosts.txt'), `${host}\nnothing.invalid\n`);
    const bulk = await run(['scope', '--platforms', '--platform-data', join(dir, 'index.json'), '--hosts-file', join(dir, 'hosts.txt'), '--json']);
    expect(bulk.out.trim().split('\n').map((l) => (JSON.parse(l) as { programmes: unknown[] }).programmes.length > 0)).toEqual([true, false]);
  });
});
