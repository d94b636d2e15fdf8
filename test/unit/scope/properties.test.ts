import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import type { CompiledScope, ScopeRule } from '../../../src/core/scope/compiled-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import { coverageOf, matchScopeRules } from '../../../src/core/scope/match-scope-rules.ts';
import { hostPatternCovers } from '../../../src/core/scope/host-pattern-covers.ts';
import { parseScopeTarget } from '../../../src/core/scope/parse-scope-target.ts';
import { parseScopePattern } from '../../../src/core/scope/parse-scope-pattern.ts';
import { parseUserScopeText } from '../../../src/core/scope/parse-user-scope-text.ts';
import { parseUserScope } from '../../../src/core/scope/parse-user-scope.ts';
import { exportHostLists, renderHostLists } from '../../../src/core/scope/export-host-lists.ts';
import { exportBurpScope } from '../../../src/core/scope/export-burp-scope.ts';
import { exportCaidoScope } from '../../../src/core/scope/export-caido-scope.ts';
import { exportZapContext } from '../../../src/core/scope/export-zap-context.ts';
import type { HostPattern } from '../../../src/core/scope/scope-pattern.ts';
import { policyWith } from './helpers.ts';
import { hostSpecificity } from '../../../src/core/scope/rule-specificity.ts';
import { en } from '../../support/english.ts';

// A small world so that random patterns and random hosts actually meet: 26 hosts in all, so random
// scopes cover, exclude and except from one another often.
const LABELS = ['a', 'api', 'app'];
const NAMES = ['ex', 'b'];
const WORLD: string[] = [];
for (const name of NAMES) {
  WORLD.push(`${name}.test`);
  for (const x of LABELS) {
    WORLD.push(`${x}.${name}.test`);
    for (const y of LABELS) WORLD.push(`${y}.${x}.${name}.test`);
  }
}
const hostArb = fc.constantFrom(...WORLD);
const globLabel = fc.constantFrom('a*', '*p', 'ap*', '*');
/** Single tokens: what an exception list names. */
const tokenArb = fc.oneof(
  hostArb,
  hostArb.map((h) => `*.${h}`),
  fc.tuple(globLabel, hostArb).map(([g, h]) => `${g === '*' ? 'x1' : g}.${h}`),
  fc.tuple(globLabel, hostArb).map(([g, h]) => `*.${g === '*' ? 'a*' : g}.${h}`),
);
const patternArb = fc.oneof(tokenArb, hostArb.map((h) => `${h} and all subdomains`));

const MARKERS = ['except', 'except for', 'other than', 'excluding', 'with the exception of', 'apart from', 'but not', 'außer', 'ausgenommen', 'mit Ausnahme von', 'behalve', 'uitgezonderd', 'met uitzondering van', 'sauf', "à l'exception de"];
/** An exclusion and the exceptions it states: in brackets, bare, only in the quoted sentence, or "any other subdomain of". */
interface ExclusionSpec { form: 'paren' | 'bare' | 'quote' | 'other' | 'plain'; base: string; exceptions: string[]; marker: string; alsoInclude: boolean }
const label = fc.constantFrom(...LABELS);
/** Exceptions near a host, so that they often lie inside an exclusion built on it. */
const tokenNear = (h: string) => fc.oneof(
  tokenArb,
  label.map((l) => `${l}.${h}`),
  label.map((l) => `*.${l}.${h}`),
  fc.constant(`*.${h}`),
  globLabel.map((g) => `${g === '*' ? 'a*' : g}.${h}`),
);
const baseNear = (h: string) => fc.constantFrom(h, `*.${h}`, `${h} and all subdomains`, `a*.${h}`, `*.ap*.${h}`);
const exclusionArb: fc.Arbitrary<ExclusionSpec> = hostArb.chain((h) => fc.oneof(
  fc.record({
    form: fc.constantFrom('paren', 'bare', 'quote'), base: baseNear(h), exceptions: fc.array(tokenNear(h), { minLength: 1, maxLength: 3 }),
    marker: fc.constantFrom(...MARKERS), alsoInclude: fc.boolean(),
  }),
  fc.record({ form: fc.constant('other'), base: fc.constant(h), exceptions: fc.array(tokenNear(h), { minLength: 1, maxLength: 2 }), marker: fc.constant(''), alsoInclude: fc.constant(true) }),
  fc.record({ form: fc.constant('plain'), base: patternArb, exceptions: fc.constant([]), marker: fc.constant(''), alsoInclude: fc.constant(false) }),
)) as fc.Arbitrary<ExclusionSpec>;

/** The entry and the sentence it is quoted from, as the policy extractor hands them over. */
function writeExclusion(spec: ExclusionSpec): [string, string] {
  switch (spec.form) {
    case 'paren': { const p = `${spec.base} (${spec.marker} ${spec.exceptions.join(', ')})`; return [p, p]; }
    case 'bare': { const p = `${spec.base} ${spec.marker} ${spec.exceptions.join(' and ')}`; return [p, p]; }
    case 'quote': return [spec.base, `${spec.base} is out of scope, ${spec.marker} ${spec.exceptions.join(', ')}.`];
    case 'other': return [`any other subdomain of ${spec.base}`, `Any other subdomain of ${spec.base} is excluded.`];
    case 'plain': return [spec.base, spec.base];
  }
}
function writeUserExclusion(spec: ExclusionSpec): string {
  const [pattern, quote] = writeExclusion(spec);
  return `!${spec.form === 'quote' ? quote.replace(' is out of scope,', '') : pattern}`;
}

/** Which world hosts a pattern text covers, by the direct definition (hostPatternCovers), no index. */
function worldOf(host: HostPattern): Set<string> {
  return new Set(WORLD.filter((h) => hostPatternCovers(host, parseScopeTarget(h)!)));
}
function baseOf(spec: ExclusionSpec): HostPattern {
  if (spec.form === 'other') return { kind: 'wildcard', suffix: spec.base, apex: false };
  const entry = parseScopePattern(spec.base, 'exclude').value[0];
  if (entry?.type !== 'pattern') throw new Error(`generator wrote a non-pattern: ${spec.base}`);
  return entry.pattern.host;
}
const isSubset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

/**
 * The literal reading of "matched by an exclusion, net of its stated exceptions", computed from the
 * generator's own record of what each exclusion says: the base covers the host, and no stated exception
 * that lies inside the base covers it. "Any other subdomain of x" states as exceptions the inclusions of
 * the same document that lie inside it.
 */
function matchedNet(spec: ExclusionSpec, host: string, sameDocumentInclusions: readonly string[]): boolean {
  const baseHost = baseOf(spec);
  const base = worldOf(baseHost);
  if (!base.has(host)) return false;
  const stated = spec.form === 'other' ? sameDocumentInclusions : spec.exceptions;
  for (const text of stated) {
    const entry = parseScopePattern(text, 'include').value[0];
    if (entry?.type !== 'pattern') continue;
    const covered = worldOf(entry.pattern.host);
    if (isSubset(covered, base) && covered.has(host)) return false;
  }
  // The more specific entry of the same document wins ("app.x" in, "*.x" out); "x and all subdomains" names x itself.
  for (const text of sameDocumentInclusions) {
    const entry = parseScopePattern(text, 'include').value[0];
    if (entry?.type !== 'pattern' || hostSpecificity(entry.pattern.host) <= hostSpecificity(baseHost)) continue;
    const inc = entry.pattern.host;
    if (baseHost.kind === 'wildcard' && baseHost.apex && inc.kind === 'exact' && inc.host === baseHost.suffix) continue;
    const covered = worldOf(inc);
    if (isSubset(covered, base) && covered.has(host)) return false;
  }
  return true;
}

/** A document: random inclusions, plus (often) the hosts its exclusions except, so that exceptions matter. */
interface DocSpec { includes: string[]; excludes: ExclusionSpec[] }
const docArb = (maxIncludes: number, maxExcludes: number): fc.Arbitrary<DocSpec> =>
  fc.tuple(fc.array(patternArb, { maxLength: maxIncludes }), fc.array(exclusionArb, { maxLength: maxExcludes }))
    .map(([random, excludes]) => ({ includes: [...random, ...excludes.filter((e) => e.alsoInclude).flatMap((e) => e.exceptions)], excludes }));

function policyScope(doc: DocSpec, user: DocSpec | null = null): CompiledScope {
  const userText = user ? [...user.includes, ...user.excludes.map(writeUserExclusion)].join('\n') : '';
  return compileScope({ policy: policyWith(doc.includes, doc.excludes.map(writeExclusion)), userScope: parseUserScopeText(userText).value });
}
function covering(scope: CompiledScope, host: string): ScopeRule[] {
  const target = parseScopeTarget(host)!;
  return scope.rules.filter((r) => hostPatternCovers(r.pattern.host, target));
}
/** An exclusion rule covering a host, net of the exceptions compileScope gave it. */
function excludesNet(rule: ScopeRule, host: string): boolean {
  const target = parseScopeTarget(host)!;
  return rule.effect === 'exclude' && hostPatternCovers(rule.pattern.host, target) &&
    !rule.exceptions.some((e) => hostPatternCovers(e.pattern.host, target) && coverageOf(e.pattern, target) === 'full');
}
const runs = { numRuns: 400 };

// How often the properties met the cases they are about: checked at the end, so none of them is vacuous.
const seen = { excludedNet: 0, exceptedInScope: 0, exceptedByWords: 0, exceptedByOther: 0, burpInScope: 0, zapInScope: 0, caidoInScope: 0 };
afterAll(() => {
  console.log('scope properties: cases met', seen);
  expect(seen.excludedNet).toBeGreaterThan(100);
  expect(seen.exceptedInScope).toBeGreaterThan(20);
  expect(seen.exceptedByWords).toBeGreaterThan(8);
  expect(seen.exceptedByOther).toBeGreaterThan(10);
  expect(seen.burpInScope).toBeGreaterThan(20);
  expect(seen.zapInScope).toBeGreaterThan(60);
  expect(seen.caidoInScope).toBeGreaterThan(10);
});

describe('scope properties', () => {
  it('the suffix index finds exactly the rules the direct definition says cover a host', () => {
    fc.assert(fc.property(docArb(6, 5), hostArb, (doc, host) => {
      const scope = policyScope(doc);
      expect(new Set(matchScopeRules(parseScopeTarget(host)!, scope).full)).toEqual(new Set(covering(scope, host)));
    }), runs);
  });

  it('no host matched by an exclusion (net of the exceptions it states, and of more specific inclusions of its document) is ever in scope, from whatever source', () => {
    // Hosts are drawn mostly from under the exclusions: the cases this property is about.
    const caseArb = fc.tuple(docArb(6, 5), docArb(4, 3)).chain(([policy, user]) => {
      const all = [...policy.excludes, ...user.excludes];
      const near = WORLD.filter((h) => all.some((s) => worldOf(baseOf(s)).has(h)));
      const named = WORLD.filter((h) => all.some((s) => s.exceptions.some((e) => worldOf(baseOf({ ...s, form: 'plain', base: e })).has(h))));
      const hosts = [hostArb, ...[near, named].filter((l) => l.length > 0).map((l) => fc.constantFrom(...l))];
      return fc.tuple(fc.constant(policy), fc.constant(user), fc.oneof(...hosts));
    });
    fc.assert(fc.property(caseArb, ([policy, user, host]) => {
      const scope = policyScope(policy, user);
      const verdict = judgeScope(host, scope).verdict;
      const all = [...policy.excludes, ...user.excludes];
      const excluded = policy.excludes.some((s) => matchedNet(s, host, policy.includes)) || user.excludes.some((s) => matchedNet(s, host, user.includes));
      if (excluded) {
        seen.excludedNet++;
        expect(verdict, `${host} in ${JSON.stringify({ policy, user })}`).not.toBe('in_scope');
      } else if (verdict === 'in_scope' && all.some((s) => worldOf(baseOf(s)).has(host))) {
        seen.exceptedInScope++;
        const covers = all.filter((s) => worldOf(baseOf(s)).has(host));
        if (covers.some((s) => s.form === 'other')) seen.exceptedByOther++;
        if (covers.some((s) => s.form !== 'other' && s.form !== 'plain')) seen.exceptedByWords++;
      }
    }), { numRuns: 1000 });
  });

  it('a host is in scope exactly when an inclusion covers it and no exclusion does, net of its exceptions (one document)', () => {
    fc.assert(fc.property(docArb(6, 5), hostArb, (doc, host) => {
      const scope = policyScope(doc);
      const cover = covering(scope, host);
      const expected = cover.some((r) => r.effect === 'include' && !r.refused) && !cover.some((r) => excludesNet(r, host));
      expect(judgeScope(host, scope).verdict === 'in_scope', host).toBe(expected);
    }), runs);
  });

  it('an exception is only ever read from an exception word or "other", and only inside its exclusion', () => {
    fc.assert(fc.property(exclusionArb, (spec) => {
      const scope = policyScope({ includes: [], excludes: [spec] });
      const base = worldOf(baseOf(spec));
      for (const rule of scope.rules) {
        if (spec.form === 'plain' || spec.form === 'other') expect(rule.exceptions).toEqual([]);
        for (const e of rule.exceptions) expect(isSubset(worldOf(e.pattern.host), base)).toBe(true);
      }
    }), runs);
  });

  it('matching never crosses a label boundary', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', '1', '-'), minLength: 1, maxLength: 5 }).filter((w) => !w.startsWith('-') && !w.endsWith('-'));
    fc.assert(fc.property(hostArb, word, fc.constantFrom('', '*.', 'and'), (base, extra, form) => {
      const pattern = form === 'and' ? `${base} and all subdomains` : `${form}${base}`;
      const scope = compileScope({ policy: policyWith([pattern]) });
      for (const host of [`${extra}${base}`, `${base}.${extra}.evil`, `${base}${extra}`]) {
        if (host === base) continue;
        expect(judgeScope(host, scope).verdict, `${pattern} vs ${host}`).toBe('unknown');
      }
    }), runs);
  });

  it('a host no inclusion covers is never in scope', () => {
    fc.assert(fc.property(docArb(6, 5), hostArb, (doc, host) => {
      const scope = policyScope(doc);
      if (!covering(scope, host).some((r) => r.effect === 'include')) expect(judgeScope(host, scope).verdict).not.toBe('in_scope');
    }), runs);
  });

  it('exported host lists, read back as a user scope, give the same verdicts', () => {
    fc.assert(fc.property(docArb(6, 5), fc.array(hostArb, { minLength: 1, maxLength: 10 }), (doc, hosts) => {
      const scope = policyScope(doc);
      const text = renderHostLists(exportHostLists(scope), en);
      const back = compileScope({ policy: null, userScope: parseUserScopeText(text).value });
      for (const host of hosts) expect(judgeScope(host, back).verdict, `${host}\n${text}`).toBe(judgeScope(host, scope).verdict);
    }), runs);
  });

  it('the Burp export puts in scope exactly what scopecheck does', () => {
    fc.assert(fc.property(docArb(6, 5), fc.array(hostArb, { minLength: 1, maxLength: 10 }), (doc, hosts) => {
      const scope = policyScope(doc);
      const burp = exportBurpScope(scope).document.target.scope;
      const include = burp.include.map((r) => new RegExp(r.host));
      const exclude = burp.exclude.map((r) => new RegExp(r.host));
      for (const host of hosts) {
        const inBurp = include.some((re) => re.test(host)) && !exclude.some((re) => re.test(host));
        const verdict = judgeScope(host, scope).verdict;
        if (inBurp) seen.burpInScope++;
        expect(inBurp, host).toBe(verdict === 'in_scope');
      }
    }), runs);
  });

  it('the ZAP context puts in scope exactly what scopecheck does, for whole-URL regexes, also read back', () => {
    fc.assert(fc.property(docArb(6, 5), fc.array(hostArb, { minLength: 1, maxLength: 10 }), (doc, hosts) => {
      const scope = policyScope(doc);
      const { context, xml } = exportZapContext(scope, 'scopecheck', en);
      const back = compileScope({ policy: null, userScope: parseUserScope(xml).value });
      // ZAP compiles case-insensitive; V8 here has no (?-i:…), and these hosts are lower case anyway.
      const compile = (r: string) => new RegExp(`^(?:${r.replace(/\(\?-i:/g, '(?:')})$`, 'i');
      const include = context.include.map(compile);
      const exclude = context.exclude.map(compile);
      for (const host of hosts) {
        const verdict = judgeScope(host, scope).verdict;
        for (const url of [`https://${host}`, `http://${host}/a/b`, `https://${host}:443/`]) {
          const inZap = include.some((re) => re.test(url)) && !exclude.some((re) => re.test(url));
          if (inZap) seen.zapInScope++;
          expect(inZap, url).toBe(verdict === 'in_scope');
        }
        // Read back with --user-scope, the context gives the same in-scope hosts.
        expect(judgeScope(host, back).verdict === 'in_scope', `${host}\n${xml}`).toBe(verdict === 'in_scope');
      }
    }), runs);
  });

  it('the Caido preset, and the preset read back, never put in scope what scopecheck does not', () => {
    fc.assert(fc.property(docArb(6, 5), fc.array(hostArb, { minLength: 1, maxLength: 10 }), (doc, hosts) => {
      const scope = policyScope(doc);
      const { preset } = exportCaidoScope(scope);
      // Caido host globs: '*' any run of characters (dots too), '?' one character.
      const compile = (g: string) => new RegExp(`^${g.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.\\^$+()[\]{}|]/g, '\\$&'))).join('')}$`);
      const allow = preset.allowlist.map(compile);
      const deny = preset.denylist.map(compile);
      // Read back as a user scope, the preset is never wider either.
      const back = compileScope({ policy: null, userScope: parseUserScope(JSON.stringify(preset)).value });
      for (const host of hosts) {
        const inCaido = allow.some((re) => re.test(host)) && !deny.some((re) => re.test(host));
        if (inCaido) seen.caidoInScope++;
        if (inCaido) expect(judgeScope(host, scope).verdict, host).toBe('in_scope');
        if (judgeScope(host, back).verdict === 'in_scope') expect(inCaido && judgeScope(host, scope).verdict === 'in_scope', host).toBe(true);
      }
    }), runs);
  });
});
