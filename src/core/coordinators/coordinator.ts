import * as z from 'zod/mini';

/** A vulnerability coordinator: a national CSIRT, or CERT/CC as the fallback. */
export const CoordinatorSchema = z.object({
  name: z.string(),
  country: z.string(),
  /** The country-code top-level domain it is named for (null: the fallback). */
  cc_tld: z.nullable(z.string()),
  /** Where to report: a URL or a mailto: address. */
  report: z.string(),
  /** The public directory or page the entry comes from. */
  source_url: z.string(),
  /** When the entry was checked at its source; null when it was not. */
  date_checked: z.nullable(z.string()),
  /** What was checked, or "from general knowledge, not verified". */
  verification: z.string(),
});
export type Coordinator = z.infer<typeof CoordinatorSchema>;

export const CoordinatorListSchema = z.object({ fallback: CoordinatorSchema, national: z.array(CoordinatorSchema) });
export type CoordinatorList = z.infer<typeof CoordinatorListSchema>;

/** The label every coordinator carries. */
export const COORDINATOR_NOTE = 'a coordinator, not the site owner: this gives no permission to test';

/** `coordinators` in `scopecheck.check/1`: who can pass a report on when the site publishes nothing. */
export const CoordinatorSuggestionSchema = z.object({ ...CoordinatorSchema.shape, role: z.enum(['national_csirt', 'fallback']), note: z.string() });
export type CoordinatorSuggestion = z.infer<typeof CoordinatorSuggestionSchema>;
