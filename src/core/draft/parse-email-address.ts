import type { Finding } from '../schemas/finding.ts';
import { makeDraftWarning } from './make-draft-warning.ts';
import type { MessageParams } from '../message/message.ts';
import { domainToUnicode } from './domain-to-unicode.ts';
import { quoteForMessage } from './sanitize-text.ts';

/** A validated addr-spec: ASCII local part, domain as A-labels (punycode) and as Unicode for display. */
export interface EmailAddress {
  address: string;
  local: string;
  domain: string;
  unicodeDomain: string;
}

// RFC 5322 dot-atom minus `%`, `&` and `?`, which only ever appear in addresses to smuggle URL syntax.
const LOCAL_PART = /^[A-Za-z0-9!#$'*+/=^_`{|}~-]+(?:\.[A-Za-z0-9!#$'*+/=^_`{|}~-]+)*$/;
const DOMAIN_CHARS = /^[\p{L}\p{M}\p{N}.\u3002\uFF0E\uFF61-]+$/u;
const INJECTION = /[?&%\r\n]/;

function reject(id: string, messageId: string, params: MessageParams | undefined, findings: Finding[]): { value: null; findings: Finding[] } {
  findings.push({ ...makeDraftWarning(id, params, 'error'), message_id: messageId });
  return { value: null, findings };
}

/** Converts a domain to A-labels with the platform's IDNA (the WHATWG URL host parser); null if invalid. */
export function domainToAscii(domain: string): string | null {
  if (!DOMAIN_CHARS.test(domain)) return null;
  let host: string;
  try {
    host = new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2) return null;
  if (/^\d+$/.test(labels[labels.length - 1]!)) return null; // an IPv4 address, not a domain
  const ok = labels.every((l) => l.length >= 1 && l.length <= 63 && /^[a-z0-9-]+$/.test(l) && !l.startsWith('-') && !l.endsWith('-'));
  return ok ? host : null;
}

/**
 * Validates one address (no display name, no comments, no quoted local part). Everything after a CR
 * or LF is dropped first; an address with `?`, `&` or `%` is refused as an injection attempt.
 */
export function parseEmailAddress(raw: string): { value: EmailAddress | null; findings: Finding[] } {
  const findings: Finding[] = [];
  let text = raw;
  const lineBreak = text.search(/[\r\n]/);
  if (lineBreak >= 0) {
    text = text.slice(0, lineBreak);
    findings.push({ ...makeDraftWarning('contact_line_break'), message_id: 'finding_contact_line_break_address' });
  }
  text = text.trim();
  if (text.length === 0) return reject('contact_invalid', 'finding_contact_invalid_empty', undefined, findings);
  if (text.length > 254) return reject('contact_invalid', 'finding_contact_invalid_long', undefined, findings);
  if (INJECTION.test(text)) {
    return reject('contact_injection', 'finding_contact_injection_address', { address: quoteForMessage(text) }, findings);
  }
  const at = text.lastIndexOf('@');
  if (at <= 0 || text.indexOf('@') !== at) {
    return reject('contact_invalid', 'finding_contact_invalid_form', { address: quoteForMessage(text) }, findings);
  }
  const local = text.slice(0, at);
  const rawDomain = text.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) {
    return reject('contact_invalid', 'finding_contact_invalid_local', { address: quoteForMessage(text) }, findings);
  }
  const domain = domainToAscii(rawDomain);
  if (domain === null) return reject('contact_invalid', 'finding_contact_invalid_domain', { domain: quoteForMessage(rawDomain) }, findings);
  const unicodeDomain = domainToUnicode(domain).value;
  return { value: { address: `${local}@${domain}`, local, domain, unicodeDomain }, findings };
}
