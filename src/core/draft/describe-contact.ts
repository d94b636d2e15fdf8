import { safeHref } from '../url/safe-href.ts';
import type { ContactWarning } from '../schemas/site-contact.ts';
import { assessContactWarnings } from './assess-contact.ts';
import { hasBidiControl, hasInvisible } from './hidden-characters.ts';
import { parseContact } from './parse-contact.ts';

export interface ContactView {
  /** The link target, or null when the contact must be shown as inert text. */
  href: string | null;
  /** The value with its domain as A-labels (punycode), when that reads differently from the value shown. */
  punycode: string | null;
  /** Warnings and errors about the contact (no information-only notes). */
  warnings: ContactWarning[];
}

const MAILTO = /^mailto:/i;
const BARE_EMAIL = /^[^\s:/@]+@[^\s@]+$/;

function asciiHostOf(href: string): string | null {
  try {
    return new URL(href).hostname;
  } catch {
    return null;
  }
}

/**
 * How a contact from fetched content may be shown. A mailto (or bare address) is a link only when it is exactly
 * one valid address with no header fields (`?subject=`, `?bcc=`, encoded line breaks…), and then the link carries
 * that address alone; web contacts follow safeHref. Anything with bidi or invisible characters stays inert.
 * Internationalised domains are shown in punycode too, with the look-alike warnings of assessContact.
 */
export function describeContact(value: string, siteHost: string): ContactView {
  const trimmed = value.trim();
  const warnings = assessContactWarnings(trimmed, siteHost);
  if (hasBidiControl(trimmed) || hasInvisible(trimmed)) return { href: null, punycode: null, warnings };
  if (MAILTO.test(trimmed) || BARE_EMAIL.test(trimmed)) {
    const parsed = parseContact(trimmed).value;
    const single = parsed.kind === 'email' && parsed.addresses.length === 1 ? parsed.addresses[0] : undefined;
    if (!single || trimmed.includes('?')) return { href: null, punycode: null, warnings };
    const ascii = `${single.local}@${single.domain}`;
    return { href: `mailto:${ascii}`, punycode: single.domain !== single.unicodeDomain ? ascii : null, warnings };
  }
  const href = safeHref(trimmed);
  const host = href ? asciiHostOf(href) : null;
  const punycode = href && host && host.includes('xn--') && !trimmed.toLowerCase().includes(host) ? href : null;
  return { href, punycode, warnings };
}
