import * as z from 'zod/mini';

/** Longest body kept; the popup warns before an edit would pass it. */
export const MAX_DRAFT_CHARS = 1_000_000;

/** A report draft as the researcher left it, per target site. */
export const SavedDraftSchema = z.object({
  site: z.string(),
  pageUrl: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  body: z.string().check(z.maxLength(MAX_DRAFT_CHARS)),
  language: z.enum(['en', 'de']),
  /** Warnings of the generated draft (missing contact, truncated mailto …), kept with it. */
  warnings: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedDraft = z.infer<typeof SavedDraftSchema>;
