import * as z from 'zod/mini';
import { MessageSchema } from '../message/message.ts';
import { FindingSchema } from './finding.ts';
import { RedirectHopSchema } from './fetch-record.ts';

/** Fields of the lenient parse, exactly as the corpus manifest's `parsed`. */
export const SecurityTxtFieldsSchema = z.object({
  contact: z.array(z.string()),
  expires: z.nullable(z.string()),
  expires_utc: z.nullable(z.string()),
  policy: z.array(z.string()),
  encryption: z.array(z.string()),
  canonical: z.array(z.string()),
  preferred_languages: z.array(z.string()),
  acknowledgments: z.array(z.string()),
  hiring: z.array(z.string()),
  csaf: z.array(z.string()),
  bug_bounty: z.nullable(z.boolean()),
  unknown_fields: z.array(z.string()),
  signed: z.boolean(),
});
export type SecurityTxtFields = z.infer<typeof SecurityTxtFieldsSchema>;

export const SignatureStatusSchema = z.enum(['verified', 'bad_signature', 'key_unavailable', 'not_signed', 'malformed']);
export type SignatureStatus = z.infer<typeof SignatureStatusSchema>;

export const SignatureSchema = z.object({
  status: SignatureStatusSchema,
  fingerprint: z.nullable(z.string()),
  key_source: z.nullable(z.string()),
  /** What the status means here, in words (the CLI's JSON renders it as a string). */
  message: MessageSchema,
});
export type Signature = z.infer<typeof SignatureSchema>;

/** Where the file came from (contract `source`, plus the recorded chain). */
export const TxtSourceSchema = z.object({
  retrieved_from: z.string(),
  final_url: z.string(),
  redirects: z.array(z.string()),
  hops: z.optional(z.array(RedirectHopSchema)),
  http_status: z.nullable(z.number()),
  content_type: z.nullable(z.string()),
  location: z.enum(['well-known', 'legacy']),
  applies_to_host: z.string(),
  inherited_from_parent: z.boolean(),
  /** The discovery attempts, in the order they were tried, with what each returned. */
  attempts: z.optional(
    z.array(z.object({ url: z.string(), status: z.nullable(z.number()), outcome: z.string() })),
  ),
});
export type TxtSource = z.infer<typeof TxtSourceSchema>;

/** `scopecheck.txt/1` (../shared/contracts/cli.md). */
export const TxtResultSchema = z.object({
  schema: z.literal('scopecheck.txt/1'),
  valid: z.boolean(),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
  infos: z.array(z.string()),
  lines: z.record(z.string(), z.array(z.number())),
  findings: z.array(FindingSchema),
  parsed: z.nullable(SecurityTxtFieldsSchema),
  /** The line of each value of `parsed`'s list fields, in the same order (`field_lines.contact[i]` is contact i's). */
  field_lines: z.optional(z.record(z.string(), z.array(z.number()))),
  source: z.nullable(TxtSourceSchema),
  signature: z.optional(SignatureSchema),
  /** The decoded body, for display with line numbers (never rendered as markup). */
  raw: z.optional(z.nullable(z.string())),
});
export type TxtResult = z.infer<typeof TxtResultSchema>;
