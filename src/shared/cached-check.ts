import * as z from 'zod/mini';
import { CheckResultSchema, type CheckResult } from '../core/index.ts';
import { migrateStored, type Migrations } from './migrate-stored.ts';

/**
 * Bump when a stored check changes shape, and add a step to cachedCheckMigrations. 2: results carry no draft.
 * 3: results carry the contacts (with their warnings) and the keys, derived by the core in the background.
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
  /** Which rule set the lifetime: `default`, `http_max_age`, `http_expires`, `no_store`, `txt_expires`, `key_valid_until`, `failures`, `floor`. */
  ttl_reason: z.string(),
  /** Origin patterns granted when the check ran: a grant since then makes the result stale. */
  granted_origins: z.array(z.string()),
});
export type CachedCheck = z.infer<typeof CachedCheckSchema>;

/** What the popup receives: the stored check and whether it is still fresh now. */
export interface CachedCheckView extends CachedCheck {
  fresh: boolean;
}

/** What the core derives from a stored result's security.txt and policy (contacts, keys) for version 3. */
export type DeriveReportDetails = (result: Pick<CheckResult, 'host' | 'checked_at' | 'txt' | 'policy'>) => Pick<CheckResult, 'contacts' | 'keys'>;

/**
 * Steps from version n-1 to n, keyed by n. Step 3 needs the core's contact checks (and the public suffix list
 * behind them): only the background passes `derive`; without it the step fails and the entry stays at version 2,
 * which the popup does not read (it asks the background, which migrates and writes the entry back).
 */
export function cachedCheckMigrations(derive?: DeriveReportDetails): Migrations {
  return {
    // The draft left the check result: the popup drafts on demand, so a stored one was never read.
    2: (previous) => {
      const entry = previous as { result?: Record<string, unknown> };
      if (!entry || typeof entry !== 'object' || !entry.result || typeof entry.result !== 'object') throw new Error('not a stored check');
      const { draft: _draft, ...result } = entry.result;
      return { ...entry, v: 2, result };
    },
    3: (previous) => {
      if (!derive) throw new Error('contacts and keys are derived in the background');
      const entry = previous as { result?: Parameters<DeriveReportDetails>[0] };
      if (!entry || typeof entry !== 'object' || !entry.result || typeof entry.result !== 'object') throw new Error('not a stored check');
      return { ...entry, v: 3, result: { ...entry.result, ...derive(entry.result) } };
    },
  };
}

/** A stored check brought to the current version; `migrated` says whether it should be written back. */
export function migrateCachedCheck(stored: unknown, derive?: DeriveReportDetails): { value: unknown; migrated: boolean } {
  if (typeof stored !== 'object' || stored === null) return { value: stored, migrated: false };
  const v = (stored as { v?: unknown }).v;
  const outcome = migrateStored({ v: typeof v === 'number' ? v : 1, value: stored }, CACHED_CHECK_VERSION, cachedCheckMigrations(derive));
  return { value: outcome.value, migrated: outcome.migrated && outcome.failedStep === null };
}
