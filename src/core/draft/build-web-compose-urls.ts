import type { MailtoInput } from './encode-mailto.ts';
import { parseEmailAddress } from './parse-email-address.ts';
import { percentEncode } from './percent-encode.ts';
import { sanitizeHeaderText } from './sanitize-text.ts';

/** Web mail servers answer 414 past roughly 8 KB of URL. */
export const SAFE_WEB_COMPOSE_LENGTH = 8000;

export interface WebComposeUrls {
  gmail: string | null;
  /** Outlook on the web for work and school accounts (Microsoft 365). */
  outlook: string | null;
  /** Outlook.com for personal accounts. */
  outlookLive: string | null;
  /** The body was replaced with `shortBody` because it did not fit. */
  truncated: boolean;
}

type Builder = (to: string, subject: string, body: string) => string;

const BUILDERS: Record<'gmail' | 'outlook' | 'outlookLive', Builder> = {
  gmail: (to, s, b) => `https://mail.google.com/mail/?view=cm&fs=1&to=${to}&su=${s}&body=${b}`,
  outlook: (to, s, b) => `https://outlook.office.com/mail/deeplink/compose?to=${to}&subject=${s}&body=${b}`,
  outlookLive: (to, s, b) => `https://outlook.live.com/mail/0/deeplink/compose?to=${to}&subject=${s}&body=${b}`,
};

/**
 * Compose links for Gmail and Outlook on the web, with every value percent-encoded. Null when there is
 * no valid recipient. Past `maxLength` the body becomes `shortBody` (the caller copies the full text).
 */
export function buildWebComposeUrls(
  input: MailtoInput,
  options: { maxLength?: number; shortBody?: string } = {},
): WebComposeUrls {
  const to = input.to.map((a) => parseEmailAddress(a).value?.address).filter((a): a is string => !!a);
  if (to.length === 0) return { gmail: null, outlook: null, outlookLive: null, truncated: false };
  const maxLength = options.maxLength ?? SAFE_WEB_COMPOSE_LENGTH;
  const encTo = to.map(percentEncode).join(',');
  const subject = percentEncode(sanitizeHeaderText(input.subject, 250));
  const full = percentEncode(input.body.replace(/\r\n?/g, '\n'));
  const short = percentEncode(options.shortBody ?? '');
  let truncated = false;
  const make = (build: Builder): string => {
    const url = build(encTo, subject, full);
    if (url.length <= maxLength) return url;
    truncated = true;
    return build(encTo, subject, short);
  };
  return { gmail: make(BUILDERS.gmail), outlook: make(BUILDERS.outlook), outlookLive: make(BUILDERS.outlookLive), truncated };
}
