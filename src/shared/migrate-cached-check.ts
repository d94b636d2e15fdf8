// Versions and migrations of stored checks, apart from their zod schema (cached-check.ts): the popup reads stored
// checks on its first paint and must not evaluate the result schemas (zod) to do so.
import type { CheckResult } from '../core/index.ts';
import { migrateStored, type Migrations } from './migrate-stored.ts';

/**
 * Bump when a stored check changes shape, and add a step to cachedCheckMigrations. 2: results carry no draft.
 * 3: results carry the contacts (with their warnings) and the keys, derived by the core in the background.
 */
export const CACHED_CHECK_VERSION = 3;

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
