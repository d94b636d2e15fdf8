import { judgeScope } from '../scope/judge-scope.ts';
import type { ScopeRule } from '../scope/compiled-scope.ts';
import { hostPatternCovers } from '../scope/host-pattern-covers.ts';
import { ipInNetwork, parseIpv4, parseIpv6 } from '../scope/ip-address.ts';
import { coverageOf } from '../scope/match-scope-rules.ts';
import { parseScopeTarget, type ScopeTarget } from '../scope/parse-scope-target.ts';
import { programmeMatch, suffixBit, type CompiledPlatformIndex, type FiledRule } from './compile-platform-index.ts';
import type { ProgrammeMatch } from './platform-index.ts';

const NONE: readonly ProgrammeMatch[] = [];

/** What the rules covering a host say for one programme, gathered during the lookup. */
interface Candidate {
  programme: number;
  /** The most specific exclusion covering the whole target (the first of equally specific ones), net of its exceptions. */
  exclusion: ScopeRule | null;
  /** The most specific inclusion that may grant and covers the whole target. */
  inclusion: ScopeRule | null;
}

/**
 * Each programme whose published scope covers the host, with the entry that decides it there and the
 * verdict it gives (in_scope or out_of_scope; a programme that leaves the host undecided is not listed),
 * in programme order. At most one Map lookup per label of the host finds every programme's rules for
 * it; a programme is decided from those rules as judgeScope decides it (an exclusion's stated exceptions
 * apply; the most specific entry wins, an exclusion between equals; an inclusion of the same document
 * inside an exclusion is one of its exceptions), or by judgeScope itself where its scope has more that
 * may decide the host (see CompiledPlatformIndex). Never throws.
 */
export function findPlatformProgrammes(input: string | ScopeTarget, index: CompiledPlatformIndex): readonly ProgrammeMatch[] {
  const target = typeof input === 'string' ? parseScopeTarget(input) : input;
  if (!target) return NONE;
  const found: Candidate[] = [];
  const seen = index.seen;
  seen.epoch = seen.epoch >= 0x3fffffff ? (seen.stamp.fill(0), 1) : seen.epoch + 1;
  if (target.kind === 'dns') findByName(target, index, found);
  else {
    // Parse the address once, not once per rule.
    const address = target.kind === 'ipv4' ? parseIpv4(target.host) : parseIpv6(target.host);
    const rules = !address ? [] : address.version === 4 ? index.ipv4[Math.floor(address.words[0]! / 2 ** 24)]! : index.ipv6;
    for (const filed of rules) {
      const h = filed.rule.pattern.host;
      if (h.kind === 'ip' && ipInNetwork(address!, h.network, h.prefix)) consider(filed, target, found, index);
    }
  }
  if (found.length === 0) return NONE;
  if (found.length > 1) found.sort((a, b) => a.programme - b.programme);
  const out: ProgrammeMatch[] = [];
  for (const c of found) {
    const i = c.programme;
    if (c.exclusion) out.push(programmeMatch(index, i, c.exclusion.text, 'out_of_scope', c.exclusion));
    else if (c.inclusion && !index.inclusionMayBeBlocked[i]) out.push(programmeMatch(index, i, c.inclusion.text, 'in_scope', c.inclusion));
    else if (c.inclusion || index.uncoveredMayBeDecided[i]) {
      const v = judgeScope(target, index.scopes[i]!);
      if (v.verdict !== 'unknown' && v.rule !== null) out.push(programmeMatch(index, i, v.rule, v.verdict));
    }
  }
  return out;
}

// The dots of the host whose suffix may have rules (and, beside each, the number of dots right of it).
const DOTS = new Int32Array(128);
const RIGHT = new Int32Array(128);

/**
 * The rules of a DNS name, in the order matchScopeRules visits one scope's: the name's own, then each
 * suffix from the longest, then the "" bucket. One pass from the right hashes every suffix; only those
 * whose bit is set in suffixBits are looked up.
 */
function findByName(target: ScopeTarget, index: CompiledPlatformIndex, found: Candidate[]): void {
  const host = target.host;
  const bits = index.suffixBits;
  let h = 0;
  let n = 0;
  let dots = 0;
  for (let i = host.length - 1; i >= 0; i--) {
    const c = host.charCodeAt(i);
    if (c === 46) {
      if (hasBit(bits, h) && n < DOTS.length) {
        DOTS[n] = i;
        RIGHT[n++] = dots;
      }
      dots++;
    }
    h = (Math.imul(h, 31) + c) | 0;
  }
  const bare = target.port === null && target.path === null;
  const own = hasBit(bits, h) ? index.buckets.get(host) : undefined;
  if (own) for (const filed of bare ? own.exactBare : own.exact) consider(filed, target, found, index);
  for (let k = n - 1; k >= 0; k--) {
    const bucket = index.buckets.get(host.slice(DOTS[k]! + 1));
    if (!bucket) continue;
    for (const filed of bare ? bucket.wildcardBare : bucket.wildcard) consider(filed, target, found, index);
    visitGlobs(bucket.glob, dots - RIGHT[k]!, target, index, found);
  }
  const root = index.root;
  if (root) {
    for (const filed of bare ? root.wildcardBare : root.wildcard) consider(filed, target, found, index);
    visitGlobs(root.glob, dots + 1, target, index, found);
  }
}

/**
 * The globs of a bucket that cover the target; `left` is the number of the host's labels left of the
 * bucket's suffix. Most globs fail on that number, before any string work (hostPatternCovers decides).
 */
function visitGlobs(globs: readonly FiledRule[], left: number, target: ScopeTarget, index: CompiledPlatformIndex, found: Candidate[]): void {
  for (const filed of globs) {
    const g = filed.rule.pattern.host;
    if (g.kind !== 'glob') continue;
    const n = g.labels.length;
    // "example.*" (in the "" bucket): its last '*' is one or more labels.
    const tld = g.suffix === '' && g.labels[n - 1] === '*';
    const possible = tld ? left >= n + (g.anyPrefix ? 1 : 0) : g.anyPrefix ? left > n : left === n;
    if (possible && startsAsGlob(g.labels[0]!, g.anyPrefix, target.host) && hostPatternCovers(g, target)) consider(filed, target, found, index);
  }
}

/** A glob not opening with "*." whose first label is literal: the host must open with that label. */
function startsAsGlob(first: string, anyPrefix: boolean, host: string): boolean {
  if (anyPrefix || first.includes('*')) return true;
  return host.startsWith(first) && host.charCodeAt(first.length) === 46;
}

function hasBit(bits: Uint32Array, hash: number): boolean {
  const bit = suffixBit(hash);
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/**
 * A rule whose host part covers the target. Its programme becomes a candidate unless the rule is refused
 * as too broad (it never decides a host); the rule then counts as judgeScope counts it.
 */
function consider(filed: FiledRule, target: ScopeTarget, found: Candidate[], index: CompiledPlatformIndex): void {
  const seen = index.seen;
  const rule = filed.rule;
  let c: Candidate;
  if (seen.stamp[filed.programme] === seen.epoch) c = found[seen.slot[filed.programme]!]!;
  else {
    if (rule.refused) return;
    c = { programme: filed.programme, exclusion: null, inclusion: null };
    seen.stamp[filed.programme] = seen.epoch;
    seen.slot[filed.programme] = found.push(c) - 1;
  }
  if (coverageOf(rule.pattern, target) !== 'full') return;
  if (rule.effect === 'exclude') {
    if (rule.exceptions.length > 0 && isExcepted(rule, target, index)) return;
    if (!c.exclusion || rule.specificity > c.exclusion.specificity) c.exclusion = rule;
  } else if (!rule.refused && (!c.inclusion || rule.specificity > c.inclusion.specificity)) c.inclusion = rule;
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
