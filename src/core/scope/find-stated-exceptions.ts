import { compileAllScopeWords } from '../policy/compile-all-scope-words.ts';
import { parseScopeToken } from './parse-scope-token.ts';
import { trimTrailing } from './trim-trailing.ts';
import type { ScopePattern } from './scope-pattern.ts';

/** What an exclusion's own words except from it. */
export interface StatedExceptions {
  /** Host patterns named right after an exception word ("except for *.proxy.app.example.com"), with where that word is. */
  patterns: Array<{ pattern: ScopePattern; at: number }>;
  /** "Except the hosts listed above": the document's own in-scope entries are the exceptions. Where that word is, or -1. */
  listedAt: number;
  /** Suffixes of "any other subdomain of example.com": for those, the listed in-scope entries are the exceptions. */
  otherThanListedUnder: string[];
}

const MAX_TEXT = 4000;
const MAX_EXCEPTIONS = 20;
const MAX_MARKERS = 20;

/**
 * The exceptions an exclusion states in its own words: the hosts listed right after an exception marker of any
 * language pack ("except (for)", "other than", "außer", "sauf", "con excepción de"…); "except those listed above";
 * and "any other subdomain of X" (other than the listed ones). Read
 * narrowly: a list must start right after the marker, and only host-shaped words count. Which exclusion
 * an exception narrows (one named before the marker that covers it) is decided by the caller. Never throws.
 */
export function findStatedExceptions(text: string): StatedExceptions {
  const head = text.slice(0, MAX_TEXT);
  const out: StatedExceptions = { patterns: [], listedAt: -1, otherThanListedUnder: [] };
  const words = compileAllScopeWords();
  let markers = 0;
  for (const match of head.matchAll(words.except)) {
    if (++markers > MAX_MARKERS) break;
    const after = head.slice(match.index + match[0].length).trimStart();
    if (words.listed.test(after)) {
      if (out.listedAt === -1) out.listedAt = match.index;
    } else {
      for (const pattern of readHostList(after, MAX_EXCEPTIONS - out.patterns.length, words.fillers)) out.patterns.push({ pattern, at: match.index });
    }
  }
  for (const match of head.matchAll(words.otherSubdomainsOf)) {
    const parsed = parseScopeToken(trimTrailing(match[1]!, '.:'), 'exclude').value;
    if (parsed && parsed.host.kind === 'exact' && out.otherThanListedUnder.length < MAX_EXCEPTIONS) out.otherThanListedUnder.push(parsed.host.host);
  }
  return out;
}

/** Host tokens from the start of `text`, joined by commas and list words; stops at the first other word. */
function readHostList(text: string, max: number, fillers: ReadonlySet<string>): ScopePattern[] {
  const into: ScopePattern[] = [];
  const words = text.slice(0, 1000).split(/[\s,;]+/);
  for (let i = 0; i < words.length && i < 60 && into.length < max; i++) {
    const word = trimTrailing(words[i]!.replace(/^[("'`]+/, ''), '.:)"\'`');
    if (word.length === 0 || fillers.has(word.toLowerCase())) continue;
    if (!/[.:/]/.test(word)) break;
    // Read narrowly: an exception that says less leaves more of the exclusion standing.
    const parsed = parseScopeToken(word, 'include').value;
    if (!parsed) break;
    into.push(parsed);
    // "… except for a.example.com.) Next sentence": the list ends with its sentence or bracket.
    if (/[.)]["'`]*$/.test(words[i]!)) break;
  }
  return into;
}
