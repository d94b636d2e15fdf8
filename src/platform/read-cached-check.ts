import { browser } from './browser.ts';
import { checkStorageKey } from '../shared/cache-keys.ts';
import { migrateCachedCheck } from '../shared/migrate-cached-check.ts';
import type { CachedCheck, CachedCheckView } from '../shared/cached-check.ts';
import { isEntryFresh } from '../shared/is-entry-fresh.ts';
import { siteKeyOf } from '../core/index.ts';

/** The fields the popup relies on; the background validated the whole entry with its schema when storing it. */
function looksLikeEntry(value: unknown): value is CachedCheck {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<CachedCheck>;
  return typeof e.checked_at === 'number' && typeof e.expires_at === 'number' && Array.isArray(e.granted_origins)
    && typeof e.result === 'object' && e.result !== null && e.result.schema === 'scopecheck.check/1' && Array.isArray(e.result.sources)
    && Array.isArray(e.result.contacts) && Array.isArray(e.result.keys);
}

/**
 * The stored check for a page, read straight from storage.local: no round trip through (and no
 * wake-up of) the background, so a cached verdict paints at once. Null when there is none.
 */
export async function readCachedCheck(url: string, now = Date.now()): Promise<CachedCheckView | null> {
  const key = checkStorageKey(siteKeyOf(url));
  const [stored, permissions] = await Promise.all([browser.storage.local.get(key), browser.permissions.getAll()]);
  // Migrated in memory only: the background writes the migrated entry back when it next reads it. An entry from
  // before version 3 lacks the contacts and keys the core derives: it is left to the background (null here).
  const entry = migrateCachedCheck(stored[key]).value;
  if (!looksLikeEntry(entry)) return null;
  return { ...entry, fresh: isEntryFresh(entry, now, permissions.origins ?? []) };
}
