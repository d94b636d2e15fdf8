import type { ScopeVerdict } from '../schemas/scope-verdict.ts';
import type { CompiledScope } from '../scope/compiled-scope.ts';
import { isScopeSilent } from '../scope/is-scope-silent.ts';
import { judgeScope } from '../scope/judge-scope.ts';
import { parseScopeTarget } from '../scope/parse-scope-target.ts';
import { combineProgrammeVerdict } from './combine-programme-verdict.ts';
import type { CompiledPlatformIndex } from './compile-platform-index.ts';
import { findPlatformProgrammes } from './find-platform-programmes.ts';

/**
 * judgeScope, with the platforms' programmes taking part when an index is given (combineProgrammeVerdict);
 * the verdict then always has `programmes` (empty when none covers the host).
 */
export function judgeWithPlatforms(input: string, scope: CompiledScope, platforms: CompiledPlatformIndex | null): ScopeVerdict {
  if (!platforms) return judgeScope(input, scope);
  const target = parseScopeTarget(input);
  // judgeScope's verdict is a new object: `programmes` is added to it, not to a copy (bulk runs judge millions).
  if (!target) return withNoProgrammes(judgeScope(input, scope));
  const verdict = judgeScope(target, scope);
  const programmes = findPlatformProgrammes(target, platforms);
  return programmes.length === 0 ? withNoProgrammes(verdict) : combineProgrammeVerdict(verdict, programmes, isScopeSilent(target, scope));
}

function withNoProgrammes(verdict: ScopeVerdict): ScopeVerdict {
  verdict.programmes = [];
  return verdict;
}
