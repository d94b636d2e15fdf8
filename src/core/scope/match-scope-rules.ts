import type { CompiledScope, ScopeRule } from './compiled-scope.ts';
import { ipInNetwork, parseIpv4, parseIpv6 } from './ip-address.ts';
import { matchLabelGlob } from './match-label-glob.ts';
import type { ScopePattern } from './scope-pattern.ts';
import type { ScopeTarget } from './parse-scope-target.ts';
import type { ThirdPartyPlatform } from './third-party-platforms.ts';

/** Every rule whose host part covers the target, split by how much of the target it decides. */
export interface ScopeMatches {
  /** Rules that decide the whole target (host, and its port and path when given). */
  full: ScopeRule[];
  /** Rules limited to a port or path the target does not name: they decide only part of it. */
  partial: ScopeRule[];
  /** An in-scope "*.x" whose suffix is the target itself: the apex question. */
  apexOf: ScopeRule | null;
  platform: ThirdPartyPlatform | null;
}

/** Collects matching rules with one Map lookup per label of the host (plus the root bucket). */
export function matchScopeRules(target: ScopeTarget, scope: CompiledScope): ScopeMatches {
  const out: ScopeMatches = { full: [], partial: [], apexOf: null, platform: null };
  if (target.kind !== 'dns') {
    const address = target.kind === 'ipv4' ? parseIpv4(target.host) : parseIpv6(target.host);
    if (address) for (const rule of scope.ipRules) {
      const h = rule.pattern.host;
      if (h.kind === 'ip' && ipInNetwork(address, h.network, h.prefix)) file(rule, target, out);
    }
    return out;
  }
  const host = target.host;
  const own = scope.bySuffix.get(host);
  if (own) {
    for (const rule of own.exact) file(rule, target, out);
    for (const rule of own.wildcard) {
      const h = rule.pattern.host;
      if (rule.effect === 'include' && h.kind === 'wildcard' && !h.apex && !rule.refused && out.apexOf === null) out.apexOf = rule;
    }
  }
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
    const bucket = scope.bySuffix.get(host.slice(dot + 1));
    if (bucket) visitBucket(bucket.wildcard, bucket.glob, host.slice(0, dot), target, out);
    if (bucket?.platform && out.platform === null) out.platform = bucket.platform;
  }
  const root = scope.bySuffix.get('');
  if (root) visitBucket(root.wildcard, root.glob, host, target, out);
  return out;
}

function visitBucket(wildcards: readonly ScopeRule[], globs: readonly ScopeRule[], left: string, target: ScopeTarget, out: ScopeMatches): void {
  for (const rule of wildcards) file(rule, target, out);
  if (globs.length === 0) return;
  const labels = left.split('.');
  for (const rule of globs) {
    const h = rule.pattern.host;
    if (h.kind !== 'glob') continue;
    const n = h.labels.length;
    if (h.suffix === '' && h.labels[n - 1] === '*') {
      if (matchTldGlob(h.labels, h.anyPrefix, labels)) file(rule, target, out);
      continue;
    }
    if (h.anyPrefix ? labels.length <= n : labels.length !== n) continue;
    let ok = true;
    for (let i = 0; i < n && ok; i++) ok = matchLabelGlob(h.labels[i]!, labels[labels.length - n + i]!);
    if (ok) file(rule, target, out);
  }
}

/**
 * A glob ending in a whole-label '*' with no literal suffix ("example.*", "*.example.*"): the last '*' is a
 * top-level domain of one or more labels (example.co.uk). Only exclusions use it (such inclusions are refused).
 */
export function matchTldGlob(globs: readonly string[], anyPrefix: boolean, labels: readonly string[]): boolean {
  const k = globs.length - 1;
  const first = anyPrefix ? 1 : 0;
  const last = anyPrefix ? labels.length - k - 1 : 0;
  for (let start = first; start <= last; start++) {
    let ok = start + k < labels.length;
    for (let i = 0; i < k && ok; i++) ok = matchLabelGlob(globs[i]!, labels[start + i]!);
    if (ok) return true;
  }
  return false;
}

function file(rule: ScopeRule, target: ScopeTarget, out: ScopeMatches): void {
  const coverage = coverageOf(rule.pattern, target);
  if (coverage === 'full') out.full.push(rule);
  else if (coverage === 'partial') out.partial.push(rule);
}

/** Given that the host matches: does the rule's port and path decide the whole target, part of it, or none? */
export function coverageOf(pattern: ScopePattern, target: ScopeTarget): 'full' | 'partial' | 'none' {
  let partial = pattern.pathIsPartial;
  if (pattern.ports) {
    if (target.port === null) {
      if (!pattern.ports.includes(443) && !pattern.ports.includes(80)) partial = true;
    } else if (!pattern.ports.includes(target.port)) return 'none';
  }
  if (pattern.path !== null) {
    if (target.path === null) partial = true;
    else if (!hasPathPrefix(target.path, pattern.path)) return 'none';
  }
  return partial ? 'partial' : 'full';
}

/** "/admin" covers "/admin" and "/admin/x", not "/administrator"; "/admin/" covers what starts with it. */
function hasPathPrefix(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  if (path.length === prefix.length || prefix.endsWith('/')) return true;
  return path.charCodeAt(prefix.length) === 47 /* / */;
}
