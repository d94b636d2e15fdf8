import type { ScopeVerdict, Verdict } from '../schemas/scope-verdict.ts';
import type { PhraseCategory, ScopeEffect } from './scope-pattern.ts';
import type { CompiledScope, ScopeException, ScopePhrase, ScopeRule } from './compiled-scope.ts';
import { describeCoverage, describeLimits, describeOrigin, describeRule } from './describe-scope-rule.ts';
import { coverageOf, matchScopeRules, type ScopeMatches } from './match-scope-rules.ts';
import { formatScopePattern } from './format-scope-pattern.ts';
import { parseScopeTarget, type ScopeTarget } from './parse-scope-target.ts';
import { describeSecurityTxt } from './describe-security-txt.ts';
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
  const reasons: string[] = [];

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
    reasons.push(`Covered by ${describeRule(winner)}${describeCoverage(winner.pattern)}.`);
    for (const rule of excepted) reasons.push(describeException(rule, target));
    if (winner.note) reasons.push(`The entry comes with the words "${winner.note}".`);
    for (const rule of matches.partial) {
      if (rule.effect === 'exclude') reasons.push(`Not all of it: ${describeRule(rule)} excludes ${describeLimits(rule.pattern)}.`);
    }
    addPhraseCaveats(reasons, target, scope, 'exclude', ['systems', 'this_site'], (p) => `${capitalise(describeRule(p))} cannot be mapped to hosts: check whether it applies to ${host}.`);
    return finish(target, 'in_scope', winner, reasons, matches, scope);
  }
  if (exclusion) {
    if (exclusion.platform) {
      reasons.push(`${host} is hosted on ${exclusion.platform.name} (${exclusion.platform.suffix}), and ${describeRule(exclusion)} covers third-party hosting.`);
    } else {
      reasons.push(`Excluded by ${describeRule(exclusion)}${describeCoverage(exclusion.pattern)}.`);
    }
    const beaten = pickInclusion(matches.full);
    if (beaten) {
      reasons.push(beaten.source === exclusion.source
        ? `${capitalise(describeRule(beaten))} also covers it, but the exclusion is at least as specific (between equally specific entries the exclusion wins).`
        : `${capitalise(describeRule(beaten))} also covers it, but an exclusion in ${describeOrigin(exclusion.origin)} always takes precedence over ${describeOrigin(beaten.origin)}.`);
    }
    if (exclusion.note) reasons.push(`The entry comes with the words "${exclusion.note}".`);
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

function describeException(rule: ScopeRule, target: ScopeTarget): string {
  const exception = findException(rule, target);
  if (exception?.listed) return `${capitalise(describeRule(rule))} covers it too, but excludes only what the document does not list ("${exception.listed.text}" is listed).`;
  const named = exception ? formatScopePattern(exception.pattern).join(', ') : '';
  return `${capitalise(describeRule(rule))} covers it too, but states an exception for ${named} itself.`;
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
  target: ScopeTarget, matches: ScopeMatches, scope: CompiledScope, blocked: ScopeRule | null, excepted: readonly ScopeRule[], reasons: string[],
  lost: readonly UnreadableEntry[] = [],
): ScopeVerdict {
  const host = target.host;
  if (blocked && lost.length > 0) {
    reasons.push(`${capitalise(describeRule(blocked))} covers it, but ${lost.length === 1 ? 'an exclusion' : `${lost.length} exclusions`} could not be read: ${lost.slice(0, 3).map((u) => JSON.stringify(u.text)).join(', ')}.`);
    for (const u of lost.slice(0, 3)) reasons.unshift(`an exclusion could not be read: ${JSON.stringify(u.text)}`);
    return { ...finish(target, 'unknown', null, reasons, matches, scope), unreadable: lost.map((u) => u.text) };
  }
  if (blocked && scope.opaqueExclusions.length > 0) {
    reasons.push(`${capitalise(describeRule(blocked))} covers it, but your Burp scope has exclusions scopecheck cannot read (${scope.opaqueExclusions.slice(0, 3).join(', ')}): one of them may exclude it.`);
    return finish(target, 'unknown', null, reasons, matches, scope);
  }
  if (blocked && scope.closedWorld) {
    reasons.push(`${capitalise(describeRule(blocked))} covers it, but the policy says "${scope.closedWorld.text}" and does not list it: check with the programme before testing.`);
    return finish(target, 'unknown', null, reasons, matches, scope);
  }
  const partialIncludes = matches.partial.filter((r) => r.effect === 'include' && !r.refused);
  for (const rule of partialIncludes) reasons.push(`Only part of ${host} is in scope: ${describeRule(rule)} covers ${describeLimits(rule.pattern)}.`);
  for (const rule of matches.full) {
    if (rule.refused) reasons.push(`${capitalise(describeRule(rule))} ${rule.refused}: scopecheck does not rely on it.`);
  }
  const apex = matches.apexOf;
  if (apex) reasons.push(`${capitalise(describeRule(apex))} covers the subdomains of ${host}, not ${host} itself (it does not say "and all subdomains").`);

  for (const rule of excepted) {
    const exception = findException(rule, target);
    const named = exception ? formatScopePattern(exception.pattern).join(', ') : host;
    reasons.push(`${capitalise(describeRule(rule))} states an exception for ${named}, which is not an in-scope entry by itself.`);
  }
  // A host an exclusion expressly excepts is named by the policy: "anything not listed" does not decide it.
  const decidedByClosedWorld = scope.closedWorld !== null && !apex && partialIncludes.length === 0 && !scope.openInclusion && excepted.length === 0;
  if (scope.closedWorld && scope.openInclusion && !apex) {
    reasons.push(`The policy says "${scope.closedWorld.text}", but its scope also covers "${scope.openInclusion.text}", which is not a list of hosts.`);
  }
  if (decidedByClosedWorld && scope.closedWorld) {
    reasons.unshift(`No entry lists ${host}, and the policy says "${scope.closedWorld.text}".`);
    return finish(target, 'out_of_scope', scope.closedWorld, reasons, matches, scope);
  }
  const platform = matches.platform;
  const listed = platform ? scope.tenants.get(platform.suffix) : undefined;
  if (platform && listed && listed.length > 0 && partialIncludes.length === 0) {
    const names = listed.slice(0, 5).map((r) => r.text).join(', ');
    reasons.unshift(`${host} is on ${platform.name} (${platform.suffix}), a shared platform; the policy lists only ${names} there, so this one belongs to another customer.`);
    return finish(target, 'out_of_scope', listed[0]!, reasons, matches, scope, `other ${platform.suffix} hosts`);
  }
  if (!scope.hasPolicy && !scope.hasUserScope) {
    reasons.unshift('No disclosure policy or program scope was given, so nothing is known to be in scope.');
  } else if (scope.rules.length === 0 && scope.phrases.length === 0) {
    reasons.unshift(scope.fromCommunityData
      ? 'Only community data (the disclose.io database) names a programme for this site: it lists no scope, and never grants permission to test.'
      : 'The policy names no systems in scope.');
  } else {
    reasons.unshift(`No scope entry covers ${host}.`);
  }
  addPhraseCaveats(reasons, target, scope, 'include', ['systems', 'this_site'], (p) => `${capitalise(describeRule(p))} names no host: ask the organisation whether ${host} is part of it.`);
  addPhraseCaveats(reasons, target, scope, 'exclude', ['unlisted_kind'], (p) => `${capitalise(describeRule(p))} excludes a kind of system unless listed: if ${host} is one, it is out of scope.`);
  return finish(target, 'unknown', null, reasons, matches, scope);
}

/**
 * Phrases naming systems without hosts, shown as caveats; a phrase that mentions hosts only for those.
 * `categories` are the host-less phrases shown ("this site" only while the page host is unknown).
 */
function addPhraseCaveats(
  reasons: string[], target: ScopeTarget, scope: CompiledScope, effect: ScopeEffect, categories: readonly PhraseCategory[], say: (p: ScopePhrase) => string,
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
  target: ScopeTarget, verdict: Verdict, rule: ScopeRule | ScopePhrase | null, reasons: string[],
  matches: ScopeMatches, scope: CompiledScope, ruleText?: string,
): ScopeVerdict {
  const platform = matches.platform;
  if (platform && !(rule && 'platform' in rule && rule.platform)) {
    reasons.push(`${target.host} is hosted by a third party, ${platform.name} (${platform.suffix}): an organisation can authorise testing of its own site there, never of ${platform.name} itself.`);
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
  const reason = echo.includes('*')
    ? `"${echo}" is a pattern, not a host: give one host name, IP address or URL.`
    : `"${echo}" is not a host name, IP address or URL.`;
  return { schema: 'scopecheck.scope/1', host: echo, verdict: 'unknown', rule: null, quote: null, reasons: [reason], rule_source: null, third_party_platform: null };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
