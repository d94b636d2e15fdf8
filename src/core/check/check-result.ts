import * as z from 'zod/mini';
import { MessageSchema } from '../message/message.ts';
import { TxtResultSchema } from '../schemas/txt-result.ts';
import { PolicyResultSchema, PolicySourceSchema } from '../schemas/policy-result.ts';
import { ScopeVerdictSchema } from '../schemas/scope-verdict.ts';
import { DraftKeySchema, DraftSchema } from '../schemas/draft.ts';
import { SiteContactSchema } from '../schemas/site-contact.ts';
import { CoordinatorSuggestionSchema } from '../coordinators/coordinator.ts';

/** Progress of one source while a check runs (the popup shows one line per source). */
export const SourceProgressSchema = z.object({
  id: z.string(),
  label: z.string(),
  url: z.nullable(z.string()),
  state: z.enum(['pending', 'done', 'failed', 'skipped']),
  message: z.optional(MessageSchema),
});
export type SourceProgress = z.infer<typeof SourceProgressSchema>;

/** `scopecheck.check/1`: the whole pipeline for one page (no draft unless asked; cached results carry none). */
export const CheckResultSchema = z.object({
  schema: z.literal('scopecheck.check/1'),
  url: z.string(),
  host: z.string(),
  checked_at: z.string(),
  txt: z.nullable(TxtResultSchema),
  policy: z.nullable(PolicyResultSchema),
  policy_sources: z.optional(z.array(PolicySourceSchema)),
  scope: z.nullable(ScopeVerdictSchema),
  /** Scope entries naming hosts that could not be read (shown in the Scope tab). */
  scope_unreadable: z.optional(z.array(z.object({ effect: z.enum(['include', 'exclude']), entry: z.string() }))),
  /** Where to report: security.txt's contacts (with their lines) and the policy's, merged, each with its warnings. */
  contacts: z.array(SiteContactSchema),
  /** The encryption keys the site publishes (security.txt and policy merged), expiry as of `checked_at`. */
  keys: z.array(DraftKeySchema),
  /** When the site publishes nothing: a national CSIRT and CERT/CC, coordinators only (no permission). */
  coordinators: z.optional(z.array(CoordinatorSuggestionSchema)),
  /** Only when drafting was asked for (the CLI's check); the extension drafts in the popup, on demand. */
  draft: z.optional(z.nullable(DraftSchema)),
  sources: z.array(SourceProgressSchema),
  /** URLs the check could not fetch (permission denied, network), shown to the user. */
  unreachable: z.optional(z.array(z.object({ url: z.string(), reason: z.string() }))),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;
