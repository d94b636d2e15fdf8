// Versions and migrations of stored checks, apart from their zod schema (cached-check.ts): the popup reads stored
// checks on its first paint and must not evaluate the result schemas (zod) to do so.
import { migrateStored, type Migrations } from './migrate-stored.ts';

/**
 * Bump when a stored check changes shape, and add a step to CACHED_CHECK_MIGRATIONS. 2: results carry no draft.
 * 3: words are message ids with parameters (findings, reasons, progress), and the result carries the contacts
 * (with their security.txt lines and warnings) and the keys, derived by the core in the background.
 */
export const CACHED_CHECK_VERSION = 3;

/** Steps from version n-1 to n, keyed by n. */
export const CACHED_CHECK_MIGRATIONS: Migrations = {
  // The draft left the check result: the popup drafts on demand, so a stored one was never read.
  2: (previous) => {
    const entry = previous as { result?: Record<string, unknown> };
    if (!entry || typeof entry !== 'object' || !entry.result || typeof entry.result !== 'object') throw new Error('not a stored check');
    const { draft: _draft, ...result } = entry.result;
    return { ...entry, v: 2, result };
  },
  // Sentences cannot be turned back into message ids: the entry is dropped (null is no entry) and checked again.
  3: () => null,
};

/** A stored check brought to the current version; `migrated` says whether it should be written back. */
export function migrateCachedCheck(stored: unknown): { value: unknown; migrated: boolean } {
  if (typeof stored !== 'object' || stored === null) return { value: stored, migrated: false };
  const v = (stored as { v?: unknown }).v;
  const outcome = migrateStored({ v: typeof v === 'number' ? v : 1, value: stored }, CACHED_CHECK_VERSION, CACHED_CHECK_MIGRATIONS);
  return { value: outcome.value, migrated: outcome.migrated && outcome.failedStep === null };
}
