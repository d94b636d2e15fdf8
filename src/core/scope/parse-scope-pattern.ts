import type { Finding } from '../schemas/finding.ts';
import { compileAllScopeWords } from '../policy/compile-all-scope-words.ts';
import { classifyScopePhrase } from './classify-scope-phrase.ts';
import { findStatedExceptions } from './find-stated-exceptions.ts';
import { parseScopeToken } from './parse-scope-token.ts';
import { trimTrailing } from './trim-trailing.ts';
import { expandBareRange, expandScopeEntry } from './expand-scope-entry.ts';
import { parseIpRange } from './parse-ip-range.ts';
import type { PhraseCategory, ScopeEffect, ScopePattern } from './scope-pattern.ts';

/** One thing a scope entry says: a host pattern, or a phrase that names no host. */
export type ScopeEntry =
  | {
    type: 'pattern'; effect: ScopeEffect; pattern: ScopePattern; note: string | null;
    /** Exclusions only: what the entry's own words except ("*.app.x (except *.proxy.app.x)"). */
    exceptions?: ScopePattern[];
    /** Exclusions only: "any other subdomain of x", "except those listed": the document's inclusions are excepted. */
    otherThanListed?: boolean;
  }
  | { type: 'phrase'; effect: ScopeEffect; category: PhraseCategory; text: string };

export interface ParsedScopePattern {
  value: ScopeEntry[];
  findings: Finding[];
}

const MAX_ENTRY_LENGTH = 2000;
const BULLET = /^(?:[-•·▪◦*]|\d{1,3}[.)])\s+/;
// The entry grammar's words ("all subdomains of", "and its subdomains", "except", "without") are the packs' scope
// words of every language (compileAllScopeWords): an entry reaches core/scope without its document's language.
// Matched against lower-cased text whose whitespace is already collapsed to single spaces.
const COMMENT_OPEN = /^(?:\(|--? |–|—|: )/;
const LIST_SEPARATOR = / (?:and|or|&) |[,;] ?| /i;

/**
 * Parses one scope entry as a policy or a user writes it: a bare token (see parseScopeToken), a token
 * with a comment ("t.gradle.com -- CNAME to Salesloft", "internet.nl (the website)"), "example.com and all
 * subdomains" (the only way the apex joins a wildcard), "any other subdomain of example.com", a list of
 * tokens, or "X (except Y)" — for an inclusion the exceptions become exclusions; for an exclusion they are
 * ignored (the broader exclusion is the safe reading). Anything else is a phrase. Never throws.
 */
export function parseScopePattern(raw: string, effect: ScopeEffect): ParsedScopePattern {
  const findings: Finding[] = [];
  // Full-width brackets (CJK text writes no space before them) open a comment as ASCII ones do.
  let text = raw.replace(/\s+/g, ' ').replace(/ ?（/g, ' (').replace(/）/g, ')').trim();
  if (text.length > MAX_ENTRY_LENGTH) text = text.slice(0, MAX_ENTRY_LENGTH);
  text = text.replace(BULLET, '');
  const phrase = (): ParsedScopePattern => ({
    value: text.length === 0 ? [] : [{ type: 'phrase', effect, category: classifyScopePhrase(text, effect), text }],
    findings,
  });
  if (text.length === 0) return phrase();
  const grouped = parseGroupedEntry(text, effect, findings);
  if (grouped) return grouped.length > 0 ? { value: grouped, findings } : phrase();

  const single = parseScopeToken(text, effect);
  if (!text.includes(' ')) {
    findings.push(...single.findings);
    return single.value ? { value: [{ type: 'pattern', effect, pattern: single.value, note: null }], findings } : phrase();
  }

  const lower = text.toLowerCase();
  const words = compileAllScopeWords();
  const subOf = words.entrySubdomainsOf.exec(lower);
  if (subOf) {
    const base = parseScopeToken(trimTrailing(subOf[1]!, '.,;:'), effect);
    const rest = (lower.length === text.length ? text : lower).slice(subOf[0].length);
    if (!base.value || base.value.host.kind !== 'exact') return phrase();
    const pattern: ScopePattern = { ...base.value, host: { kind: 'wildcard', suffix: base.value.host.host, apex: false } };
    findings.push(...base.findings);
    const parsed: ParsedScopePattern = words.exceptInComment.test(rest)
      ? withComment(pattern, rest.trim(), effect, findings, phrase)
      : { value: [{ type: 'pattern', effect, pattern, note: rest.trim() || null }], findings };
    // "Any OTHER subdomain of x", as an exclusion: other than the ones the document lists.
    const entry = parsed.value[0];
    if (words.entryOtherSubdomainsOf.test(lower) && effect === 'exclude' && entry?.type === 'pattern') entry.otherThanListed = true;
    return parsed;
  }

  const space = text.indexOf(' ');
  const first = parseScopeToken(text.slice(0, space), effect);
  if (!first.value) return phrase();
  findings.push(...first.findings);
  const rest = text.slice(space + 1).trim();
  let pattern = first.value;

  const andSub = words.entryAndSubdomains.exec(rest.toLowerCase());
  if (andSub) {
    if (pattern.host.kind !== 'exact') return phrase();
    pattern = { ...pattern, host: { kind: 'wildcard', suffix: pattern.host.host, apex: true } };
    const tail = rest.slice(andSub[0].length).trim();
    return withComment(pattern, tail.length > 0 ? tail : null, effect, findings, phrase);
  }
  if (COMMENT_OPEN.test(rest) || words.exceptOpen.test(rest.toLowerCase())) return withComment(pattern, rest, effect, findings, phrase);

  // "a.example.com, b.example.com and c.example.com"
  const parts = text.split(LIST_SEPARATOR).filter((p) => p.length > 0);
  if (parts.length > 1 && parts.length <= 100) {
    const entries: ScopeEntry[] = [];
    for (const part of parts) {
      const parsed = parseScopeToken(part, effect);
      if (!parsed.value) return phrase();
      findings.push(...parsed.findings);
      entries.push({ type: 'pattern', effect, pattern: parsed.value, note: null });
    }
    return { value: entries, findings };
  }
  return phrase();
}

function withComment(
  pattern: ScopePattern,
  comment: string | null,
  effect: ScopeEffect,
  findings: Finding[],
  phrase: () => ParsedScopePattern,
): ParsedScopePattern {
  const note = comment === null ? null : comment.replace(/^(?:\(|--?|–|—|:)\s*/, '').replace(/\)\s*\.?$/, '').trim() || null;
  let host = pattern.host;
  const lowerNote = note?.toLowerCase() ?? '';
  const words = compileAllScopeWords();
  if (note && words.andSubdomains.test(lowerNote)) {
    if (host.kind !== 'exact') return phrase();
    host = { kind: 'wildcard', suffix: host.host, apex: true };
  }
  if (effect === 'exclude') {
    // The exclusion carries the exceptions its own words state; judgeScope reads it net of them.
    const stated = note ? findStatedExceptions(note) : null;
    const entry: ScopeEntry = { type: 'pattern', effect, pattern: { ...pattern, host }, note };
    if (stated && stated.patterns.length > 0) entry.exceptions = stated.patterns.map((p) => p.pattern);
    if (stated && stated.listedAt !== -1) entry.otherThanListed = true;
    return { value: [entry], findings };
  }
  const entries: ScopeEntry[] = [{ type: 'pattern', effect, pattern: { ...pattern, host }, note }];
  const except = note ? words.exceptInComment.exec(note) : null;
  if (note && except) {
    // An inclusion's exceptions become exclusions: reading them broadly is the safe side.
    for (const word of note.slice(except.index + except[0].length).split(LIST_SEPARATOR)) {
      const parsed = parseScopeToken(trimTrailing(word, '().'), 'exclude');
      if (parsed.value) entries.push({ type: 'pattern', effect: 'exclude', pattern: parsed.value, note: `exception to "${formatNoteSubject(pattern)}"` });
    }
  }
  return { value: entries, findings };
}

function formatNoteSubject(pattern: ScopePattern): string {
  const h = pattern.host;
  return h.kind === 'exact' ? h.host : h.kind === 'wildcard' ? `*.${h.suffix}` : h.kind === 'glob' ? `${h.labels.join('.')}.${h.suffix}` : 'the entry';
}

/**
 * Entries that stand for several hosts or addresses (see expandScopeEntry and parseIpRange): their
 * patterns; [] when the entry cannot be read whole (then it is a phrase, i.e. unreadable when it names
 * hosts); null when the entry is not of that kind. An exclusion reads "node1-8" both as one host and as
 * a range (the broader reading); an inclusion never takes a broadened group.
 */
function parseGroupedEntry(text: string, effect: ScopeEffect, findings: Finding[]): ScopeEntry[] | null {
  const range = parseIpRange(text);
  if (range) return range.map(({ network, prefix }) => ({ type: 'pattern', effect, pattern: { host: { kind: 'ip', network, prefix }, ports: null, path: null, pathIsPartial: false }, note: null }));
  const bare = effect === 'exclude' ? expandBareRange(text) : null;
  const expanded = expandScopeEntry(bare ?? text);
  if (!expanded) return null;
  if (expanded.broadened && effect === 'include') return [];
  const out: ScopeEntry[] = [];
  const literal = bare ? parseScopeToken(text, effect).value : null;
  if (literal) out.push({ type: 'pattern', effect, pattern: literal, note: null });
  for (const token of expanded.tokens) {
    if (token === text) return null;
    const parsed = parseScopePattern(token, effect);
    if (parsed.value.length === 0 || parsed.value.some((entry) => entry.type !== 'pattern')) return [];
    findings.push(...parsed.findings);
    out.push(...parsed.value);
  }
  return out.filter((entry) => entry.type === 'pattern');
}
