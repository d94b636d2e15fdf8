// Issue 12: the background compiles no platform index when it starts, nor the whole index on a check: the packaged
// suffix table picks the programmes that can concern the page's host, and only those are compiled. Issue 14's
// behaviour must not change with it: the same programmes and verdicts as the whole index, and a programme's
// exclusion still wins over a policy that puts the host in scope.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fake } from '../platform/mock-browser.ts';
import { EXTENSION_BASE } from '../platform/fake-browser.ts';
import { buildPlatformIndex, compilePlatformIndex, findPlatformProgrammes, type CompiledPlatformIndex, type PlatformIndex } from '../../../src/core/platforms/index.ts';
import { buildPlatformSuffixTable } from '../../../src/core/platforms/build-platform-suffix-table.ts';
import { readPlatformSuffixTable, selectPlatformProgrammes } from '../../../src/core/platforms/select-platform-programmes.ts';
import { judgeWithPlatforms } from '../../../src/core/platforms/judge-with-platforms.ts';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import type { PolicyResult } from '../../../src/core/schemas/policy-result.ts';
import type { TraceEntry } from '../../../src/platform/trace.ts';

vi.mock('../../../src/platform/browser.ts', () => import('../platform/mock-browser.ts'));
/** The background's loader as a worker starts it: nothing read or compiled yet (its package files are read once per worker). */
async function startLoader() {
  vi.resetModules();
  return import('../../../src/background/load-platform-index.ts');
}

const SHARED = new URL('../../../../shared/data/bounty-targets/', import.meta.url);
const PLATFORMS = ['bugcrowd', 'intigriti', 'yeswehack', 'federacy'];
const packaged: PlatformIndex = buildPlatformIndex(
  Object.fromEntries(PLATFORMS.map((p) => [p, JSON.parse(readFileSync(new URL(`${p}_data.json`, SHARED), 'utf8')) as unknown])),
  { source: 'packaged', license: 'MIT', notice: 'n', data_date: '2026-08-22' },
);
const table = buildPlatformSuffixTable(packaged);
let served: Record<string, unknown> = {};
vi.stubGlobal('fetch', async (url: string) => {
  const file = url.startsWith(`${EXTENSION_BASE}data/`) ? served[url.slice(`${EXTENSION_BASE}data/`.length)] : undefined;
  return file ? new Response(JSON.stringify(file)) : new Response('', { status: 404 });
});

const marks = () => (globalThis.__scopecheckTrace ?? []) as TraceEntry[];

/** Hosts from every suffix the table knows: the suffix, a name below it, one two labels below, and its apex. */
function sampleHosts(): string[] {
  const hosts = new Set<string>(['example.com', 'bigbank.test', 'localhost', '127.0.0.1', '10.1.2.3', '[2001:db8::1]', 'github.io', 'someone.github.io', 'WWW.Example.COM', 'example.com.']);
  for (const [suffix] of table.suffixes) {
    if (!suffix) continue;
    const plain = suffix.replace(/\*/g, 'w');
    hosts.add(plain).add(`x1.${plain}`).add(`a.b.${plain}`).add(plain.split('.').slice(-2).join('.'));
  }
  for (const p of packaged.programmes) for (const e of [...p.in_scope, ...p.out_of_scope]) {
    const ip = /\b(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}\b/.exec(e);
    if (ip) hosts.add(`${ip[1]}.7`);
  }
  return [...hosts];
}

const POLICY: PolicyResult = {
  schema: 'scopecheck.policy/1', contacts: [], in_scope: [], out_of_scope: [], forbidden_activities: [], obligations: [], report_fields: [],
  response_sla_days: null, disclosure_days: null, safe_harbor: null, bounty: null, pgp: [], language: 'en',
};

describe('the platform source on a check (only the host\'s programmes compiled)', () => {
  let whole: CompiledPlatformIndex;
  beforeAll(() => {
    whole = compilePlatformIndex(packaged);
  });
  beforeEach(() => {
    fake.reset();
    served = { 'platform-index.json': packaged, 'platform-suffixes.json': table };
    globalThis.__scopecheckTrace = [];
  });

  it('picks every programme the whole index finds for a host (suffixes, apexes, names below them, addresses)', () => {
    const lookup = readPlatformSuffixTable(table)!;
    const hosts = sampleHosts();
    const missed: string[] = [];
    let found = 0;
    for (const host of hosts) {
      const picked = new Set(selectPlatformProgrammes(host, lookup).map((i) => packaged.programmes[i]!.url));
      const matches = findPlatformProgrammes(host, whole);
      found += matches.length;
      if (matches.some((m) => !picked.has(m.url))) missed.push(host);
    }
    expect(hosts.length).toBeGreaterThan(5000);
    expect(found).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });

  it('answers what the whole index answers, compiling a few programmes per host and no table', async () => {
    const { loadPlatformIndex } = await startLoader();
    const hosts = sampleHosts().filter((_, i) => i % 40 === 0);
    const differ: string[] = [];
    const compiled: number[] = [];
    for (const host of hosts) {
      globalThis.__scopecheckTrace = [];
      const small = await loadPlatformIndex(host);
      expect(small).not.toBeNull();
      if (JSON.stringify(findPlatformProgrammes(host, small!)) !== JSON.stringify(findPlatformProgrammes(host, whole))) differ.push(host);
      expect(marks().some((m) => m.name === 'platforms:table-built')).toBe(false);
      compiled.push(...marks().filter((m) => m.name === 'platforms:compiled').map((m) => Number(new RegExp(`^(\\d+) of ${packaged.programmes.length} programmes$`).exec(m.detail ?? '')?.[1])));
    }
    expect(hosts.length).toBeGreaterThan(150);
    expect(differ).toEqual([]);
    expect(compiled).toHaveLength(hosts.length);
    expect(Math.max(...compiled)).toBeLessThan(packaged.programmes.length / 4);
  });

  it('still lets a programme\'s exclusion win over a policy that puts the host in scope', async () => {
    const excluded = packaged.programmes.flatMap((p) => p.out_of_scope).find((e) => /^[a-z0-9-]+(\.[a-z0-9-]+){2,}$/.test(e))!;
    const apex = excluded.split('.').slice(-2).join('.');
    const scope = compileScope({ policy: { ...POLICY, in_scope: [{ pattern: `*.${apex}`, quote: `*.${apex}` }] } });
    const { loadPlatformIndex } = await startLoader();
    const verdict = judgeWithPlatforms(excluded, scope, await loadPlatformIndex(excluded));
    expect(verdict).toMatchObject({ verdict: 'out_of_scope' });
    expect(verdict.programmes).toContainEqual(expect.objectContaining({ entry: excluded, verdict: 'out_of_scope' }));
    expect(verdict).toEqual(judgeWithPlatforms(excluded, scope, whole));
  });

  it('reads no malformed table', () => {
    for (const bad of [null, [], { ...table, schema: 'x' }, { ...table, ip: [-1] }, { ...table, suffixes: [['a.test', [1.5]]] }, { ...table, suffixes: [['a.test']] }, { ...table, entries: '5' }]) {
      expect(readPlatformSuffixTable(bad)).toBeNull();
    }
  });

  it.each([
    ['none', {}],
    ['one of another index', { 'platform-suffixes.json': { ...table, entries: table.entries + 1 } }],
    ['a malformed one', { 'platform-suffixes.json': { ...table, suffixes: 'x' } }],
  ])('builds the table itself, once, when the package has %s (the answer unchanged)', async (_, files) => {
    served = { 'platform-index.json': packaged, ...files };
    const { loadPlatformIndex } = await startLoader();
    const host = packaged.programmes[0]!.out_of_scope[0] ?? 'example.com';
    expect(findPlatformProgrammes(host, (await loadPlatformIndex(host))!)).toEqual(findPlatformProgrammes(host, whole));
    await loadPlatformIndex('another.example');
    expect(marks().filter((m) => m.name === 'platforms:table-built')).toHaveLength(1);
  });

  it('turns the source off (null) when a programme the host needs is malformed', async () => {
    const host = packaged.programmes[0]!.out_of_scope[0]!;
    const at = selectPlatformProgrammes(host, readPlatformSuffixTable(table)!)[0]!;
    served = { 'platform-index.json': { ...packaged, programmes: packaged.programmes.map((p, i) => (i === at ? { ...p, url: 42 } : p)) }, 'platform-suffixes.json': table };
    const { loadPlatformIndex } = await startLoader();
    expect(await loadPlatformIndex(host)).toBeNull();
  });
});
