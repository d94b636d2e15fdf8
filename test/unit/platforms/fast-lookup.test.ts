// The platform index's lookup (issue 14, bulk speed): findPlatformProgrammes files every programme's rules
// by DNS suffix and decides most programmes from the rules covering a host. It must answer exactly what the
// straightforward matcher answers: every programme with a rule covering the host, judged by judgeScope.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildPlatformIndex, compilePlatformIndex, findPlatformProgrammes, type CompiledPlatformIndex, type PlatformIndex, type ProgrammeMatch } from '../../../src/core/platforms/index.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import { hostPatternCovers } from '../../../src/core/scope/host-pattern-covers.ts';
import { parseScopeTarget } from '../../../src/core/scope/parse-scope-target.ts';
import { formatIp } from '../../../src/core/scope/ip-address.ts';

/** The straightforward matcher: a scan over every programme and rule. */
function referenceProgrammes(input: string, index: CompiledPlatformIndex): ProgrammeMatch[] {
  const target = parseScopeTarget(input);
  if (!target) return [];
  const out: ProgrammeMatch[] = [];
  index.scopes.forEach((scope, i) => {
    if (!scope.rules.some((r) => !r.refused && hostPatternCovers(r.pattern.host, target))) return;
    const v = judgeScope(target, scope);
    if (v.verdict === 'unknown' || v.rule === null) return;
    const p = index.programmes[i]!;
    out.push({ platform: p.platform, programme: p.name, url: p.url, entry: v.rule, verdict: v.verdict, data_date: index.data_date });
  });
  return out;
}

function expectSame(hosts: readonly string[], index: CompiledPlatformIndex): number {
  let matched = 0;
  const differ: string[] = [];
  for (const host of hosts) {
    const fast = JSON.stringify(findPlatformProgrammes(host, index));
    if (fast !== JSON.stringify(referenceProgrammes(host, index))) differ.push(host);
    if (fast !== '[]') matched++;
  }
  if (differ.length > 0) expect(findPlatformProgrammes(differ[0]!, index), `${differ.length} hosts differ, first ${differ[0]}`).toEqual(referenceProgrammes(differ[0]!, index));
  return matched;
}

/** Hosts an entry names or implies: itself, a name below it, its apex, its globs filled in, addresses in it. */
function hostsOf(entry: string, rnd: () => number): string[] {
  const out: string[] = [];
  const host = entry.replace(/^[a-z]+:\/\//i, '').replace(/[/:].*$/, '').replace(/^\*\./, '').trim().toLowerCase();
  if (!host) return out;
  const sub = `x${Math.floor(rnd() * 100)}`;
  out.push(rnd() < 0.5 ? host.replace(/\*/g, sub) : host.replace(/\*/g, ''), `${rnd() < 0.7 ? sub : 'a.b'}.${host.replace(/\*/g, 'w')}`);
  const cidr = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(host);
  if (cidr) {
    const base = cidr[1]!.split('.').map(Number);
    out.push(base.slice(0, 3).join('.') + `.${Math.floor(rnd() * 256)}`, `${base[0]}.${Math.floor(rnd() * 256)}.0.1`);
  }
  if (/^https?:\/\//i.test(entry)) out.push(entry, `${entry.replace(/\/$/, '')}/deeper/path`, `https://${host}:8443/`);
  return out;
}

/** A seeded linear congruential generator: the same sample on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('findPlatformProgrammes against the straightforward matcher', () => {
  const SHARED = new URL('../../../../shared/data/bounty-targets/', import.meta.url);
  const files = Object.fromEntries(['bugcrowd', 'intigriti', 'yeswehack', 'federacy'].map((p) => [p, JSON.parse(readFileSync(new URL(`${p}_data.json`, SHARED), 'utf8')) as unknown]));
  const real = compilePlatformIndex(buildPlatformIndex(files, { source: 'test', license: 'MIT', notice: 'test', data_date: '2026-08-22' }));

  it('answers the same on every host the real snapshot names or implies, and on random hosts', () => {
    const rnd = seeded(14);
    const hosts: string[] = [];
    for (const p of real.programmes) for (const entry of [...p.in_scope, ...p.out_of_scope]) hosts.push(...hostsOf(entry, rnd));
    const words = ['www', 'api', 'app', 'dev', 'staging', 'cdn', 'mail', 'example', 'test', 'github', 'sky', 'node1'];
    const tlds = ['com', 'net', 'org', 'io', 'co.uk', 'com.au', 'de', 'github.io', 'herokuapp.com', 'app'];
    for (let i = 0; i < 1500; i++) {
      const n = 1 + Math.floor(rnd() * 3);
      hosts.push([...Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]! + (rnd() < 0.3 ? Math.floor(rnd() * 9) : '')), tlds[Math.floor(rnd() * tlds.length)]!].join('.'));
      hosts.push(formatIp({ version: 4, words: [Math.floor(rnd() * 2 ** 32)] }));
    }
    hosts.push('2001:db8::1', '::1', 'localhost', 'not a host', '*.example.com', 'EXAMPLE.COM.', 'bücher.example', 'xn--bcher-kva.example');
    const matched = expectSame(hosts, real);
    // The sample meets programmes often, on both sides.
    expect(matched).toBeGreaterThan(hosts.length / 5);
    const verdicts = new Set(hosts.flatMap((h) => findPlatformProgrammes(h, real).map((m) => m.verdict)));
    expect(verdicts).toEqual(new Set(['in_scope', 'out_of_scope']));
  }, 180_000);

  // Small worlds so that random programmes and hosts meet: every syntax of scope v2 in both lists.
  const NAMES = ['ex.test', 'b.test', 'ex.co.uk'];
  const hostArb = fc.tuple(fc.constantFrom('', 'a.', 'api.', 'app.', 'a.api.', 'node3.', 'apx.'), fc.constantFrom(...NAMES)).map(([l, n]) => l + n);
  const entryArb = fc.oneof(
    hostArb,
    hostArb.map((h) => `*.${h}`),
    hostArb.map((h) => `${h} and all subdomains`),
    fc.tuple(fc.constantFrom('a*', '*p', 'a*x', 'ap*'), hostArb).map(([g, h]) => `${g}.${h}`),
    fc.constantFrom('ex.*', '*.ex.*', 'ex.(test|co.uk)', 'node(1to8).ex.test', '- api.b.test', ' app . ex.test', 'Anything on staging.ex.test or its mirrors'),
    hostArb.map((h) => `https://${h}/admin`),
    hostArb.map((h) => `${h}:8443`),
    fc.constantFrom('10.0.0.0/8', '10.1.2.0/24', '10.1.2.3', '192.0.2.1-192.0.2.20', '2001:db8::/32', '*', '*.test', 'Third-party services'),
    fc.tuple(hostArb, hostArb).map(([a, b]) => `*.${a} (except ${b})`),
  );
  const programmeArb = fc.record({ in_scope: fc.array(entryArb, { maxLength: 5 }), out_of_scope: fc.array(entryArb, { maxLength: 5 }) });
  const targetArb = fc.oneof(hostArb, hostArb.map((h) => `https://${h}/admin/x`), hostArb.map((h) => `${h}:8443`),
    fc.constantFrom('10.1.2.3', '10.9.9.9', '192.0.2.5', '2001:db8::5', 'x.github.io', 'ex.test.evil.test'));

  function indexOf(programmes: Array<{ in_scope: string[]; out_of_scope: string[] }>): CompiledPlatformIndex {
    const index: PlatformIndex = {
      schema: 'scopecheck.platform-index/1', source: 'test', license: 'MIT', notice: 'test', data_date: '2026-12-07',
      programmes: programmes.map((p, i) => ({ platform: 'test', name: `P${i}`, url: `https://platform.test/p${i}`, ...p })),
    };
    return compilePlatformIndex(index);
  }

  it('answers the same for random programmes written in every scope syntax (exclusions, in-label wildcards, IPs, exceptions)', () => {
    fc.assert(fc.property(fc.array(programmeArb, { minLength: 1, maxLength: 6 }), fc.array(targetArb, { minLength: 1, maxLength: 15 }), (programmes, targets) => {
      const index = indexOf(programmes);
      expectSame(targets, index);
    }), { numRuns: 400 });
  });

  it('lets an exclusion win over an inclusion at least as broad in the same programme, as documented', () => {
    fc.assert(fc.property(hostArb, fc.constantFrom('', 'a.', 'api.'), (base, sub) => {
      const host = `${sub}${base}`;
      // Equally specific (the same name on both sides) and a broader inclusion: the exclusion wins.
      const index = indexOf([{ in_scope: [host], out_of_scope: [host] }, { in_scope: [`*.${base}`, `${base} and all subdomains`], out_of_scope: [host] }]);
      const found = findPlatformProgrammes(host, index);
      expect(found.map((m) => m.verdict)).toEqual(['out_of_scope', 'out_of_scope']);
    }));
    // The more specific inclusion under an excluded wildcard is in scope (in: app.x, out: *.x), as the platforms mean it.
    const index = indexOf([{ in_scope: ['app.ex.test'], out_of_scope: ['*.ex.test'] }]);
    expect(findPlatformProgrammes('app.ex.test', index).map((m) => m.verdict)).toEqual(['in_scope']);
    expect(findPlatformProgrammes('other.ex.test', index).map((m) => m.verdict)).toEqual(['out_of_scope']);
  });

  it('shares one answer object per programme and entry', () => {
    const a = findPlatformProgrammes('x.github.io', real);
    const b = findPlatformProgrammes('y.github.io', real);
    expect(a.length).toBeGreaterThan(0);
    a.forEach((m, i) => expect(m).toBe(b[i]));
    expect(Object.isFrozen(a[0])).toBe(true);
  });
});
