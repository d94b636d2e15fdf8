import type { ScopeVerdict, Verdict } from '../schemas/scope-verdict.ts';
import type { PhraseCategory, ScopeEffect } from './scope-pattern.ts';
import type { CompiledScope, ScopeException, ScopePhrase, ScopeRule } from './compiled-scope.ts';
import { describeCoverage, describeLimits, describeOrigin, describeRule } from './describe-scope-rule.ts';
import { coverageOf, matchScopeRules, type ScopeMatches } from './match-scope-rules.ts';
import { formatScopePattern } from './format-scope-pattern.ts';
import { parseScopeTarget, type ScopeTarget } from './parse-scope-target.ts';
import { describeSecurityTxt } from './describe-security-txt.ts';
import { msg, type Message } from '../message/message.ts';
import { hostPatternCovers } from './host-pattern-covers.ts';
import { unreadableConcerns, type UnreadableEntry } from './find-unreadable-entry.ts';

const MAX_ECHO = 300;
const MAX_PHRASE_REASONS = 4;

/**
 * The verdict for one host (or URL, or host:port) against a compiled scope.
 * Precedence: an exclusion that covers the host beats every inclusion, except where it has an exception:
 * one its own words state ("*.app.x is excluded, except for *.proxy.app.x"; "any other subdomain of x",
 * i.e. other than the listed ones), or an inclusion of the same document strictly inside it, i.e. more
 * specific (in "app.x.com", out "*.x.com": app.x.com is in scope, as the platforms mean it; see
 * compileScope). Between equally specific entries, and across documents, the exclusion wins. Among
 * inclusions the most specific decides. An exclusion that could not be read but may concern the host
 * turns in_scope into unknown.
 * A host nothing covers is `unknown`, unless the policy says anything unlisted is excluded, or the host
 * is another tenant of a hosting platform on which the policy lists its own hosts (then `out_of_scope`).
 * security.txt, phrases with no host, and too-broad wildcards never put anything in scope.
 */
export function judgeScope(input: string | ScopeTarget, scope: CompiledScope): ScopeVerdict {
  const target = typeof input === 'string' ? parseScopeTarget(input) : input;
  if (!target) return invalidTarget(typeof input === 'string' ? input : '');
  const matches = matchScopeRules(target, scope);
  const host = target.host;
  const reasons: Message[] = [];

  const excepted: ScopeRule[] = [];
  let exclusion: ScopeRule | null = null;
  for (const rule of matches.full) {
    if (rule.effect !== 'exclude') continue;
    if (findException(rule, target)) excepted.push(rule);
    else if (!exclusion || rule.specificity > exclusion.specificity) exclusion = rule;
  }
  const winner = exclusion ? null : pickInclusion(matches.full);
  const lost = winner ? findConcerningUnreadable(target, scope) : [];
  if (winner && (scope.opaqueExclusions.length > 0 || lost.length > 0 || conflictsWithClosedWorld(winner, matches, scope))) {
    return judgeUncovered(target, matches, scope, winner, excepted, reasons, lost);
  }
  if (winner) {
    reasons.push(msg('reason_coveredBy', { rule: describeRule(winner), coverage: describeCoverage(winner.pattern) }));
    for (const rule of excepted) reasons.push(describeException(rule, target));
    if (winner.note) reasons.push(msg('reason_entryNote', { note: winner.note }));
    for (const rule of matches.partial) {
      if (rule.effect === 'exclude') reasons.push(msg('reason_notAllOfIt', { rule: describeRule(rule), limits: describeLimits(rule.pattern) ?? '' }));
    }
    addPhraseCaveats(reasons, target, scope, 'exclude', ['systems', 'this_site'], (p) => msg('reason_phraseUnmapped', { host, rule: describeRule(p) }));
    return finish(target, 'in_scope', winner, reasons, matches, scope);
  }
  if (exclusion) {
    if (exclusion.platform) {
      reasons.push(msg('reason_thirdPartyExcluded', { host, platform: exclusion.platform.name, rule: describeRule(exclusion), suffix: exclusion.platform.suffix }));
    } else {
      reasons.push(msg('reason_excludedBy', { rule: describeRule(exclusion), coverage: describeCoverage(exclusion.pattern) }));
    }
    const beaten = pickInclusion(matches.full);
    if (beaten) {
      reasons.push(beaten.source === exclusion.source
        ? msg('reason_exclusionAsSpecific', { rule: describeRule(beaten) })
        : msg('reason_exclusionOriginWins', { excluding: describeOrigin(exclusion.origin), including: describeOrigin(beaten.origin), rule: describeRule(beaten) }));
    }
    if (exclusion.note) reasons.push(msg('reason_entryNote', { note: exclusion.note }));
    return finish(target, 'out_of_scope', exclusion, reasons, matches, scope);
  }
  return judgeUncovered(target, matches, scope, null, excepted, reasons);
}

/** The exception of an exclusion that covers the whole target, or null: then the exclusion does not apply. */
function findException(rule: ScopeRule, target: ScopeTarget): ScopeException | null {
  for (const exception of rule.exceptions) {
    if (hostPatternCovers(exception.pattern.host, target) && coverageOf(exception.pattern, target) === 'full') return exception;
  }
  return null;
}

function describeException(rule: ScopeRule, target: ScopeTarget): Message {
  const exception = findException(rule, target);
  if (exception?.listed) return msg('reason_exceptionListed', { listed: exception.listed.text, rule: describeRule(rule) });
  const named = exception ? formatScopePattern(exception.pattern).join(', ') : '';
  return msg('reason_exceptionStated', { named, rule: describeRule(rule) });
}

/** The most specific inclusion that may grant (not refused as too broad), or null. */
function pickInclusion(full: readonly ScopeRule[]): ScopeRule | null {
  let best: ScopeRule | null = null;
  for (const rule of full) if (rule.effect === 'include' && !rule.refused && (!best || rule.specificity > best.specificity)) best = rule;
  return best;
}

/** Unreadable exclusions that could concern the target (see unreadableConcerns). */
function findConcerningUnreadable(target: ScopeTarget, scope: CompiledScope): UnreadableEntry[] {
  if (scope.unreadable.length === 0) return [];
  return scope.unreadable.filter((u) => u.effect === 'exclude' && unreadableConcerns(u, target.host, target.kind !== 'dns'));
}

/** The user's scope includes a host the policy covers with nothing but "anything unlisted is excluded". */
function conflictsWithClosedWorld(winner: ScopeRule, matches: ScopeMatches, scope: CompiledScope): boolean {
  if (!scope.closedWorld || winner.source === 'policy') return false;
  return !matches.full.some((r) => r.source === 'policy' && r.effect === 'include' && !r.refused);
}

function judgeUncovered(
  target: ScopeTarget, matches: ScopeMatches, scope: CompiledScope, blocked: ScopeRule | null, excepted: readonly ScopeRule[], reasons: Message[],
  lost: readonly UnreadableEntry[] = [],
): ScopeVerdict {
  const host = target.host;
  if (blocked && lost.length > 0) {
    const entries = lost.slice(0, 3).map((u) => JSON.stringify(u.text)).join(', ');
    reasons.push(lost.length === 1
      ? msg('reason_coveredButOneUnreadable', { entries, rule: describeRule(blocked) })
      : msg('reason_coveredButUnreadable', { count: lost.length, entries, rule: describeRule(blocked) }));
    for (const u of lost.slice(0, 3)) reasons.unshift(msg('reason_exclusionUnreadable', { entry: JSON.stringify(u.text) }));
    return { ...finish(target, 'unknown', null, reasons, matches, scope), unreadable: lost.map((u) => u.text) };
  }
  if (blocked && scope.opaqueExclusions.length > 0) {
    reasons.push(msg('reason_coveredButBurpOpaque', { entries: scope.opaqueExclusions.slice(0, 3).join(', '), rule: describeRule(blocked) }));
    return finish(target, 'unknown', null, reasons, matches, scope);
  }
  if (blocked && scope.closedWorld) {
    reasons.push(msg('reason_coveredButClosedWorld', { rule: describeRule(blocked), words: scope.closedWorld.text }));
    return finish(target, 'unknown', null, reasons, matches, scope);
  }
  const partialIncludes = matches.partial.filter((r) => r.effect === 'include' && !r.refused);
  for (const rule of partialIncludes) reasons.push(msg('reason_onlyPart', { host, limits: describeLimits(rule.pattern) ?? '', rule: describeRule(rule) }));
  for (const rule of matches.full) {
    if (rule.refused) reasons.push(msg('reason_refused', { refused: rule.refused, rule: describeRule(rule) }));
  }
  const apex = matches.apexOf;
  if (apex) reasons.push(msg('reason_apex', { host, rule: describeRule(apex) }));

  for (const rule of excepted) {
    const exception = findException(rule, target);
    const named = exception ? formatScopePattern(exception.pattern).join(', ') : host;
    reasons.push(msg('reason_exceptionNotInclusion', { named, rule: describeRule(rule) }));
  }
  // A host an exclusion expressly excepts is named by the policy: "anything not listed" does not decide it.
  const decidedByClosedWorld = scope.closedWorld !== null && !apex && partialIncludes.length === 0 && !scope.openInclusion && excepted.length === 0;
  if (scope.closedWorld && scope.openInclusion && !apex) {
    reasons.push(msg('reason_closedWorldOpenInclusion', { open: scope.openInclusion.text, words: scope.closedWorld.text }));
  }
  if (decidedByClosedWorld && scope.closedWorld) {
    reasons.unshift(msg('reason_closedWorld', { host, words: scope.closedWorld.text }));
    return finish(target, 'out_of_scope', scope.closedWorld, reasons, matches, scope);
  }
  const platform = matches.platform;
  const listed = platform ? scope.tenants.get(platform.suffix) : undefined;
  if (platform && listed && listed.length > 0 && partialIncludes.length === 0) {
    const names = listed.slice(0, 5).map((r) => r.text).join(', ');
    reasons.unshift(msg('reason_otherTenant', { host, names, platform: platform.name, suffix: platform.suffix }));
    return finish(target, 'out_of_scope', listed[0]!, reasons, matches, scope, `other ${platform.suffix} hosts`);
  }
  if (!scope.hasPolicy && !scope.hasUserScope) {
    reasons.unshift(msg('reason_nothingGiven'));
  } else if (scope.rules.length === 0 && scope.phrases.length === 0) {
    reasons.unshift(msg(scope.fromCommunityData ? 'reason_communityDataOnly' : 'reason_noSystemsInScope'));
  } else {
    reasons.unshift(msg('reason_noEntryCovers', { host }));
  }
  addPhraseCaveats(reasons, target, scope, 'include', ['systems', 'this_site'], (p) => msg('reason_phraseNamesNoHost', { host, rule: describeRule(p) }));
  addPhraseCaveats(reasons, target, scope, 'exclude', ['unlisted_kind'], (p) => msg('reason_phraseExcludesKind', { host, rule: describeRule(p) }));
  return finish(target, 'unknown', null, reasons, matches, scope);
}

/**
 * Phrases naming systems without hosts, shown as caveats; a phrase that mentions hosts only for those.
 * `categories` are the host-less phrases shown ("this site" only while the page host is unknown).
 */
function addPhraseCaveats(
  reasons: Message[], target: ScopeTarget, scope: CompiledScope, effect: ScopeEffect, categories: readonly PhraseCategory[], say: (p: ScopePhrase) => Message,
): void {
  let n = 0;
  for (const phrase of scope.phrases) {
    if (phrase.effect !== effect || n >= MAX_PHRASE_REASONS || !categories.includes(phrase.category)) continue;
    const relevant = phrase.mentions.length > 0
      ? phrase.mentions.some((m) => hostPatternCovers(m, target))
      : phrase.category !== 'this_site' || !scope.pageHost;
    if (!relevant) continue;
    reasons.push(say(phrase));
    n++;
  }
}

function finish(
  target: ScopeTarget, verdict: Verdict, rule: ScopeRule | ScopePhrase | null, reasons: Message[],
  matches: ScopeMatches, scope: CompiledScope, ruleText?: string,
): ScopeVerdict {
  const platform = matches.platform;
  if (platform && !(rule && 'platform' in rule && rule.platform)) {
    reasons.push(msg('reason_hostedByThirdParty', { host: target.host, platform: platform.name, suffix: platform.suffix }));
  }
  const txt = describeSecurityTxt(target.host, scope.txt);
  if (txt) reasons.push(txt);
  return {
    schema: 'scopecheck.scope/1',
    host: target.host,
    verdict,
    rule: ruleText ?? rule?.text ?? null,
    quote: rule?.quote ?? null,
    reasons,
    rule_source: rule?.origin ?? null,
    third_party_platform: platform ? platform.suffix : null,
  };
}

function invalidTarget(input: string): ScopeVerdict {
  const echo = input.trim().length > MAX_ECHO ? `${input.trim().slice(0, MAX_ECHO)}…` : input.trim();
  const reason = msg(echo.includes('*') ? 'reason_targetIsPattern' : 'reason_targetInvalid', { input: echo });
  return { schema: 'scopecheck.scope/1', host: echo, verdict: 'unknown', rule: null, quote: null, reasons: [reason], rule_source: null, third_party_platform: null };
}

