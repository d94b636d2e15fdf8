import { hostPatternContains } from './host-pattern-contains.ts';
import type { ScopePattern } from './scope-pattern.ts';

/**
 * Whether every target `inner` covers is also covered by `outer` (host, ports and path), and `inner`
 * covers less: an exception that can narrow an exclusion. Conservative like hostPatternContains: a false
 * "no" is possible for globs inside globs, never a false "yes".
 */
export function scopePatternNarrows(outer: ScopePattern, inner: ScopePattern): boolean {
  if (outer.pathIsPartial || !hostPatternContains(outer.host, inner.host)) return false;
  if (outer.ports && !(inner.ports && inner.ports.every((p) => outer.ports!.includes(p)))) return false;
  if (outer.path !== null && !(inner.path !== null && isUnderPath(inner.path, outer.path))) return false;
  const sameHosts = hostPatternContains(inner.host, outer.host);
  const samePorts = (inner.ports?.length ?? 0) === (outer.ports?.length ?? 0);
  return !(sameHosts && samePorts && inner.path === outer.path);
}

function isUnderPath(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  return path.length === prefix.length || prefix.endsWith('/') || path.charCodeAt(prefix.length) === 47;
}
