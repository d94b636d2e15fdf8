import * as z from 'zod/mini';

export const VerdictSchema = z.enum(['in_scope', 'out_of_scope', 'unknown']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** `scopecheck.scope/1` (../shared/contracts/cli.md): one per host. */
export const ScopeVerdictSchema = z.object({
  schema: z.literal('scopecheck.scope/1'),
  host: z.string(),
  verdict: VerdictSchema,
  rule: z.nullable(z.string()),
  quote: z.nullable(z.string()),
  reasons: z.array(z.string()),
  /** Where the deciding rule came from: the policy, the user's program scope, RFC 9116 §3.1, a hosting platform. */
  rule_source: z.optional(z.nullable(z.string())),
  third_party_platform: z.optional(z.nullable(z.string())),
  /** Out-of-scope entries that could not be read and may concern the host (then the verdict is not in_scope). */
  unreadable: z.optional(z.array(z.string())),
});
export type ScopeVerdict = z.infer<typeof ScopeVerdictSchema>;
