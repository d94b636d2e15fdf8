import * as z from 'zod/mini';
import { FindingSchema } from '../core/index.ts';

/** Bump when the stored shape changes, and add a step to SETTINGS_MIGRATIONS. */
export const SETTINGS_VERSION = 1;

const text = (max: number) => z.string().check(z.maxLength(max));
/** A field that is missing or malformed falls back to its default instead of discarding every setting. */
const field = <T extends z.ZodMiniType>(schema: T, fallback: z.output<T>) => z.catch(schema, fallback);

export const MAIL_CLIENTS = ['mailto', 'gmail', 'outlook', 'copy'] as const;
export const MailClientSchema = z.enum(MAIL_CLIENTS);
export type MailClient = z.infer<typeof MailClientSchema>;

/** `auto` follows the site's Preferred-Languages when it names en or de, else the browser language. */
export const ReportLanguageSettingSchema = z.enum(['auto', 'en', 'de']);
export type ReportLanguageSetting = z.infer<typeof ReportLanguageSettingSchema>;

export const ProfileSchema = z.object({
  name: field(text(200), ''),
  handle: field(text(200), ''),
  email: field(text(320), ''),
  /** The researcher's own public key (armored) or its fingerprint, quoted in reports. */
  pgpKey: field(text(100_000), ''),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** A program's scope the researcher got elsewhere (a bounty platform), applied to one domain and below. */
export const ScopeOverrideSchema = z.object({
  id: text(100),
  /** `example.com`: applies to that host and its subdomains. */
  appliesTo: text(253),
  format: z.enum(['text', 'burp', 'hackerone', 'bugcrowd', 'caido', 'zap']),
  raw: text(2_000_000),
  entries: z.array(z.unknown()),
  findings: z.array(FindingSchema),
  updatedAt: text(40),
});
export type ScopeOverride = z.infer<typeof ScopeOverrideSchema>;

export const SettingsSchema = z.object({
  profile: field(ProfileSchema, { name: '', handle: '', email: '', pgpKey: '' }),
  mailClient: field(MailClientSchema, 'mailto'),
  reportLanguage: field(ReportLanguageSettingSchema, 'auto'),
  /** Check pages on navigation (only hosts the user granted). Off by default. */
  autoCheck: field(z.boolean(), false),
  /** Hosts never checked automatically: `example.com` also covers its subdomains. */
  autoCheckExclusions: field(z.array(text(253)).check(z.maxLength(1000)), []),
  scopeOverrides: field(z.array(ScopeOverrideSchema).check(z.maxLength(200)), []),
  /** Per-request timeout of a check. */
  timeoutMs: field(z.number().check(z.int(), z.minimum(1000), z.maximum(60_000)), 8000),
});
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}

/** Steps from version n-1 to n, keyed by n. Each takes the previous stored value and returns the next. */
export const SETTINGS_MIGRATIONS: Record<number, (previous: unknown) => unknown> = {};
