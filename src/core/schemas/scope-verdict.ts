import * as z from 'zod/mini';
import { MessageSchema } from '../message/message.ts';

export const VerdictSchema = z.enum(['in_scope', 'out_of_scope', 'unknown']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** `scopecheck.programs/1` without `schema` and `host`: one programme whose scope covers a host (cli.md). */
export const ProgrammeMatchSchema = z.object({
  platform: z.string(),
  programme: z.string(),
  url: z.string(),
  /** The platform's own scope string that matched. */
  entry: z.string(),
  verdict: z.enum(['in_scope', 'out_of_scope']),
  data_date: z.string(),
});
export type ProgrammeMatch = z.infer<typeof ProgrammeMatchSchema>;

/** `scopecheck.scope/1` (../shared/contracts/cli.md): one per host. */
export const ScopeVerdictSchema = z.object({
  schema: z.literal('scopecheck.scope/1'),
  host: z.string(),
  verdict: VerdictSchema,
  rule: z.nullable(z.string()),
  quote: z.nullable(z.string()),
  /** Why, as messages (the CLI's JSON renders them as strings in the chosen language). */
  reasons: z.array(MessageSchema),
  /** Where the deciding rule came from: the policy, the user's program scope, RFC 9116 §3.1, a hosting platform. */
  rule_source: z.optional(z.nullable(z.string())),
  third_party_platform: z.optional(z.nullable(z.string())),
  /** Out-of-scope entries that could not be read and may concern the host (then the verdict is not in_scope). */
  unreadable: z.optional(z.array(z.string())),
  /** With the platforms' data (`scope --platforms`): the programmes whose scope covers the host (cli.md). */
  programmes: z.optional(z.array(ProgrammeMatchSchema)),
});
export type ScopeVerdict = z.infer<typeof ScopeVerdictSchema>;
