import * as z from 'zod/mini';

/** `scopecheck.draft/1` (../shared/contracts/cli.md). */
export const DraftSchema = z.object({
  schema: z.literal('scopecheck.draft/1'),
  to: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  mailto: z.nullable(z.string()),
  warnings: z.array(z.string()),
  /** Set when the full body did not fit in the mailto link and must be pasted from the clipboard. */
  mailto_truncated: z.optional(z.boolean()),
  web_form: z.optional(z.nullable(z.string())),
  gmail_url: z.optional(z.nullable(z.string())),
  outlook_url: z.optional(z.nullable(z.string())),
  language: z.optional(z.string()),
});
export type Draft = z.infer<typeof DraftSchema>;
