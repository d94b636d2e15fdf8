import type { Finding } from '../schemas/finding.ts';
import { percentEncode } from './percent-encode.ts';
import { parseEmailAddress } from './parse-email-address.ts';
import { sanitizeHeaderText } from './sanitize-text.ts';

/** Links longer than this are cut by some mail clients and by Windows' URL handler (2,048). */
export const SAFE_MAILTO_LENGTH = 1800;

export interface MailtoInput {
  to: string[];
  subject: string;
  body: string;
}

export interface MailtoOptions {
  /** Longest URL to produce; past it the body is replaced with `shortBody`. */
  maxLength?: number;
  /** What the body says when the full one does not fit (e.g. "paste the report from the clipboard"). */
  shortBody?: string;
}

export interface EncodedMailto {
  url: string;
  /** The full body did not fit: the link carries `shortBody` and the caller must offer the full text. */
  truncated: boolean;
  /** Addresses that passed validation, in order. */
  to: string[];
  findings: Finding[];
}

function build(to: string[], subject: string, body: string): string {
  const addrs = to
    .map((a) => {
      const at = a.lastIndexOf('@');
      return `${percentEncode(a.slice(0, at))}@${percentEncode(a.slice(at + 1))}`;
    })
    .join(',');
  const crlf = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${addrs}?subject=${percentEncode(subject)}&body=${percentEncode(crlf)}`;
}

/**
 * Builds a `mailto:` URI (RFC 6068). Every character outside the unreserved set is percent-encoded,
 * so nothing in the subject or body can start a new header field; each address is validated and an
 * invalid one is dropped with a finding. Line breaks in the subject become spaces; in the body, CRLF.
 */
export function encodeMailto(input: MailtoInput, options: MailtoOptions = {}): EncodedMailto {
  const maxLength = options.maxLength ?? SAFE_MAILTO_LENGTH;
  const findings: Finding[] = [];
  const to: string[] = [];
  for (const raw of input.to) {
    const parsed = parseEmailAddress(raw);
    findings.push(...parsed.findings);
    if (parsed.value) to.push(parsed.value.address);
  }
  let subject = sanitizeHeaderText(input.subject, 1000);
  let url = build(to, subject, input.body);
  if (url.length <= maxLength) return { url, truncated: false, to, findings };

  const shortBody = options.shortBody ?? '';
  url = build(to, subject, shortBody);
  const points = Array.from(subject);
  while (url.length > maxLength && points.length > 0) {
    points.splice(Math.max(0, points.length - 8));
    subject = points.join('') + (points.length > 0 ? '…' : '');
    url = build(to, subject, shortBody);
  }
  return { url, truncated: true, to, findings };
}
