import type { CachedCheck } from './cached-check.ts';
import { patternCoversUrl } from './origin-patterns.ts';

/**
 * A stored check is fresh until it expires, unless the user has since granted a host the check
 * could not reach: then it is stale and the next open checks again.
 */
export function isEntryFresh(entry: CachedCheck, now: number, grantedNow: readonly string[]): boolean {
  if (now >= entry.expires_at || now < entry.checked_at - 60_000) return false;
  for (const { url } of entry.result.unreachable ?? []) {
    const coveredNow = grantedNow.some((p) => patternCoversUrl(p, url));
    const coveredThen = entry.granted_origins.some((p) => patternCoversUrl(p, url));
    if (coveredNow && !coveredThen) return false;
  }
  return true;
}
