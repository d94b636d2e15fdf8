import * as z from 'zod/mini';
import { MessageSchema } from '../message/message.ts';

/**
 * One entry of the researcher's own program scope (pasted text, an imported Burp scope, a HackerOne scope
 * CSV, a Bugcrowd target list, a Caido preset or a ZAP context), in the text syntax of parseUserScopeText. `opaque` marks a Burp regex
 * scopecheck could not translate: an opaque exclusion makes every in-scope verdict `unknown` (it might
 * exclude the host).
 */
export const UserScopeEntrySchema = z.object({
  pattern: z.string(),
  effect: z.enum(['include', 'exclude']),
  source: z.enum(['user', 'burp', 'hackerone', 'bugcrowd', 'caido', 'zap']),
  /** Where it came from ("line 3", "Burp include #2"), shown as the quote of a deciding rule. */
  quote: z.optional(z.nullable(z.string())),
  /** An importer's quote as a message, for a shell to say in its language ("HackerOne line 4: …" is English). */
  quote_message: z.optional(MessageSchema),
  opaque: z.optional(z.boolean()),
  /** The line (1-based) it was read from, for warnings about it. */
  line: z.optional(z.number()),
});
export type UserScopeEntry = z.infer<typeof UserScopeEntrySchema>;
