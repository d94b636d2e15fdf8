import * as z from 'zod/mini';
import { FindingSchema } from './finding.ts';

/**
 * A warning about a contact, as data: a finding (`id`, `params`, maybe a variant's `message_id`) whose words are
 * `finding_<id>` in the shells' catalogues; its parameters are fetched text already stripped of controls and bidi
 * characters. Never of severity info (those notes stay with the draft).
 */
export const ContactWarningSchema = FindingSchema;
export type ContactWarning = z.infer<typeof ContactWarningSchema>;

/** One contact of the site, from security.txt (with its line) and/or the policy (with its quote), ready to show. */
export const SiteContactSchema = z.object({
  value: z.string(),
  from_txt: z.boolean(),
  /** The line of its `Contact:` field in the security.txt. */
  txt_line: z.nullable(z.number()),
  policy_quote: z.nullable(z.string()),
  /** The link target, or null when the contact must be shown as inert text. */
  href: z.nullable(z.string()),
  /** The value with its domain as A-labels (punycode), when that reads differently from the value. */
  punycode: z.nullable(z.string()),
  warnings: z.array(ContactWarningSchema),
});
export type SiteContact = z.infer<typeof SiteContactSchema>;
