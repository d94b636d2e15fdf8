// Scope v2 (issue 14): every entry compiles to a matcher or to an unreadable entry, nothing is dropped.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import { parseScopePattern } from '../../../src/core/scope/parse-scope-pattern.ts';
import { formatScopePattern } from '../../../src/core/scope/format-scope-pattern.ts';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { policyWith } from './helpers.ts';
import { en } from '../../support/english.ts';

const verdictOf = (inScope: string[], outOfScope: string[], host: string) => judgeScope(host, compileScope({ policy: policyWith(inScope, outOfScope) })).verdict;
const read = (entry: string, effect: 'include' | 'exclude' = 'exclude') =>
  parseScopePattern(entry, effect).value.map((v) => (v.type === 'pattern' ? formatScopePattern(v.pattern).join(',') : `phrase:${v.category}`));

describe('scope grammar', () => {
  it('reads wildcards inside a label, several wildcards and wildcard top-level domains', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['ab*.example.com', ['ab.example.com', 'abc.example.com'], ['xab.example.com', 'a.ab.example.com']],
      ['*ab.example.com', ['ab.example.com', 'xab.example.com'], ['abx.example.com']],
      ['a*b.example.com', ['ab.example.com', 'axxb.example.com'], ['ba.example.com']],
      ['a*.b*.example.com', ['ax.bx.example.com'], ['ax.example.com', 'x.bx.example.com']],
      ['*.*.example.com', ['a.b.example.com', 'x.a.b.example.com'], ['a.example.com']],
      ['example.*', ['example.com', 'example.co.uk', 'example.de'], ['www.example.com', 'examples.com']],
      ['*.example.*', ['www.example.com', 'a.b.example.co.uk'], ['example.com', 'www.examples.com']],
    ];
    for (const [entry, inside, outside] of cases) {
      for (const host of inside) expect(verdictOf([], [entry], host), `${entry} ${host}`).toBe('out_of_scope');
      for (const host of outside) expect(verdictOf([], [entry], host), `${entry} ${host}`).toBe('unknown');
    }
  });

  it('expands alternations and numbered ranges, and reads leading dashes, stray spaces and defanged dots', () => {
    expect(read('example.(com|co.uk)')).toEqual(['example.com', 'example.co.uk']);
    expect(read('example.( com | co.uk )')).toEqual(['example.com', 'example.co.uk']);
    expect(read('{www,api}.example.com')).toEqual(['www.example.com', 'api.example.com']);
    expect(read('node(1to3).example.com')).toEqual(['node1.example.com', 'node2.example.com', 'node3.example.com']);
    expect(read('node[1-3].example.com')).toEqual(['node1.example.com', 'node2.example.com', 'node3.example.com']);
    expect(read('node{01..03}.example.com')).toEqual(['node01.example.com', 'node02.example.com', 'node03.example.com']);
    // "node1-3" is also a valid label: an exclusion takes both readings, an inclusion only the literal one.
    expect(read('node1-3.example.com')).toEqual(['node1-3.example.com', 'node1.example.com', 'node2.example.com', 'node3.example.com']);
    expect(read('node1-3.example.com', 'include')).toEqual(['node1-3.example.com']);
    // Too large to list: an exclusion reads the label as '*' (broader), an inclusion is not read.
    expect(read('node(1to5000).example.com')).toEqual(['node*.example.com']);
    expect(read('node(1to5000).example.com', 'include')).toEqual(['phrase:other']);
    expect(read('- app.example.com')).toEqual(['app.example.com']);
    expect(read('*. example.com')).toEqual(['*.example.com']);
    expect(read('app .example.com')).toEqual(['app.example.com']);
    expect(read('example[.]com')).toEqual(['example.com']);
    expect(verdictOf(['*.example.com'], ['node(1to8).example.com'], 'node5.example.com')).toBe('out_of_scope');
    expect(verdictOf(['*.example.com'], ['node(1to8).example.com'], 'node9.example.com')).toBe('in_scope');
  });

  it('keeps apex and wildcard apart, and reads ports, paths, IPv4/IPv6 ranges and CIDR, and IDN', () => {
    expect(verdictOf(['*.example.com'], [], 'example.com')).toBe('unknown');
    expect(verdictOf(['example.com and all subdomains'], [], 'example.com')).toBe('in_scope');
    const path = judgeScope('app.example.com', compileScope({ policy: policyWith(['*.example.com'], ['https://app.example.com/admin']) }));
    expect(path.verdict).toBe('in_scope');
    expect(path.reasons.map(en).join('\n')).toMatch(/Not all of it: .*excludes .*\/admin/);
    expect(verdictOf(['*.example.com'], ['https://app.example.com/admin'], 'https://app.example.com/admin/users')).toBe('out_of_scope');
    expect(verdictOf(['*.example.com'], ['app.example.com:8443'], 'app.example.com:8443')).toBe('out_of_scope');
    expect(verdictOf(['*.example.com'], ['app.example.com:8443'], 'app.example.com:443')).toBe('in_scope');
    expect(read('10.0.0.1-10.0.0.20')).toEqual(['10.0.0.1', '10.0.0.2/31', '10.0.0.4/30', '10.0.0.8/29', '10.0.0.16/30', '10.0.0.20']);
    expect(read('10.0.0.1-20')).toEqual(read('10.0.0.1-10.0.0.20'));
    expect(read('10.0.*.*')).toEqual(['10.0.0.0/16']);
    expect(read('2001:db8::1-2001:db8::3')).toEqual(['2001:db8::1', '2001:db8::2/127']);
    for (const [host, want] of [['10.0.0.20', 'out_of_scope'], ['10.0.0.21', 'in_scope'], ['10.0.0.0', 'in_scope']] as const) {
      expect(verdictOf(['10.0.0.0/24'], ['10.0.0.1-10.0.0.20'], host), host).toBe(want);
    }
    expect(verdictOf(['2001:db8::/32'], ['2001:db8::/48'], '2001:db8::5')).toBe('out_of_scope');
    expect(verdictOf(['*.example.com'], ['bücher.example.com'], 'xn--bcher-kva.example.com')).toBe('out_of_scope');
    expect(verdictOf(['*.example.com'], ['xn--bcher-kva.example.com'], 'bücher.example.com')).toBe('out_of_scope');
  });

  it('lets the more specific entry win, and the exclusion between equally specific ones', () => {
    expect(verdictOf(['app.x.com'], ['*.x.com'], 'app.x.com')).toBe('in_scope');
    expect(verdictOf(['app.x.com'], ['*.x.com'], 'www.x.com')).toBe('out_of_scope');
    expect(verdictOf(['*.x.com'], ['app.x.com'], 'app.x.com')).toBe('out_of_scope');
    expect(verdictOf(['*.x.com'], ['*.x.com'], 'app.x.com')).toBe('out_of_scope');
    expect(verdictOf(['app.x.com'], ['app.x.com'], 'app.x.com')).toBe('out_of_scope');
  });

  it('turns in_scope into unknown when an exclusion that could concern the host cannot be read, and reports every unreadable entry', () => {
    const scope = compileScope({ policy: policyWith(['*.example.com', '*.other.org'], ['Anything hosted at staging.example.com or its mirrors', 'Denial of service']) });
    const v = judgeScope('www.example.com', scope);
    expect(v.verdict).toBe('unknown');
    expect(v.reasons.map(en)[0]).toBe('an exclusion could not be read: "Anything hosted at staging.example.com or its mirrors"');
    expect(v.unreadable).toEqual(['Anything hosted at staging.example.com or its mirrors']);
    // A host it cannot concern (another registrable domain, no shared label) keeps its verdict.
    expect(judgeScope('a.other.org', scope).verdict).toBe('in_scope');
    // A phrase that names no host is understood as a phrase, not unreadable.
    expect(scope.unreadable.map((u) => u.text)).toEqual(['Anything hosted at staging.example.com or its mirrors']);
    expect(scope.findings.filter((f) => f.id === 'scope_entry_unreadable')).toHaveLength(1);
    // Sharing a label is enough ("example" under another public suffix).
    const label = compileScope({ policy: policyWith(['*.example.de'], ['example.<all our TLDs>']) });
    expect(judgeScope('www.example.de', label).verdict).toBe('unknown');
    // An unreadable address range concerns addresses.
    const ip = compileScope({ policy: policyWith(['10.0.0.0/8'], ['Lab addresses 10.1.2.0 through 10.1.2.255']) });
    expect(judgeScope('10.1.2.3', ip).verdict).toBe('unknown');
    expect(judgeScope('app.example.com', ip).verdict).toBe('unknown');
    expect(verdictOf(['10.0.0.0/8'], ['10.0.0.* (lab)'], '10.0.0.3')).toBe('out_of_scope');
  });

  it('reads scope tables whose rows say in a column or a cell whether they are in scope', () => {
    const docs = [
      '# Scope\n\n| Asset | In scope |\n|---|---|\n| app.example.com | yes |\n| old.example.com | no |\n',
      '# Scope\n\n| Asset | In scope |\n|---|---|\n| app.example.com | ✓ |\n| old.example.com | ✗ |\n',
      '# Scope\n\n| Asset | Eligible |\n|---|---|\n| app.example.com | Eligible: yes |\n| old.example.com | Eligible: no |\n',
      '# Scope\n\n| Asset | Notes |\n|---|---|\n| app.example.com | In scope: yes |\n| old.example.com | In scope: no |\n',
    ];
    for (const body of docs) {
      const p = extractPolicy({ body, contentType: 'text/markdown', url: null }, { now: new Date('2026-12-06T00:00:00Z') });
      expect([p.in_scope.map((e) => e.pattern), p.out_of_scope.map((e) => e.pattern)], body).toEqual([['app.example.com'], ['old.example.com']]);
    }
  });
});

// Exclusions written in every syntax above, each with a host it matches. Inclusions are broad (a wildcard
// over the domain, the domain with all subdomains) and never more specific than the exclusion, so the
// exclusion must win (or, when it cannot be read, the answer must not be in_scope).
const label = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
const domain = fc.tuple(label, fc.constantFrom('com', 'co.uk', 'de', 'io')).map(([l, t]) => `${l}.${t}`);
const num = fc.integer({ min: 1, max: 40 });
type Case = { entry: string; target: string };
const exclusionCase = (d: string): fc.Arbitrary<Case> => fc.oneof(
  label.map((l) => ({ entry: `${l}.${d}`, target: `${l}.${d}` })),
  label.map((l) => ({ entry: `*.${d}`, target: `${l}.${d}` })),
  fc.tuple(label, label).map(([a, b]) => ({ entry: `${a}*.${d}`, target: `${a}${b}.${d}` })),
  fc.tuple(label, label).map(([a, b]) => ({ entry: `*${a}.${d}`, target: `${b}${a}.${d}` })),
  fc.tuple(label, label, label).map(([a, b, c]) => ({ entry: `${a}*${b}.${d}`, target: `${a}${c}${b}.${d}` })),
  fc.tuple(label, label).map(([a, b]) => ({ entry: `${a}*.*.${d}`, target: `${a}x.${b}.${d}` })),
  label.map((b) => ({ entry: `${d.split('.')[0]}.*`, target: `${d.split('.')[0]}.${b}` })),
  label.map((a) => ({ entry: `*.${d.split('.')[0]}.*`, target: `${a}.${d}` })),
  fc.tuple(label, label).map(([a, b]) => ({ entry: `${a}.(${b}|${d})`, target: `${a}.${d}` })),
  fc.tuple(label, num, num).map(([a, x, y]) => ({ entry: `${a}(${Math.min(x, y)}to${Math.max(x, y)}).${d}`, target: `${a}${x}.${d}` })),
  fc.tuple(label, num, num).map(([a, x, y]) => ({ entry: `${a}[${Math.min(x, y)}-${Math.max(x, y)}].${d}`, target: `${a}${y}.${d}` })),
  // "node12-15": the digits before the dash are the range's start, so the label before them ends in a letter.
  fc.tuple(label, num, num).filter(([, x, y]) => x < y).map(([a, x, y]) => ({ entry: `${a}z${x}-${y}.${d}`, target: `${a}z${y}.${d}` })),
  label.map((l) => ({ entry: `- ${l}.${d}`, target: `${l}.${d}` })),
  label.map((l) => ({ entry: `*. ${d}`, target: `${l}.${d}` })),
  label.map((l) => ({ entry: `Anything on ${l}.${d} is off limits, we mean it`, target: `${l}.${d}` })),
  fc.tuple(label, label).map(([l, p]) => ({ entry: `https://${l}.${d}/${p}`, target: `https://${l}.${d}/${p}/x` })),
  fc.tuple(label, fc.integer({ min: 1, max: 65535 })).map(([l, port]) => ({ entry: `${l}.${d}:${port}`, target: `${l}.${d}:${port}` })),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([a, b]) => ({ entry: `10.${a}.0.0/16`, target: `10.${a}.${b}.1` })),
  fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 150 })).map(([a, b]) => ({ entry: `10.0.0.${a}-10.0.0.${a + b}`, target: `10.0.0.${a + Math.floor(b / 2)}` })),
  fc.integer({ min: 0, max: 255 }).map((a) => ({ entry: `10.1.${a}.*`, target: `10.1.${a}.7` })),
  fc.integer({ min: 1, max: 0xfff }).map((a) => ({ entry: `2001:db8:${a.toString(16)}::/48`, target: `2001:db8:${a.toString(16)}::9` })),
  fc.integer({ min: 1, max: 200 }).map((a) => ({ entry: `2001:db8::1-2001:db8::${(a + 1).toString(16)}`, target: `2001:db8::${a.toString(16)}` })),
  label.map((l) => ({ entry: `bücher${l}.${d}`, target: `${new URL(`http://bücher${l}.${d}`).hostname}` })),
);

describe('scope grammar property', () => {
  it('never answers in_scope for a host that an exclusion, in any syntax, matches', () => {
    const caseArb = domain.chain((d) => fc.tuple(fc.constant(d), fc.array(exclusionCase(d), { minLength: 1, maxLength: 4 }), fc.nat()));
    let met = 0;
    fc.assert(fc.property(caseArb, ([d, cases, pick]) => {
      const chosen = cases[pick % cases.length]!;
      const includes = [`*.${d}`, `${d} and all subdomains`, '10.0.0.0/8', '2001:db8::/32', `${d.split('.')[0]}.de`];
      const scope = compileScope({ policy: policyWith(includes, cases.map((c) => c.entry)) });
      const v = judgeScope(chosen.target, scope);
      if (v.verdict === 'out_of_scope') met++;
      expect(v.verdict, `${chosen.entry} → ${chosen.target}`).not.toBe('in_scope');
    }), { numRuns: 1500 });
    expect(met).toBeGreaterThan(1000);
  });
});
