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

// Case-insensitive (paths keep their case). Flat alternations, each marker a fixed phrase: linear time.
const MARKER = /(?:^|[^\p{L}\p{N}_-])(?:except(?: for)?|excepting|other than|excluding|with the exception of|apart from|but not|außer|ausser|ausgenommen|mit ausnahme von|behalve|uitgezonderd|met uitzondering van|sauf|excepté|hormis|à l['’]exception (?:de|du|des))(?![\p{L}\p{N}_-])/giu;
const LISTED = /^(?:(?:those|the ones|the|any|all) )?(?:(?:hosts?|domains?|sub-?domains?|systems?|assets?|services?|sites?|websites?|targets?|ones) )?(?:(?:that are|which are) )?(?:explicitly |expressly |specifically )?(?:listed|mentioned|named|specified)(?![\p{L}\p{N}])/iu;
const OTHER_SUBDOMAINS = /(?:^|[^\p{L}\p{N}_-])(?:(?:any|all|every) other (?:sub-?domains?|hosts?|host ?names?|domains?|sites?)|alle anderen? (?:sub-?domains?|hosts?|domains?)|alle andere (?:sub-?domeinen|domeinen|hosts?)|tout autre sous-domaine|tous les autres sous-domaines) (?:of|under|on|below|beneath|von|unter|van|onder|de|du) ([^\s,;()]{1,300})/giu;
// Words that may sit between the marker and the hosts, or between hosts.
const FILLERS = new Set(['for', 'the', 'of', 'von', 'van', 'de', 'du', 'des', ':', 'and', 'or', '&', 'und', 'oder', 'en', 'et', 'ou', 'host', 'hosts', 'domain', 'domains', 'subdomain', 'subdomains', 'sub-domain', 'sub-domains']);

/**
 * The exceptions an exclusion states in its own words: the hosts listed right after "except (for)",
 * "other than", "excluding", "with the exception of", "apart from", "but not" (and außer, ausgenommen,
 * mit Ausnahme von, behalve, uitgezonderd, met uitzondering van, sauf, à l'exception de, excepté, hormis);
 * "except those listed above"; and "any other subdomain of X" (other than the listed ones). Read
 * narrowly: a list must start right after the marker, and only host-shaped words count. Which exclusion
 * an exception narrows (one named before the marker that covers it) is decided by the caller. Never throws.
 */
export function findStatedExceptions(text: string): StatedExceptions {
  const head = text.slice(0, MAX_TEXT);
  const out: StatedExceptions = { patterns: [], listedAt: -1, otherThanListedUnder: [] };
  let markers = 0;
  for (const match of head.matchAll(MARKER)) {
    if (++markers > MAX_MARKERS) break;
    const after = head.slice(match.index + match[0].length).trimStart();
    if (LISTED.test(after)) {
      if (out.listedAt === -1) out.listedAt = match.index;
    } else {
      for (const pattern of readHostList(after, MAX_EXCEPTIONS - out.patterns.length)) out.patterns.push({ pattern, at: match.index });
    }
  }
  for (const match of head.matchAll(OTHER_SUBDOMAINS)) {
    const parsed = parseScopeToken(trimTrailing(match[1]!, '.:'), 'exclude').value;
    if (parsed && parsed.host.kind === 'exact' && out.otherThanListedUnder.length < MAX_EXCEPTIONS) out.otherThanListedUnder.push(parsed.host.host);
  }
  return out;
}

/** Host tokens from the start of `text`, joined by commas and list words; stops at the first other word. */
function readHostList(text: string, max: number): ScopePattern[] {
  const into: ScopePattern[] = [];
  const words = text.slice(0, 1000).split(/[\s,;]+/);
  for (let i = 0; i < words.length && i < 60 && into.length < max; i++) {
    const word = trimTrailing(words[i]!.replace(/^[("'`]+/, ''), '.:)"\'`');
    if (word.length === 0 || FILLERS.has(word.toLowerCase())) continue;
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
