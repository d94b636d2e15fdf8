import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import type { CompiledScope, ScopeRule } from '../../../src/core/scope/compiled-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import { matchScopeRules } from '../../../src/core/scope/match-scope-rules.ts';
import { hostPatternCovers } from '../../../src/core/scope/host-pattern-covers.ts';
import { parseScopeTarget } from '../../../src/core/scope/parse-scope-target.ts';
import { parseUserScopeText } from '../../../src/core/scope/parse-user-scope-text.ts';
import { exportHostLists, renderHostLists } from '../../../src/core/scope/export-host-lists.ts';
import { exportBurpScope } from '../../../src/core/scope/export-burp-scope.ts';
import { policyWith } from './helpers.ts';

// A small world so that random patterns and random hosts actually meet.
// About twenty hosts in all: random scopes cover, exclude and carve out of one another often.
const label = fc.constantFrom('a', 'api', 'app');
const hostArb = fc.tuple(fc.array(label, { minLength: 0, maxLength: 2 }), fc.constantFrom('ex', 'b')).map(([sub, name]) => [...sub, name, 'test'].join('.'));
const globLabel = fc.constantFrom('a*', '*p', 'ap*', '*');
const patternArb = fc.oneof(
  hostArb,
  hostArb.map((h) => `*.${h}`),
  hostArb.map((h) => `${h} and all subdomains`),
  fc.tuple(globLabel, hostArb).map(([g, h]) => `${g === '*' ? 'x1' : g}.${h}`),
  fc.tuple(globLabel, hostArb).map(([g, h]) => `*.${g === '*' ? 'a*' : g}.${h}`),
);
const ruleArb = fc.tuple(fc.boolean(), patternArb);
const rulesArb = fc.array(ruleArb, { minLength: 1, maxLength: 12 });

function policyScope(rules: Array<[boolean, string]>): CompiledScope {
  return compileScope({ policy: policyWith(rules.filter(([inc]) => inc).map(([, p]) => p), rules.filter(([inc]) => !inc).map(([, p]) => p)) });
}
function covering(scope: CompiledScope, host: string): ScopeRule[] {
  const target = parseScopeTarget(host)!;
  return scope.rules.filter((r) => hostPatternCovers(r.pattern.host, target));
}
const runs = { numRuns: 400 };

describe('scope properties', () => {
  it('the suffix index finds exactly the rules the direct definition says cover a host', () => {
    fc.assert(fc.property(rulesArb, hostArb, (rules, host) => {
      const scope = policyScope(rules);
      const fromIndex = new Set(matchScopeRules(parseScopeTarget(host)!, scope).full);
      const direct = new Set(covering(scope, host));
      expect(fromIndex).toEqual(direct);
    }), runs);
  });

  it('no host covered by an exclusion of another document is ever in scope', () => {
    fc.assert(fc.property(fc.array(patternArb, { maxLength: 8 }), fc.array(patternArb, { minLength: 1, maxLength: 6 }), hostArb, (userIncludes, policyExcludes, host) => {
      const scope = compileScope({ policy: policyWith([], policyExcludes), userScope: parseUserScopeText(userIncludes.join('\n')).value });
      const excluded = covering(scope, host).some((r) => r.effect === 'exclude');
      if (excluded) expect(judgeScope(host, scope).verdict).not.toBe('in_scope');
    }), runs);
  });

  it('within one document, a host covered by an exclusion is in scope only through a strictly more specific inclusion', () => {
    fc.assert(fc.property(rulesArb, hostArb, (rules, host) => {
      const scope = policyScope(rules);
      const cover = covering(scope, host);
      const maxExclusion = Math.max(-1, ...cover.filter((r) => r.effect === 'exclude').map((r) => r.specificity));
      const carveOut = cover.some((r) => r.effect === 'include' && !r.refused && r.specificity > maxExclusion);
      expect(judgeScope(host, scope).verdict === 'in_scope').toBe(carveOut);
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
    fc.assert(fc.property(rulesArb, hostArb, (rules, host) => {
      const scope = policyScope(rules);
      if (!covering(scope, host).some((r) => r.effect === 'include')) expect(judgeScope(host, scope).verdict).not.toBe('in_scope');
    }), runs);
  });

  it('exported host lists, read back as a user scope, give the same verdicts', () => {
    fc.assert(fc.property(rulesArb, fc.array(hostArb, { minLength: 1, maxLength: 10 }), (rules, hosts) => {
      const scope = policyScope(rules);
      const back = compileScope({ policy: null, userScope: parseUserScopeText(renderHostLists(exportHostLists(scope))).value });
      for (const host of hosts) {
        const before = judgeScope(host, scope).verdict;
        const after = judgeScope(host, back).verdict;
        expect(after, host).toBe(before);
      }
    }), runs);
  });

  it('the Burp export never puts in scope what scopecheck does not', () => {
    fc.assert(fc.property(rulesArb, fc.array(hostArb, { minLength: 1, maxLength: 10 }), (rules, hosts) => {
      const scope = policyScope(rules);
      const burp = exportBurpScope(scope).document.target.scope;
      const include = burp.include.map((r) => new RegExp(r.host));
      const exclude = burp.exclude.map((r) => new RegExp(r.host));
      for (const host of hosts) {
        const inBurp = include.some((re) => re.test(host)) && !exclude.some((re) => re.test(host));
        const verdict = judgeScope(host, scope).verdict;
        if (inBurp) expect(verdict, host).toBe('in_scope');
        if (verdict === 'in_scope') expect(inBurp, host).toBe(true);
      }
    }), runs);
  });
});
