import * as z from 'zod/mini';
import { MessageParamsSchema } from '../message/message.ts';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * One validation result: a check id (of the corpus catalogue, or of a draft or contact warning), where it fired,
 * and its variable parts. The shells say it in words: message `finding_<id>` with `params`, and `fix_<id>` when
 * the catalogue has one (public/_locales), or the variant's `message_id` and `fix_id`.
 */
export const FindingSchema = z.object({
  id: z.string(),
  severity: SeveritySchema,
  line: z.nullable(z.number()),
  params: z.optional(MessageParamsSchema),
  /** A variant's message instead of `finding_<id>` (the same check, said differently: a timeout is not a 404). */
  message_id: z.optional(z.string()),
  /** A variant's fix instead of `fix_<id>`. */
  fix_id: z.optional(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;
