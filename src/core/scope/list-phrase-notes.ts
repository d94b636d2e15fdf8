import type { CompiledScope } from './compiled-scope.ts';

/**
 * What no host-based export can carry: scope entries that name no host (vulnerability classes and
 * activities are left out: they do not bear on hosts), and "anything not listed is out of scope",
 * which an allowlist says by itself.
 */
export function listPhraseNotes(scope: CompiledScope, tool: string): string[] {
  const notes: string[] = [];
  for (const phrase of scope.phrases) {
    if (phrase.effect === 'exclude' && phrase.category === 'other') continue;
    notes.push(`Not exported (names no host): the ${phrase.effect === 'include' ? 'in-scope' : 'out-of-scope'} entry "${phrase.text}".`);
  }
  if (scope.closedWorld) notes.push(`The policy says "${scope.closedWorld.text}": ${tool}'s scope already treats everything not included as out of scope.`);
  return notes;
}
