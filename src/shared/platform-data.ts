import * as z from 'zod/mini';
import { PlatformIndexSchema, PlatformSuffixTableSchema } from '../core/index.ts';

/**
 * Where a newer copy of the platform data comes from by default: the data directory of
 * arkadiyt/bounty-targets-data (MIT), whose files `data/<platform>_data.json` the packaged snapshot was
 * built from (../shared/data/bounty-targets/README.md). Fetched only when the user clicks "Refresh now".
 */
export const DEFAULT_PLATFORM_DATA_URL = 'https://raw.githubusercontent.com/arkadiyt/bounty-targets-data/main/data/';

/** What the options keep about the platform data: the address to refresh from, and the refreshed copy. */
export const PlatformDataSchema = z.object({
  url: z.string().check(z.maxLength(2048)),
  /** `suffixes`: which programmes concern which DNS suffix, built when the copy was stored (absent in older copies). */
  refreshed: z.nullable(z.object({ index: PlatformIndexSchema, fetched_at: z.string(), suffixes: z.optional(PlatformSuffixTableSchema) })),
});
export type PlatformData = z.infer<typeof PlatformDataSchema>;

/** Which copy of the platform data is in use, for the options page and the popup. */
export interface PlatformDataInfo {
  url: string;
  packaged_date: string | null;
  /** The refreshed copy, when one replaced the packaged snapshot. */
  refreshed: { date: string; url: string; fetched_at: string; programmes: number } | null;
}
