import * as z from 'zod/mini';
import { CheckResultSchema } from '../core/index.ts';
import { migrateStored, type Migrations } from './migrate-stored.ts';

/**
 * Bump when a stored check changes shape, and add a step to CACHED_CHECK_MIGRATIONS. 2: results carry no draft.
 * 3: words are message ids with parameters (findings, reasons, progress), no English sentences.
 */
export const CACHED_CHECK_VERSION = 3;

/** One stored check: the result plus when it was made and how long it stays fresh (and why). */
export const CachedCheckSchema = z.object({
  /** The stored shape's version (absent: 1, written before versioning). */
  v: z.optional(z.number()),
  key: z.string(),
  result: CheckResultSchema,
  /** Epoch milliseconds. */
  checked_at: z.number(),
  expires_at: z.number(),
  /** Which rule set the lifetime: `default`, `http_max_age`, `http_expires`, `no_store`, `txt_expires`, `failures`, `floor`. */
  ttl_reason: z.string(),
  /** Origin patterns granted when the check ran: a grant since then makes the result stale. */
  granted_origins: z.array(z.string()),
});
export type CachedCheck = z.infer<typeof CachedCheckSchema>;

/** What the popup receives: the stored check and whether it is still fresh now. */
export interface CachedCheckView extends CachedCheck {
  fresh: boolean;
}

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
