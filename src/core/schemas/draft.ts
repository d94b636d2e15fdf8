import * as z from 'zod/mini';
import { FindingSchema } from './finding.ts';

/** One section of the report body (a report field the policy asks for, or the standard set). */
export const DraftSectionSchema = z.object({
  id: z.string(),
  heading: z.string(),
  text: z.string(),
  /** The text is a hint for the user to replace, not content. */
  placeholder: z.boolean(),
  /** The policy asks for this field (false for the standard set). */
  asked: z.boolean(),
});
export type DraftSection = z.infer<typeof DraftSectionSchema>;

/**
 * A key the site publishes and a report could be encrypted to (fetching it is the caller's job): one list for the
 * popup's Report tab and the draft. `expired` is true when the policy says so or its validity ended.
 */
export const DraftKeySchema = z.object({
  source: z.enum(['securitytxt', 'policy']),
  url: z.nullable(z.string()),
  /** Upper-case hex without spaces. */
  fingerprint: z.nullable(z.string()),
  /** A key id the policy names without a full fingerprint. */
  key_id: z.optional(z.nullable(z.string())),
  valid_until: z.nullable(z.string()),
  expired: z.nullable(z.boolean()),
});
export type DraftKey = z.infer<typeof DraftKeySchema>;

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
  /** The warnings (and infos) with their messages; `warnings` holds the ids of the non-info ones. */
  findings: z.optional(z.array(FindingSchema)),
  sections: z.optional(z.array(DraftSectionSchema)),
  /** The disclosure terms restated, as in the body. */
  disclosure: z.optional(z.string()),
  evidence: z.optional(z.object({
    page_url: z.string(),
    date_utc: z.string(),
    securitytxt_url: z.nullable(z.string()),
    policy_url: z.nullable(z.string()),
    contact_source: z.nullable(z.enum(['securitytxt', 'policy'])),
  })),
  /** The researcher's sign-off lines (name, handle, address, key). */
  signature: z.optional(z.string()),
  encryption_keys: z.optional(z.array(DraftKeySchema)),
  /** Fingerprint of the key the body is encrypted to; the body is then an armored OpenPGP message. */
  encrypted_to: z.optional(z.nullable(z.string())),
});
export type Draft = z.infer<typeof DraftSchema>;
