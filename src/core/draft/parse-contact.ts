import type { Finding } from '../schemas/finding.ts';
import { makeDraftWarning } from './make-draft-warning.ts';
import { decodeMailto } from './decode-mailto.ts';
import { parseEmailAddress, type EmailAddress } from './parse-email-address.ts';
import { quoteForMessage } from './sanitize-text.ts';

export type ParsedContact =
  | { kind: 'email'; addresses: EmailAddress[]; raw: string }
  | { kind: 'web'; url: string; host: string; raw: string }
  | { kind: 'other'; raw: string };

const HEADER_SMUGGLING = /%0[ad]/i;
const MAX_ADDRESSES = 5;

function parseMailto(raw: string, findings: Finding[]): ParsedContact {
  const q = raw.indexOf('?');
  const addrPart = q >= 0 ? raw.slice(0, q) : raw;
  if (HEADER_SMUGGLING.test(addrPart)) {
    findings.push({ ...makeDraftWarning('contact_injection', { contact: quoteForMessage(raw) }, 'error'), message_id: 'finding_contact_injection_line_break' });
    return { kind: 'other', raw };
  }
  const decoded = decodeMailto(raw);
  if (!decoded.value) return { kind: 'other', raw };
  const extra = decoded.value.headers.filter((h) => h.name !== 'subject' && h.name !== 'body');
  if (extra.length > 0) {
    const names = [...new Set(extra.map((h) => h.name))].join(', ');
    findings.push({ ...makeDraftWarning('contact_injection', { contact: quoteForMessage(raw), names: quoteForMessage(names, 60) }, 'error'), message_id: 'finding_contact_injection_headers' });
    return { kind: 'other', raw };
  }
  if (decoded.value.headers.length > 0) {
    findings.push(makeDraftWarning('contact_mailto_headers_ignored', undefined, 'info'));
  }
  const addresses: EmailAddress[] = [];
  for (const a of decoded.value.to.slice(0, MAX_ADDRESSES)) {
    const parsed = parseEmailAddress(a);
    findings.push(...parsed.findings);
    if (parsed.findings.some((f) => f.id === 'contact_injection')) return { kind: 'other', raw };
    if (parsed.value) addresses.push(parsed.value);
  }
  return addresses.length > 0 ? { kind: 'email', addresses, raw } : { kind: 'other', raw };
}

/**
 * Reads one contact value from security.txt or a policy: `mailto:` (or a bare address), an `https:`
 * page (a web form, a platform, an advisory page), or anything else (tel:, prose). Only the part
 * before a CR or LF is ever used; a contact that tries to add headers or recipients is refused.
 */
export function parseContact(value: string): { value: ParsedContact; findings: Finding[] } {
  const findings: Finding[] = [];
  let raw = value;
  const lineBreak = raw.search(/[\r\n]/);
  if (lineBreak >= 0) {
    raw = raw.slice(0, lineBreak);
    findings.push(makeDraftWarning('contact_line_break'));
  }
  raw = raw.trim().slice(0, 2048);
  if (/^mailto:/i.test(raw)) return { value: parseMailto(raw, findings), findings };
  if (/^https:\/\//i.test(raw)) {
    try {
      const url = new URL(raw);
      if (url.username === '' && url.password === '') {
        return { value: { kind: 'web', url: url.href, host: url.hostname, raw }, findings };
      }
    } catch {
      // not a URL: falls through to "other"
    }
    return { value: { kind: 'other', raw }, findings };
  }
  if (/^[^\s:/@]+@[^\s@]+$/.test(raw)) {
    const parsed = parseEmailAddress(raw);
    findings.push(...parsed.findings);
    if (parsed.value) return { value: { kind: 'email', addresses: [parsed.value], raw }, findings };
  }
  return { value: { kind: 'other', raw }, findings };
}
