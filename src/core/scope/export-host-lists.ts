import type { CompiledScope, ScopeRule } from './compiled-scope.ts';
import { hostPatternsMayOverlap } from './host-pattern-contains.ts';
import { formatScopePattern } from './format-scope-pattern.ts';
import { toPrintable } from './to-printable.ts';

export interface HostLists {
  include: string[];
  exclude: string[];
  /** What the lists cannot carry (phrases, too-broad inclusions). */
  notes: string[];
}

/**
 * The resolved scope as plain include/exclude lists in the user-scope text syntax, so that
 * `renderHostLists` output read back with parseUserScopeText gives the same verdicts for every host
 * the lists name (carve-outs aside: in one list exclusions always win, see the notes).
 */
export function exportHostLists(scope: CompiledScope): HostLists {
  const include = new Set<string>();
  const exclude = new Set<string>();
  const notes: string[] = [];
  for (const rule of scope.rules) {
    if (rule.refused) { notes.push(`in-scope entry "${rule.text}" ${rule.refused}`); continue; }
    if (rule.pattern.pathIsPartial) { notes.push(`"${rule.text}" covers only some paths`); continue; }
    const shadow = rule.effect === 'include' ? findCrossSourceShadow(rule, scope.rules) : null;
    if (shadow) { notes.push(`"${rule.text}" is inside the exclusion "${shadow.text}" of another document`); continue; }
    for (const line of formatScopePattern(rule.pattern)) (rule.effect === 'include' ? include : exclude).add(line);
  }
  for (const phrase of scope.phrases) {
    if (phrase.effect === 'include' || phrase.category !== 'other') notes.push(`${phrase.effect === 'include' ? 'in scope' : 'out of scope'}, names no host: ${phrase.text}`);
  }
  return { include: [...include], exclude: [...exclude], notes };
}

/**
 * An exclusion from the other document that may overlap a more specific inclusion. In the merged lists
 * both would read as one document, where the inclusion would become a carve-out: it is left out instead.
 */
function findCrossSourceShadow(include: ScopeRule, rules: readonly ScopeRule[]): ScopeRule | null {
  for (const rule of rules) {
    if (rule.effect !== 'exclude' || rule.source === include.source || rule.specificity >= include.specificity) continue;
    if (hostPatternsMayOverlap(rule.pattern.host, include.pattern.host)) return rule;
  }
  return null;
}

/** Text form: inclusions, then exclusions prefixed with "!", then notes as comments. */
export function renderHostLists(lists: HostLists): string {
  const lines = ['# scope resolved by scopecheck: one pattern per line, "!" excludes; an exclusion beats any less specific inclusion'];
  lines.push(...lists.include, ...lists.exclude.map((e) => `!${e}`));
  lines.push(...lists.notes.map((n) => `# not exported: ${toPrintable(n)}`));
  return lines.join('\n') + '\n';
}
