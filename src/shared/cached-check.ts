import * as z from 'zod/mini';
import { CheckResultSchema } from '../core/index.ts';
export { CACHED_CHECK_VERSION, migrateCachedCheck } from './migrate-cached-check.ts';

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
