import * as z from 'zod/mini';

export const FORBIDDEN_ACTIVITY_IDS = [
  'dos', 'social_engineering', 'phishing', 'physical', 'automated_scanning', 'brute_force',
  'data_access_exfiltration', 'data_destruction_modification', 'malware', 'pivoting_persistence',
  'third_party_testing', 'spam', 'public_disclosure_before_fix', 'other',
] as const;
export const ActivityIdSchema = z.enum(FORBIDDEN_ACTIVITY_IDS);
export type ActivityId = z.infer<typeof ActivityIdSchema>;

export const REPORT_FIELD_IDS = [
  'description', 'location_url', 'impact', 'reproduction_steps', 'proof_of_concept',
  'reporter_name', 'contact_info', 'environment', 'other',
] as const;
export const ReportFieldIdSchema = z.enum(REPORT_FIELD_IDS);
export type ReportFieldId = z.infer<typeof ReportFieldIdSchema>;

const quote = z.string();

export const PolicySourceSchema = z.object({
  url: z.string(),
  /** How it was found: a security.txt Policy link, a SECURITY.md, a common path, a page link, diodb, a file. */
  found_by: z.enum(['securitytxt_policy', 'github_security_md', 'common_path', 'page_link', 'diodb', 'file', 'user']),
  status: z.nullable(z.number()),
  format: z.enum(['html', 'markdown', 'text', 'pdf', 'unknown']),
  note: z.optional(z.string()),
});
export type PolicySource = z.infer<typeof PolicySourceSchema>;

export const PgpKeySchema = z.object({
  fingerprint: z.nullable(z.string()),
  key_id: z.nullable(z.string()),
  url: z.nullable(z.string()),
  valid_until: z.nullable(z.string()),
  expired: z.nullable(z.boolean()),
  quote: z.optional(quote),
});
export type PgpKey = z.infer<typeof PgpKeySchema>;

/** `scopecheck.policy/1` (../shared/contracts/cli.md). */
export const PolicyResultSchema = z.object({
  schema: z.literal('scopecheck.policy/1'),
  contacts: z.array(z.object({ value: z.string(), quote, kind: z.optional(z.string()) })),
  channel_rules: z.optional(z.array(z.object({ text: z.string(), quote }))),
  in_scope: z.array(z.object({ pattern: z.string(), quote })),
  out_of_scope: z.array(z.object({ pattern: z.string(), quote })),
  forbidden_activities: z.array(z.object({ id: ActivityIdSchema, quote })),
  ineligible: z.optional(z.array(z.object({
    text: z.string(),
    quote,
    /** Taxonomy ids the finding type names (e.g. "Attacks requiring social engineering" → social_engineering). */
    ids: z.optional(z.array(ActivityIdSchema)),
  }))),
  obligations: z.array(z.object({ text: z.string(), quote })),
  report_fields: z.array(z.object({ id: ReportFieldIdSchema, quote })),
  response_sla_days: z.nullable(z.number()),
  disclosure_days: z.nullable(z.number()),
  safe_harbor: z.nullable(z.boolean()),
  bounty: z.nullable(z.boolean()),
  pgp: z.array(PgpKeySchema),
  language: z.string(),
  /** False when no language pack reads the document's language: its rules were not read (cli.md). */
  language_supported: z.optional(z.boolean()),
  /** Sections in a language no pack reads, by language and heading (null before the first heading). */
  unread_sections: z.optional(z.array(z.object({ language: z.string(), heading: z.nullable(z.string()) }))),
  source: z.optional(z.nullable(PolicySourceSchema)),
  /** Problems reading the document (not supported format, truncated, …). */
  notes: z.optional(z.array(z.string())),
});
export type PolicyResult = z.infer<typeof PolicyResultSchema>;
