import type { PolicyResult } from '../schemas/policy-result.ts';
import { compileScope } from '../scope/compile-scope.ts';
import { coverageOf } from '../scope/match-scope-rules.ts';
import type { ScopeTarget } from '../scope/parse-scope-target.ts';
import type { CompiledScope, ScopeException, ScopeRule } from '../scope/compiled-scope.ts';
import { getThirdPartyPlatform, THIRD_PARTY_PLATFORMS, type ThirdPartyPlatform } from '../scope/third-party-platforms.ts';
import type { PlatformIndex, PlatformProgramme, ProgrammeMatch } from './platform-index.ts';

/**
 * A rule of one programme, as filed in the index across programmes, with what a lookup reads of it copied
 * beside it (one small object per visit, not the rule, its pattern and its exceptions).
 */
export interface FiledRule {
  programme: number;
  rule: ScopeRule;
  /** Refused as too broad: it never decides a host. */
  refused: boolean;
  exclude: boolean;
  specificity: number;
  /** It covers a bare host (no port, no path) wholly: coverageOf(rule.pattern, bare host) is 'full'. */
  bareFull: boolean;
  /** An exclusion stating exceptions (see CompiledPlatformIndex.exceptions). */
  hasExceptions: boolean;
}

/**
 * The rules of every programme filed under one DNS suffix, in programme order and, within a programme,
 * in the order of that programme's own index (so the first of equally specific rules is the same one).
 */
export interface FiledBucket {
  /** Rules naming exactly this name, and "x and all subdomains" for x. */
  exact: FiledRule[];
  /** "*.suffix": every name below it. */
  wildcard: FiledRule[];
  /** Globs whose literal suffix is this one ("" holds "example.*"). */
  glob: FiledRule[];
  /**
   * `exact` and `wildcard` for a bare host (no port, no path), without the rules that can change nothing
   * for one: those limited to a path or port (they only cover part of it) past the first rule that makes
   * their programme a candidate. A programme may list hundreds of paths on one host.
   */
  exactBare: FiledRule[];
  wildcardBare: FiledRule[];
}

/** An exclusion's stated exceptions, those naming one host filed by it (a programme may list hundreds). */
export interface FiledExceptions {
  byHost: ReadonlyMap<string, readonly ScopeException[]>;
  other: readonly ScopeException[];
}

/** A platform index ready to look hosts up in: see compilePlatformIndex. Treat as opaque. */
export interface CompiledPlatformIndex {
  data_date: string;
  programmes: readonly PlatformProgramme[];
  /** Each programme's scope, compiled like a policy's. */
  scopes: readonly CompiledScope[];
  /** Every programme's rules by DNS suffix (see FiledBucket). */
  buckets: ReadonlyMap<string, FiledBucket>;
  /**
   * `buckets` but "" as an open-addressing table on suffixHash: a host's suffixes are hashed in one pass
   * from the right, and each hash is looked up here (no string cut, no string hashed again). A slot holds
   * 1 + the bucket's position in bucketList (0: empty); bucketHashes and bucketSuffixes say which suffix
   * it is (the lookup compares the host's tail with it).
   */
  suffixSlots: Int32Array;
  bucketList: readonly FiledBucket[];
  bucketHashes: Int32Array;
  bucketSuffixes: readonly string[];
  /** The "" bucket (rules every host is checked against), or null. */
  root: FiledBucket | null;
  /** IPv4 rules by the address's first octet (a network wider than /8 is in every list), in programme order. */
  ipv4: readonly (readonly FiledRule[])[];
  /** IPv6 rules, in programme order. */
  ipv6: readonly FiledRule[];
  /** The exceptions of every exclusion that states some. */
  exceptions: ReadonlyMap<ScopeRule, FiledExceptions>;
  /**
   * Per programme: an inclusion covering a host may still not decide it (an unreadable or untranslatable
   * exclusion may concern the host): such hosts are judged with judgeScope.
   */
  inclusionMayBeBlocked: readonly boolean[];
  /**
   * Per programme: only unreadable exclusions may block an inclusion (no untranslatable one, no "anything
   * not listed" that a policy inclusion could conflict with): a covered host is in scope unless one of them
   * may concern it, which the lookup checks itself.
   */
  blockedOnlyByUnreadable: readonly boolean[];
  /**
   * Per programme: a host no rule decides may still be decided ("anything not listed is excluded", the
   * other tenants of a hosting platform it lists hosts on): such hosts are judged with judgeScope.
   */
  uncoveredMayBeDecided: readonly boolean[];
  /** The answer objects, made once per rule (see programmeMatch). */
  matchesByRule: Map<ScopeRule, ProgrammeMatch>;
  /** The same per programme, by verdict and entry, for the hosts judged with judgeScope. */
  matchesByText: ReadonlyArray<Record<ProgrammeMatch['verdict'], Map<string, ProgrammeMatch>>>;
  /**
   * The hosting platforms (THIRD_PARTY_PLATFORMS) as an open-addressing table on suffixHash, like
   * suffixSlots: 1 + the position in hostingList (0: empty). The lookup's pass from the right finds the
   * host's hosting platform with them (hostingSuffixes say which suffix a slot holds).
   */
  hostingSlots: Int32Array;
  hostingList: readonly ThirdPartyPlatform[];
  hostingHashes: Int32Array;
  hostingSuffixes: readonly string[];
  /**
   * findPlatformProgrammes' scratch: where this lookup (epoch) filed each programme it met, and the
   * candidate records it reuses from one host to the next.
   */
  seen: { epoch: number; stamp: Uint32Array; slot: Uint32Array; pool: unknown[] };
}

/**
 * Compiles every programme's scope once and files its rules by DNS name and suffix across programmes, so
 * that looking a host up costs one Map lookup per label of the host, whatever the number of programmes.
 */
export function compilePlatformIndex(index: PlatformIndex): CompiledPlatformIndex {
  const buckets = new Map<string, FiledBucket>();
  const ipv4: FiledRule[][] = Array.from({ length: 256 }, () => []);
  const ipv6: FiledRule[] = [];
  const exceptions = new Map<ScopeRule, FiledExceptions>();
  const scopes = index.programmes.map((programme) => compileScope({ policy: programmePolicy(programme) }));
  scopes.forEach((scope, i) => {
    for (const [suffix, own] of scope.bySuffix) {
      let b = buckets.get(suffix);
      if (!b) buckets.set(suffix, (b = { exact: [], wildcard: [], glob: [], exactBare: [], wildcardBare: [] }));
      for (const rule of own.exact) b.exact.push(fileRule(i, rule));
      for (const rule of own.wildcard) b.wildcard.push(fileRule(i, rule));
      for (const rule of own.glob) b.glob.push(fileRule(i, rule));
    }
    for (const rule of scope.rules) if (rule.exceptions.length > 0) exceptions.set(rule, fileExceptions(rule.exceptions));
    for (const rule of scope.ipRules) {
      const h = rule.pattern.host;
      if (h.kind !== 'ip') continue;
      const filed = fileRule(i, rule);
      if (h.network.version === 6) ipv6.push(filed);
      else if (h.prefix >= 8) ipv4[Math.floor(h.network.words[0]! / 2 ** 24)]!.push(filed);
      else for (const list of ipv4) list.push(filed);
    }
  });
  // Suffixes no programme files a rule under (the hosting platforms every scope knows) would cost a lookup for nothing.
  for (const [suffix, b] of buckets) {
    if (b.exact.length + b.wildcard.length + b.glob.length === 0) buckets.delete(suffix);
    b.exactBare = keepForBareHost(b.exact);
    b.wildcardBare = keepForBareHost(b.wildcard);
  }
  const bucketSuffixes = [...buckets.keys()].filter((suffix) => suffix !== '');
  const bucketList = bucketSuffixes.map((suffix) => buckets.get(suffix)!);
  const bucketHashes = Int32Array.from(bucketSuffixes, suffixHash);
  const suffixSlots = hashTable(bucketHashes);
  // Each suffix once, with the platform findThirdPartyPlatform gives for it.
  const hostingSuffixes = [...new Set(THIRD_PARTY_PLATFORMS.map((p) => p.suffix))];
  const hostingList = hostingSuffixes.map((suffix) => getThirdPartyPlatform(suffix)!);
  const hostingHashes = Int32Array.from(hostingSuffixes, suffixHash);
  const inclusionMayBeBlocked = scopes.map((s) => s.opaqueExclusions.length > 0 || s.unreadable.some((u) => u.effect === 'exclude'));
  const blockedOnlyByUnreadable = scopes.map((s) => s.opaqueExclusions.length === 0);
  const uncoveredMayBeDecided = scopes.map((s) => s.closedWorld !== null || s.tenants.size > 0);
  return {
    data_date: index.data_date, programmes: index.programmes, scopes, buckets, suffixSlots, bucketList, bucketHashes, bucketSuffixes, hostingSlots: hashTable(hostingHashes), hostingList, hostingHashes, hostingSuffixes, root: buckets.get('') ?? null, ipv4, ipv6, exceptions, inclusionMayBeBlocked, blockedOnlyByUnreadable, uncoveredMayBeDecided, matchesByRule: new Map(), matchesByText: scopes.map(() => ({ in_scope: new Map(), out_of_scope: new Map() })),
    seen: { epoch: 0, stamp: new Uint32Array(scopes.length), slot: new Uint32Array(scopes.length), pool: [] },
  };
}

/**
 * A hash of a name taken from its end: scanning a host from the right with the same step
 * (h = h × 31 + code) gives each of its suffixes' hashes as the scan reaches the dot before it.
 */
export function suffixHash(text: string): number {
  let h = 0;
  for (let i = text.length - 1; i >= 0; i--) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** An open-addressing table of these hashes (at most a quarter full): slot = 1 + the hash's position, 0 empty. */
function hashTable(hashes: Int32Array): Int32Array {
  let size = 1024;
  while (size < hashes.length * 4) size *= 2;
  const slots = new Int32Array(size);
  hashes.forEach((hash, b) => {
    let slot = suffixSlot(hash, size);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = b + 1;
  });
  return slots;
}

/** The first slot of CompiledPlatformIndex.suffixSlots (of `size`, a power of two) to probe for a suffixHash. */
export function suffixSlot(hash: number, size: number): number {
  return (hash ^ (hash >>> 13)) & (size - 1);
}

function fileRule(programme: number, rule: ScopeRule): FiledRule {
  return {
    programme, rule, refused: Boolean(rule.refused), exclude: rule.effect === 'exclude', specificity: rule.specificity,
    bareFull: coverageOf(rule.pattern, BARE) === 'full', hasExceptions: rule.exceptions.length > 0,
  };
}

/**
 * The answer "programme i lists `entry` with this verdict", made once and shared (frozen): a bulk run
 * names the same few thousand entries over and over. `rule`, when known, is the cheaper key.
 */
export function programmeMatch(index: CompiledPlatformIndex, i: number, entry: string, verdict: ProgrammeMatch['verdict'], rule?: ScopeRule): ProgrammeMatch {
  let match = rule ? index.matchesByRule.get(rule) : undefined;
  if (match) return match;
  const byText = index.matchesByText[i]![verdict];
  match = byText.get(entry);
  if (!match) {
    const p = index.programmes[i]!;
    match = Object.freeze({ platform: p.platform, programme: p.name, url: p.url, entry, verdict, data_date: index.data_date });
    byText.set(entry, match);
  }
  if (rule) index.matchesByRule.set(rule, match);
  return match;
}

const BARE: ScopeTarget = { host: '', kind: 'dns', port: null, path: null };

/** See FiledBucket.exactBare: the same verdicts for a bare host, in the same order. */
function keepForBareHost(list: readonly FiledRule[]): FiledRule[] {
  const candidate = new Set<number>();
  return list.filter(({ programme, refused, bareFull }) => {
    const first = !refused && !candidate.has(programme);
    if (first) candidate.add(programme);
    return first || bareFull;
  });
}

function fileExceptions(list: readonly ScopeException[]): FiledExceptions {
  const byHost = new Map<string, ScopeException[]>();
  const other: ScopeException[] = [];
  for (const exception of list) {
    const host = exception.pattern.host;
    if (host.kind === 'exact') byHost.set(host.host, [...(byHost.get(host.host) ?? []), exception]);
    else other.push(exception);
  }
  return { byHost, other };
}

/** A programme's scope strings as a policy's scope: each string is its own quote. */
export function programmePolicy(programme: PlatformProgramme): PolicyResult {
  const entries = (list: readonly string[]) => list.map((pattern) => ({ pattern, quote: pattern }));
  return {
    schema: 'scopecheck.policy/1', contacts: [], in_scope: entries(programme.in_scope), out_of_scope: entries(programme.out_of_scope),
    forbidden_activities: [], obligations: [], report_fields: [], response_sla_days: null, disclosure_days: null,
    safe_harbor: null, bounty: null, pgp: [], language: 'en',
  };
}
