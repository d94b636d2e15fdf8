import { getPublicSuffix } from 'tldts';
import { msg, type Message, type MessageParam } from '../message/message.ts';
import type { Finding } from '../schemas/finding.ts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import type { CompiledScope, RuleSource, ScopeException, ScopePhrase, ScopeRule, SuffixBucket } from './compiled-scope.ts';
import { findStatedExceptions, type StatedExceptions } from './find-stated-exceptions.ts';
import { scopePatternNarrows } from './scope-pattern-narrows.ts';
import { normalizeHost } from './normalize-host.ts';
import { parseScopePattern, type ScopeEntry } from './parse-scope-pattern.ts';
import { parseScopeToken } from './parse-scope-token.ts';
import { classifyScopePhrase } from './classify-scope-phrase.ts';
import { trimTrailing } from './trim-trailing.ts';
import { ruleSpecificity } from './rule-specificity.ts';
import { formatHostPattern, formatScopePattern } from './format-scope-pattern.ts';
import type { HostPattern, ScopeEffect, ScopePattern } from './scope-pattern.ts';
import { findThirdPartyPlatform, getThirdPartyPlatform, THIRD_PARTY_PLATFORMS } from './third-party-platforms.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';
import { findUnreadableEntry, type UnreadableEntry } from './find-unreadable-entry.ts';

export interface CompileScopeInput {
  /** The disclosure policy's scope (`in_scope`, `out_of_scope`), or null when there is none. */
  policy: PolicyResult | null;
  /** The security.txt, for RFC 9116 §3.1 reasons only: it never puts anything in scope. */
  txt?: TxtResult | null;
  /** The host the policy was published on: what "this site" means in it. Unset = "this site" decides nothing. */
  pageHost?: string | null;
  /** The researcher's own program scope (parseUserScope). */
  userScope?: readonly UserScopeEntry[];
}

/**
 * Compiles a scope once, so that judging a host costs a few Map lookups (one per label) whatever the
 * number of entries: rules are filed by DNS suffix, IP rules are kept apart. Never throws.
 */
export function compileScope(input: CompileScopeInput): CompiledScope {
  const rules: ScopeRule[] = [];
  const phrases: ScopePhrase[] = [];
  const findings: Finding[] = [];
  const opaqueExclusions: string[] = [];
  const unreadable: UnreadableEntry[] = [];
  const pageHost = input.pageHost ? normalizeHost(input.pageHost)?.host ?? null : null;
  // Exclusions whose words except the same document's inclusions ("any other subdomain of x").
  const exceptsListed = new Set<ScopeRule>();

  const add = (entries: ScopeEntry[], text: string, quote: string | null, source: RuleSource, origin: string, stated: StatedExceptions | null = null) => {
    for (const entry of entries) {
      if (entry.type === 'phrase') {
        // The extractor may shorten the sentence ("service not expressly listed above" from "Any service
        // not expressly listed above … is excluded"): a closed world stated in the quote still counts.
        const closes = source === 'policy' && quote !== null && quote !== text && classifyScopePhrase(quote, entry.effect) === 'unlisted';
        const category = closes ? 'unlisted' : entry.category;
        phrases.push({ effect: entry.effect, category, text: entry.text, quote, source, origin, mentions: findMentionedHosts(entry.text) });
        const lost = category === 'other' || category === 'systems' || category === 'unlisted_kind' ? findUnreadableEntry(text, entry.effect, quote, origin) : null;
        if (lost) {
          unreadable.push(lost);
          findings.push({ id: 'scope_entry_unreadable', severity: 'warning', line: null, params: { entry: text }, message_id: lost.effect === 'exclude' ? 'finding_scope_entry_unreadable_exclusion' : 'finding_scope_entry_unreadable_inclusion' });
        }
        if (category === 'this_site' && pageHost) {
          const pattern: ScopePattern = { host: { kind: 'exact', host: pageHost }, ports: null, path: null, pathIsPartial: false };
          rules.push(makeRule(entry.effect, pattern, text, quote, source, origin, msg('note_thisSiteReadAs', { host: pageHost })));
        }
        continue;
      }
      const rule = makeRule(entry.effect, entry.pattern, text, quote, source, origin, entry.note);
      if (entry.effect === 'exclude') attachStatedExceptions(rule, entry, stated, exceptsListed, findings);
      rules.push(rule);
    }
  };
  const addList = (list: ReadonlyArray<{ pattern: string; quote: string }>, effect: ScopeEffect) => {
    for (const item of list) {
      const parsed = parseScopePattern(item.pattern, effect);
      findings.push(...parsed.findings);
      // The extractor keeps the exclusion's sentence as its quote: its exceptions may be stated only there.
      const stated = effect === 'exclude' && item.quote !== item.pattern ? findStatedExceptions(item.quote) : null;
      add(parsed.value, item.pattern, item.quote, 'policy', 'policy', stated);
    }
  };
  if (input.policy) {
    addList(input.policy.in_scope, 'include');
    addList(input.policy.out_of_scope, 'exclude');
  }
  for (const entry of input.userScope ?? []) {
    const origin = entry.source;
    if (entry.opaque) {
      if (entry.effect === 'exclude') opaqueExclusions.push(entry.pattern);
      findings.push({ id: 'scope_burp_regex_unsupported', severity: 'warning', line: null, params: { rule: JSON.stringify(entry.pattern) }, message_id: entry.effect === 'exclude' ? 'finding_scope_burp_regex_unsupported_exclude' : 'finding_scope_burp_regex_unsupported_include' });
      continue;
    }
    const parsed = parseScopePattern(entry.pattern, entry.effect);
    findings.push(...parsed.findings);
    add(parsed.value, entry.pattern, entry.quote ?? null, 'user', origin);
  }

  // "Third-party services are out of scope": every hosting platform's tenants become exclusions.
  for (const phrase of phrases) {
    if (phrase.effect !== 'exclude' || phrase.category !== 'third_party') continue;
    for (const platform of THIRD_PARTY_PLATFORMS) {
      const pattern: ScopePattern = { host: { kind: 'wildcard', suffix: platform.suffix, apex: false }, ports: null, path: null, pathIsPartial: false };
      const rule: ScopeRule = { ...makeRule('exclude', pattern, phrase.text, phrase.quote, phrase.source, phrase.origin, null), platform };
      // "Not operated by us": the hosts the document itself lists on the platform are not third-party.
      exceptsListed.add(rule);
      rules.push(rule);
    }
  }
  for (const exclusion of exceptsListed) exceptListedInclusions(exclusion, rules);
  // The more specific entry wins within a document (in "app.x.com", out "*.x.com"), as the platforms mean
  // it; not in a proxy tool's scope (Burp, Caido, ZAP), where an exclusion always wins.
  for (const rule of rules) {
    if (rule.effect === 'exclude' && !exceptsListed.has(rule) && !EXCLUSION_ALWAYS_WINS.has(rule.origin)) exceptListedInclusions(rule, rules, true);
  }

  const bySuffix = new Map<string, SuffixBucket>();
  const bucket = (suffix: string): SuffixBucket => {
    let b = bySuffix.get(suffix);
    if (!b) bySuffix.set(suffix, (b = { exact: [], wildcard: [], glob: [], platform: null }));
    return b;
  };
  for (const platform of THIRD_PARTY_PLATFORMS) bucket(platform.suffix).platform = platform;
  const ipRules: ScopeRule[] = [];
  const tenants = new Map<string, ScopeRule[]>();
  for (const rule of rules) {
    const host = rule.pattern.host;
    if (host.kind === 'ip') ipRules.push(rule);
    else if (host.kind === 'exact') bucket(host.host).exact.push(rule);
    else if (host.kind === 'wildcard') {
      bucket(host.suffix).wildcard.push(rule);
      if (host.apex) bucket(host.suffix).exact.push(rule);
    } else bucket(host.suffix).glob.push(rule);
    if (rule.refused) findings.push({ id: 'scope_wildcard_too_broad', severity: 'warning', line: null, params: { entry: rule.text, refused: rule.refused } });
    if (rule.effect === 'include' && rule.source === 'policy' && host.kind === 'exact') {
      const platform = findThirdPartyPlatform(host.host);
      if (platform) tenants.set(platform.suffix, [...(tenants.get(platform.suffix) ?? []), rule]);
    }
  }
  const closedWorld = phrases.find((p) => p.source === 'policy' && p.category === 'unlisted') ?? null;
  const openInclusion = phrases.find((p) => p.source === 'policy' && p.effect === 'include' && (p.category === 'systems' || (p.category === 'this_site' && !pageHost))) ?? null;
  return {
    rules, phrases, bySuffix, ipRules, closedWorld, openInclusion, tenants, opaqueExclusions, unreadable,
    txt: input.txt ?? null,
    pageHost,
    hasPolicy: input.policy !== null,
    fromCommunityData: input.policy?.source?.found_by === 'diodb',
    hasUserScope: (input.userScope?.length ?? 0) > 0,
    findings,
  };
}

/** Scopes of proxy tools, whose exclusions beat every inclusion (that is how the tools apply them). */
const EXCLUSION_ALWAYS_WINS: ReadonlySet<string> = new Set(['burp', 'caido', 'zap']);

function makeRule(effect: ScopeEffect, pattern: ScopePattern, text: string, quote: string | null, source: RuleSource, origin: string, note: MessageParam | null): ScopeRule {
  return { effect, pattern, text, quote, source, origin, specificity: ruleSpecificity(pattern), note, ...refusalOf(effect, pattern), platform: null, exceptions: [] };
}

/**
 * Gives an exclusion the exceptions its own words state: in its entry ("*.app.x (except *.proxy.app.x)")
 * or in the sentence it was quoted from. Only exceptions strictly inside the exclusion count.
 */
function attachStatedExceptions(
  rule: ScopeRule, entry: Extract<ScopeEntry, { type: 'pattern' }>, stated: StatedExceptions | null,
  exceptsListed: Set<ScopeRule>, findings: Finding[],
): void {
  const exceptions: ScopeException[] = [];
  for (const pattern of entry.exceptions ?? []) {
    if (scopePatternNarrows(rule.pattern, pattern)) exceptions.push({ pattern, listed: null });
    else findings.push({ id: 'scope_exception_outside', severity: 'info', line: null, params: { entry: rule.text, exception: formatScopePattern(pattern).join(', ') } });
  }
  // From the quote, silently: a sentence may hold several exclusions; an exception narrows those it lies
  // inside that the sentence names before the exception word ("*.example.com is in scope, excluding
  // *.dev.example.com and api.dev.example.com" names exclusions, not exceptions to them).
  const mentionedAt = stated && rule.quote ? asciiLower(rule.quote).indexOf(anchorOf(rule.pattern.host)) : -1;
  for (const { pattern, at } of stated?.patterns ?? []) {
    if (mentionedAt !== -1 && mentionedAt < at && scopePatternNarrows(rule.pattern, pattern)) exceptions.push({ pattern, listed: null });
  }
  rule.exceptions = exceptions;
  const host = rule.pattern.host;
  const listedInQuote = stated !== null && mentionedAt !== -1 && stated.listedAt > mentionedAt;
  if (entry.otherThanListed || listedInQuote || (host.kind === 'wildcard' && stated?.otherThanListedUnder.includes(host.suffix))) exceptsListed.add(rule);
}

/** Lower case that keeps every index in place (String#toLowerCase may change lengths outside ASCII). */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

/** The text every spelling of a pattern contains: its host or suffix (lower case, as normalised). */
function anchorOf(host: HostPattern): string {
  return host.kind === 'exact' ? host.host : host.kind === 'ip' ? formatHostPattern(host).split('/')[0]! : host.suffix;
}

/**
 * "Any other subdomain of x", and any exclusion under the more-specific-wins rule: the same document's
 * inclusions strictly inside the exclusion are its exceptions.
 */
function exceptListedInclusions(exclusion: ScopeRule, rules: readonly ScopeRule[], moreSpecificOnly = false): void {
  const listed: ScopeException[] = [];
  for (const rule of rules) {
    if (rule.effect !== 'include' || rule.refused || rule.source !== exclusion.source) continue;
    if (moreSpecificOnly && rule.specificity <= exclusion.specificity) continue;
    if (!scopePatternNarrows(exclusion.pattern, rule.pattern)) continue;
    // "x.com and all subdomains" names x.com itself: the inclusion "x.com" is as specific, so the exclusion wins.
    const host = exclusion.pattern.host;
    if (host.kind === 'wildcard' && host.apex && rule.pattern.host.kind === 'exact' && rule.pattern.host.host === host.suffix) continue;
    listed.push({ pattern: rule.pattern, listed: rule });
  }
  if (listed.length > 0) exclusion.exceptions = [...exclusion.exceptions, ...listed];
}

/** Why an inclusion may not grant (too broad to rely on), as a message, or null. */
function refusalOf(effect: ScopeEffect, pattern: ScopePattern): { refused: Message | null } {
  return { refused: effect === 'include' ? refusal(pattern) : null };
}

function refusal(pattern: ScopePattern): Message | null {
  const host = pattern.host;
  if (host.kind === 'ip') return host.prefix === 0 ? msg('refused_everyAddress') : null;
  if (host.kind === 'exact') return null;
  const suffix = host.suffix;
  if (suffix === '') return msg('refused_anyDomain');
  const platform = getThirdPartyPlatform(suffix);
  if (platform) return msg('refused_everyCustomer', { platform: platform.name, suffix });
  // ICANN suffixes only: private PSL entries (bmoattachments.org) belong to one organisation, and the
  // multi-tenant ones among them are in the platform list above.
  if (getPublicSuffix(suffix, { allowPrivateDomains: false }) === suffix) return msg('refused_publicSuffix', { suffix });
  return null;
}

/** Host-like words inside a phrase ("open redirects on *.example.com"), read broadly. */
function findMentionedHosts(text: string): HostPattern[] {
  const out: HostPattern[] = [];
  for (const word of text.split(/[\s,;()]+/)) {
    if (out.length >= 20 || !/[.:]/.test(word)) continue;
    const parsed = parseScopeToken(trimTrailing(word, '.:'), 'exclude');
    if (parsed.value) out.push(parsed.value.host);
  }
  return out;
}
