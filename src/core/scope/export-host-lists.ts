import type { CompiledScope, ScopeRule } from './compiled-scope.ts';
import { formatScopePattern } from './format-scope-pattern.ts';
import { toPrintable } from './to-printable.ts';
import { msg, type Message } from '../message/message.ts';
import { scopePatternNarrows } from './scope-pattern-narrows.ts';

export interface HostLists {
  include: string[];
  exclude: string[];
  /** What the lists cannot carry (phrases, too-broad inclusions). */
  notes: Message[];
}

/**
 * The resolved scope as plain include/exclude lists in the user-scope text syntax, so that
 * `renderHostLists` output read back with parseUserScopeText gives the same verdicts for every host
 * the lists name. Exclusions keep the exceptions they state, spelled out ("!*.app.x (except a.app.x)"),
 * also those "any other subdomain" takes from the document's own list.
 */
export function exportHostLists(scope: CompiledScope): HostLists {
  const include = new Set<string>();
  const exclude = new Set<string>();
  const notes: Message[] = [];
  for (const rule of scope.rules) {
    if (rule.refused) { notes.push(msg('note_listsRefused', { entry: rule.text, reason: rule.refused })); continue; }
    if (rule.pattern.pathIsPartial) { notes.push(msg('note_listsPartialPaths', { entry: rule.text })); continue; }
    const beaten = rule.effect === 'include' ? findCrossDocumentExclusion(rule, scope) : null;
    if (beaten) { notes.push(msg('note_listsBeaten', { entry: rule.text, exclusion: beaten.text })); continue; }
    const except = formatExceptions(rule);
    for (const line of formatScopePattern(rule.pattern)) (rule.effect === 'include' ? include : exclude).add(`${line}${except}`);
  }
  for (const phrase of scope.phrases) {
    if (phrase.effect === 'include' || phrase.category !== 'other') notes.push(msg(phrase.effect === 'include' ? 'note_listsPhrase' : 'note_listsPhraseExclusion', { entry: phrase.text }));
  }
  return { include: [...include], exclude: [...exclude], notes };
}

/**
 * An exclusion of another document that contains the inclusion whole: it wins across documents, but in one
 * list the more specific inclusion would win, so the inclusion is left out of the lists.
 */
function findCrossDocumentExclusion(rule: ScopeRule, scope: CompiledScope): ScopeRule | null {
  for (const other of scope.rules) {
    if (other.effect !== 'exclude' || other.source === rule.source || !scopePatternNarrows(other.pattern, rule.pattern)) continue;
    if (!other.exceptions.some((e) => scopePatternNarrows(e.pattern, rule.pattern) || sameText(e.pattern, rule.pattern))) return other;
  }
  return null;
}

function sameText(a: ScopeRule['pattern'], b: ScopeRule['pattern']): boolean {
  return formatScopePattern(a).join() === formatScopePattern(b).join();
}

/** " (except a.example.com, *.b.example.com)", or "". An apex-inclusive wildcard is written as its two halves. */
function formatExceptions(rule: ScopeRule): string {
  const words = new Set<string>();
  for (const { pattern } of rule.exceptions) {
    const h = pattern.host;
    if (h.kind === 'wildcard' && h.apex && h.suffix !== '') {
      for (const host of [{ kind: 'exact', host: h.suffix } as const, { ...h, apex: false }]) for (const line of formatScopePattern({ ...pattern, host })) words.add(line);
    } else {
      for (const line of formatScopePattern(pattern)) words.add(line);
    }
  }
  return words.size === 0 ? '' : ` (except ${[...words].join(', ')})`;
}

/** Text form: inclusions, then exclusions prefixed with "!", then the notes (in words) as comments. */
export function renderHostLists(lists: HostLists, say: (message: Message) => string): string {
  const lines = [`# ${say(msg('note_hostListsHeader'))}`];
  lines.push(...lists.include, ...lists.exclude.map((e) => `!${e}`));
  lines.push(...lists.notes.map((n) => `# ${toPrintable(say(msg('note_hostListsNotExported', { note: n })))}`));
  return lines.join('\n') + '\n';
}
