import type { Finding } from '../schemas/finding.ts';
import type { Message, MessageParam } from '../message/message.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import type { HostPattern, PhraseCategory, ScopeEffect, ScopePattern } from './scope-pattern.ts';
import type { ThirdPartyPlatform } from './third-party-platforms.ts';
import type { UnreadableEntry } from './find-unreadable-entry.ts';

/** Which document a rule came from. "Any other subdomain" excepts only the inclusions of the same one. */
export type RuleSource = 'policy' | 'user';

/** Something an exclusion's own words except from it (see findStatedExceptions). */
export interface ScopeException {
  pattern: ScopePattern;
  /** Set when the exception is an in-scope entry of the same document ("any other subdomain of x"). */
  listed: ScopeRule | null;
}

export interface ScopeRule {
  effect: ScopeEffect;
  pattern: ScopePattern;
  /** The entry as the policy or the user wrote it: the verdict's `rule`. */
  text: string;
  quote: string | null;
  source: RuleSource;
  /** The verdict's `rule_source`: policy, user, burp. */
  origin: string;
  /** Higher wins; see ruleSpecificity. */
  specificity: number;
  /** Words next to the entry in the policy ("CNAME to Zendesk", "excludes XSS"). */
  note: MessageParam | null;
  /** Set on inclusions too broad to rely on (a wildcard over a public suffix): they never grant. */
  refused: Message | null;
  /** Set on the exclusions a "third-party services" phrase makes for each hosting platform. */
  platform: ThirdPartyPlatform | null;
  /**
   * Exclusions only: the exceptions the exclusion states itself ("*.app.x is excluded, except for
   * *.proxy.app.x"), each strictly inside it. An exclusion matches a host only net of these.
   */
  exceptions: readonly ScopeException[];
}

/** A scope entry that names no host. */
export interface ScopePhrase {
  effect: ScopeEffect;
  category: PhraseCategory;
  text: string;
  quote: string | null;
  source: RuleSource;
  origin: string;
  /** Hosts the phrase mentions ("XSS on *.example.com"): its caveat is shown only for those. */
  mentions: readonly HostPattern[];
}

/** Rules filed under one DNS suffix ("example.com"); "" holds the rules every host is checked against. */
export interface SuffixBucket {
  /** Rules for exactly this name, and apex-inclusive wildcards. */
  exact: ScopeRule[];
  /** "*.suffix" rules: names below this suffix. */
  wildcard: ScopeRule[];
  /** Glob rules whose literal suffix is this one. */
  glob: ScopeRule[];
  /** Set when this suffix is a hosting platform (its subdomains are tenants). */
  platform: ThirdPartyPlatform | null;
}

/** A scope ready to judge hosts against: see compileScope. Treat as opaque. */
export interface CompiledScope {
  rules: readonly ScopeRule[];
  phrases: readonly ScopePhrase[];
  bySuffix: ReadonlyMap<string, SuffixBucket>;
  ipRules: readonly ScopeRule[];
  /** The first "anything not listed is excluded" (or "only the assets listed are in scope") phrase of the policy. */
  closedWorld: ScopePhrase | null;
  /**
   * An in-scope phrase that names systems but no host ("services owned by Example Inc"): with one, the
   * list is not exhaustive, so "anything not listed is excluded" cannot decide an unlisted host.
   */
  openInclusion: ScopePhrase | null;
  /** Policy inclusions naming single hosts on a hosting platform, by platform suffix. */
  tenants: ReadonlyMap<string, readonly ScopeRule[]>;
  /** Entries naming hosts that no matcher could be made of; an exclusion among them blocks in_scope for hosts it may concern. */
  unreadable: readonly UnreadableEntry[];
  /** Burp exclusions scopecheck could not translate. */
  opaqueExclusions: readonly string[];
  txt: TxtResult | null;
  pageHost: string | null;
  hasPolicy: boolean;
  /** The policy is community data (disclose.io), not published by the site: it names a programme, no scope. */
  fromCommunityData: boolean;
  hasUserScope: boolean;
  findings: readonly Finding[];
}
