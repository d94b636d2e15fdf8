import { judgeScope } from '../scope/judge-scope.ts';
import type { CompiledScope, ScopeRule } from '../scope/compiled-scope.ts';
import { unreadableConcerns } from '../scope/find-unreadable-entry.ts';
import { hostPatternCovers } from '../scope/host-pattern-covers.ts';
import { ipInNetwork, parseIpv4, parseIpv6 } from '../scope/ip-address.ts';
import { coverageOf } from '../scope/match-scope-rules.ts';
import { parseScopeTarget, type ScopeTarget } from '../scope/parse-scope-target.ts';
import { programmeMatch, suffixSlot, type CompiledPlatformIndex, type FiledBucket, type FiledRule } from './compile-platform-index.ts';
import type { ProgrammeMatch } from './platform-index.ts';
import type { ThirdPartyPlatform } from '../scope/third-party-platforms.ts';

const NONE: readonly ProgrammeMatch[] = [];

/** What the rules covering a host say for one programme, gathered during the lookup. */
interface Candidate {
  programme: number;
  /** The most specific exclusion covering the whole target (the first of equally specific ones), net of its exceptions. */
  exclusion: ScopeRule | null;
  exclusionSpecificity: number;
  /** The most specific inclusion that may grant and covers the whole target. */
  inclusion: ScopeRule | null;
  inclusionSpecificity: number;
}

/** Where findPlatformProgrammes puts the host's hosting platform, when asked (see there). */
export interface HostingFound {
  platform: ThirdPartyPlatform | null;
}

/**
 * Each programme whose published scope covers the host, with the entry that decides it there and the
 * verdict it gives (in_scope or out_of_scope; a programme that leaves the host undecided is not listed),
 * in programme order. At most one Map lookup per label of the host finds every programme's rules for
 * it; a programme is decided from those rules as judgeScope decides it (an exclusion's stated exceptions
 * apply; the most specific entry wins, an exclusion between equals; an inclusion of the same document
 * inside an exclusion is one of its exceptions), or by judgeScope itself where its scope has more that
 * may decide the host (see CompiledPlatformIndex). With `hosting`, also sets `hosting.platform` to what
 * findThirdPartyPlatform(target.host) gives for a DNS name (null for an address or no target), found in the
 * same pass over the name. Never throws.
 */
export function findPlatformProgrammes(input: string | ScopeTarget, index: CompiledPlatformIndex, hosting?: HostingFound): readonly ProgrammeMatch[] {
  const target = typeof input === 'string' ? parseScopeTarget(input) : input;
  if (hosting) hosting.platform = null;
  if (!target) return NONE;
  const found: Candidate[] = FOUND;
  found.length = 0;
  const seen = index.seen;
  seen.epoch = seen.epoch >= 0x3fffffff ? (seen.stamp.fill(0), 1) : seen.epoch + 1;
  const bare = target.port === null && target.path === null;
  if (target.kind === 'dns') {
    const platform = findByName(target, index, found, bare);
    if (hosting) hosting.platform = platform;
  }
  else {
    // Parse the address once, not once per rule.
    const address = target.kind === 'ipv4' ? parseIpv4(target.host) : parseIpv6(target.host);
    const rules = !address ? [] : address.version === 4 ? index.ipv4[Math.floor(address.words[0]! / 2 ** 24)]! : index.ipv6;
    for (const filed of rules) {
      const h = filed.rule.pattern.host;
      if (h.kind === 'ip' && ipInNetwork(address!, h.network, h.prefix)) consider(filed, target, found, index, bare);
    }
  }
  if (found.length === 0) return NONE;
  if (found.length > 1) found.sort(byProgramme);
  const out: ProgrammeMatch[] = [];
  for (const c of found) {
    const i = c.programme;
    if (c.exclusion) out.push(programmeMatch(index, i, c.exclusion.text, 'out_of_scope', c.exclusion));
    else if (c.inclusion && !index.inclusionMayBeBlocked[i]) out.push(programmeMatch(index, i, c.inclusion.text, 'in_scope', c.inclusion));
    else if (c.inclusion && index.blockedOnlyByUnreadable[i]) {
      // judgeScope's answer there: unknown when an unreadable exclusion may concern the host, else the inclusion.
      if (!mayConcern(index.scopes[i]!, target)) out.push(programmeMatch(index, i, c.inclusion.text, 'in_scope', c.inclusion));
    } else if (c.inclusion || index.uncoveredMayBeDecided[i]) {
      const v = judgeScope(target, index.scopes[i]!);
      if (v.verdict !== 'unknown' && v.rule !== null) out.push(programmeMatch(index, i, v.rule, v.verdict));
    }
  }
  return out;
}

const byProgramme = (a: Candidate, b: Candidate) => a.programme - b.programme;

/** This lookup's candidates (a lookup runs to its end before the next starts: nothing here is kept). */
const FOUND: Candidate[] = [];

/** An unreadable exclusion of the scope may concern the target (judgeScope's findConcerningUnreadable). */
function mayConcern(scope: CompiledScope, target: ScopeTarget): boolean {
  for (const u of scope.unreadable) if (u.effect === 'exclude' && unreadableConcerns(u, target.host, target.kind !== 'dns')) return true;
  return false;
}

// The suffixes of the host that have rules: the bucket's position in bucketList, and the number of dots right of it.
const BUCKETS = new Int32Array(128);
const RIGHT = new Int32Array(128);

/**
 * The rules of a DNS name, in the order matchScopeRules visits one scope's: the name's own, then each
 * suffix from the longest, then the "" bucket. One pass from the right hashes every suffix and looks each
 * hash up in suffixSlots, and in hostingSlots: returns the hosting platform of the longest suffix that is
 * one (findThirdPartyPlatform's answer: the name itself is never its own platform's tenant).
 */
function findByName(target: ScopeTarget, index: CompiledPlatformIndex, found: Candidate[], bare: boolean): ThirdPartyPlatform | null {
  const host = target.host;
  let h = 0;
  let n = 0;
  let dots = 0;
  let platform = -1;
  for (let i = host.length - 1; i >= 0; i--) {
    const c = host.charCodeAt(i);
    if (c === 46) {
      const b = findBucket(index, h, host, i + 1);
      if (b !== -1 && n < BUCKETS.length) {
        BUCKETS[n] = b;
        RIGHT[n++] = dots;
      }
      const p = findHosting(index, h, host, i + 1);
      if (p !== -1) platform = p;
      dots++;
    }
    h = (Math.imul(h, 31) + c) | 0;
  }
  const b = findBucket(index, h, host, 0);
  if (b !== -1) {
    const own = index.bucketList[b]!;
    for (const filed of bare ? own.exactBare : own.exact) consider(filed, target, found, index, bare);
  }
  for (let k = n - 1; k >= 0; k--) {
    const bucket: FiledBucket = index.bucketList[BUCKETS[k]!]!;
    for (const filed of bare ? bucket.wildcardBare : bucket.wildcard) consider(filed, target, found, index, bare);
    visitGlobs(bucket.glob, dots - RIGHT[k]!, target, index, found, bare);
  }
  const root = index.root;
  if (root) {
    for (const filed of bare ? root.wildcardBare : root.wildcard) consider(filed, target, found, index, bare);
    visitGlobs(root.glob, dots + 1, target, index, found, bare);
  }
  return platform === -1 ? null : index.hostingList[platform]!;
}

/** The position in hostingList of the platform whose suffix is `host.slice(start)` (hash `hash`), or -1. */
function findHosting(index: CompiledPlatformIndex, hash: number, host: string, start: number): number {
  return findSuffix(index.hostingSlots, index.hostingHashes, index.hostingSuffixes, hash, host, start);
}

/** The position in bucketList of the bucket of `host.slice(start)`, whose suffixHash is `hash`, or -1. */
function findBucket(index: CompiledPlatformIndex, hash: number, host: string, start: number): number {
  return findSuffix(index.suffixSlots, index.bucketHashes, index.bucketSuffixes, hash, host, start);
}

/** The position of `host.slice(start)` (hash `hash`) in an open-addressing table of suffixes, or -1. */
function findSuffix(slots: Int32Array, hashes: Int32Array, suffixes: readonly string[], hash: number, host: string, start: number): number {
  const mask = slots.length - 1;
  for (let slot = suffixSlot(hash, slots.length); ; slot = (slot + 1) & mask) {
    const b = slots[slot]! - 1;
    if (b === -1) return -1;
    if (hashes[b] !== hash) continue;
    const suffix = suffixes[b]!;
    if (suffix.length === host.length - start && (start === 0 ? suffix === host : host.endsWith(suffix))) return b;
  }
}

/**
 * The globs of a bucket that cover the target; `left` is the number of the host's labels left of the
 * bucket's suffix. Most globs fail on that number, before any string work (hostPatternCovers decides).
 */
function visitGlobs(globs: readonly FiledRule[], left: number, target: ScopeTarget, index: CompiledPlatformIndex, found: Candidate[], bare: boolean): void {
  for (const filed of globs) {
    const g = filed.rule.pattern.host;
    if (g.kind !== 'glob') continue;
    const n = g.labels.length;
    // "example.*" (in the "" bucket): its last '*' is one or more labels.
    const tld = g.suffix === '' && g.labels[n - 1] === '*';
    const possible = tld ? left >= n + (g.anyPrefix ? 1 : 0) : g.anyPrefix ? left > n : left === n;
    if (possible && startsAsGlob(g.labels[0]!, g.anyPrefix, target.host) && hostPatternCovers(g, target)) consider(filed, target, found, index, bare);
  }
}

/** A glob not opening with "*." whose first label is literal: the host must open with that label. */
function startsAsGlob(first: string, anyPrefix: boolean, host: string): boolean {
  if (anyPrefix || first.includes('*')) return true;
  return host.startsWith(first) && host.charCodeAt(first.length) === 46;
}

/**
 * A rule whose host part covers the target. Its programme becomes a candidate unless the rule is refused
 * as too broad (it never decides a host); the rule then counts as judgeScope counts it.
 */
function consider(filed: FiledRule, target: ScopeTarget, found: Candidate[], index: CompiledPlatformIndex, bare: boolean): void {
  const seen = index.seen;
  const programme = filed.programme;
  let c: Candidate;
  if (seen.stamp[programme] === seen.epoch) c = found[seen.slot[programme]!]!;
  else {
    if (filed.refused) return;
    const pool = seen.pool as Candidate[];
    if (found.length < pool.length) {
      c = pool[found.length]!;
      c.programme = programme;
      c.exclusion = null;
      c.exclusionSpecificity = 0;
      c.inclusion = null;
      c.inclusionSpecificity = 0;
    } else pool.push((c = { programme, exclusion: null, exclusionSpecificity: 0, inclusion: null, inclusionSpecificity: 0 }));
    seen.stamp[programme] = seen.epoch;
    seen.slot[programme] = found.push(c) - 1;
  }
  if (bare ? !filed.bareFull : coverageOf(filed.rule.pattern, target) !== 'full') return;
  if (filed.exclude) {
    if (filed.hasExceptions && isExcepted(filed.rule, target, index)) return;
    if (!c.exclusion || filed.specificity > c.exclusionSpecificity) {
      c.exclusion = filed.rule;
      c.exclusionSpecificity = filed.specificity;
    }
  } else if (!filed.refused && (!c.inclusion || filed.specificity > c.inclusionSpecificity)) {
    c.inclusion = filed.rule;
    c.inclusionSpecificity = filed.specificity;
  }
}

/**
 * An exception the exclusion states covers the whole target: the exclusion does not apply to it. Those
 * naming one host are looked up by the target's name; the others are checked one by one.
 */
function isExcepted(rule: ScopeRule, target: ScopeTarget, index: CompiledPlatformIndex): boolean {
  const filed = index.exceptions.get(rule);
  if (!filed) return false;
  const named = target.kind === 'dns' ? filed.byHost.get(target.host) : undefined;
  if (named) for (const exception of named) if (coverageOf(exception.pattern, target) === 'full') return true;
  for (const exception of filed.other) {
    if (hostPatternCovers(exception.pattern.host, target) && coverageOf(exception.pattern, target) === 'full') return true;
  }
  return false;
}
