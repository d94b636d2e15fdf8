import type { CompiledScope } from './compiled-scope.ts';
import { unreadableConcerns } from './find-unreadable-entry.ts';
import { matchScopeRules } from './match-scope-rules.ts';
import type { ScopeTarget } from './parse-scope-target.ts';

/**
 * Whether the documents say nothing about the target: no entry covers it (wholly or in part), no
 * "anything not listed is excluded", no unreadable or untranslatable exclusion may concern it. Another
 * source (a platform programme) may then decide it.
 */
export function isScopeSilent(target: ScopeTarget, scope: CompiledScope): boolean {
  if (scope.closedWorld || scope.opaqueExclusions.length > 0) return false;
  const matches = matchScopeRules(target, scope);
  if (matches.full.length > 0 || matches.partial.length > 0 || matches.apexOf) return false;
  return !scope.unreadable.some((u) => u.effect === 'exclude' && unreadableConcerns(u, target.host, target.kind !== 'dns'));
}
