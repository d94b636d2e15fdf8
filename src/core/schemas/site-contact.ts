import * as z from 'zod/mini';

/**
 * A warning about a contact, as data: `id` is the check id (also a message id of the shells' catalogues) and
 * `params` its positional values (fetched text, already stripped of controls and bidi characters).
 */
export const ContactWarningSchema = z.object({
  id: z.string(),
  severity: z.enum(['error', 'warning']),
  params: z.array(z.string()),
});
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
