import * as z from 'zod/mini';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** One validation result: a check id of the corpus catalogue, where it fired, and what to do about it. */
export const FindingSchema = z.object({
  id: z.string(),
  severity: SeveritySchema,
  line: z.nullable(z.number()),
  message: z.string(),
  fix: z.optional(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;
