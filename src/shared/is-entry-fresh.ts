import type { CachedCheck } from './cached-check.ts';
import { originPatternFor } from './origin-patterns.ts';

/**
 * A stored check is fresh until it expires, unless the user has since granted a host the check
 * could not reach: then it is stale and the next open checks again.
 */
export function isEntryFresh(entry: CachedCheck, now: number, grantedNow: readonly string[]): boolean {
  if (now >= entry.expires_at || now < entry.checked_at - 60_000) return false;
  const before = new Set(entry.granted_origins);
  for (const { url } of entry.result.unreachable ?? []) {
    const pattern = originPatternFor(url);
    if (pattern && !before.has(pattern) && grantedNow.includes(pattern)) return false;
  }
  return true;
}
