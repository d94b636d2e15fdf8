import type { Finding } from '../schemas/finding.ts';
import { msg } from '../message/message.ts';
import { makeFinding } from './check-catalogue.ts';
import { checkUri, isDangerousScheme } from './check-uri.ts';
import { findMailtoHeaderInjection } from './find-mailto-header-injection.ts';
import type { FieldKey } from './classify-field-name.ts';
import { REGISTERED_WELL_KNOWN, wellKnownSuffix } from './well-known-uris.ts';

const USUAL_CONTACT = new Set(['mailto', 'tel', 'https']);
const USUAL_ENCRYPTION = new Set(['https', 'dns', 'openpgp4fpr']);
/** A comma, then what starts another URI. */
const CHAINED = /,[ \t]*(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|mailto:|tel:)/i;
const FINGERPRINT = /^(?:0x)?(?:[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$/;

/** Key material where a URI belongs: an armored block, a fingerprint / key id, or a bare key blob. */
function looksLikeKeyMaterial(value: string): boolean {
  if (value.includes('BEGIN PGP')) return true;
  const compact = value.replace(/[ \t]/g, '');
  if (FINGERPRINT.test(compact)) return true;
  return compact.length >= 64 && !compact.includes(':') && /^[A-Za-z0-9+/=]+$/.test(compact);
}

/** Checks one value of a URI field (Contact, Encryption, Canonical, Policy, Acknowledgments, Hiring, CSAF). */
export function checkUriField(key: FieldKey, value: string, line: number, findings: Finding[]): void {
  if (key === 'encryption' && looksLikeKeyMaterial(value)) findings.push(makeFinding('encryption_inline_key', line));
  if (CHAINED.test(value)) findings.push(makeFinding('multiple_values_chained', line));
  const uri = checkUri(value);
  const injection = findMailtoHeaderInjection(value);
  if (injection !== null) {
    const finding = makeFinding('invalid_uri', line);
    findings.push({ ...finding, message_id: 'finding_invalid_uri_mailto_injection', params: { headers: injection } });
  } else if (!uri.valid) {
    findings.push(makeFinding('invalid_uri', line, msg('detail_quoted', { text: value.slice(0, 120) })));
  }
  if (isDangerousScheme(uri.scheme)) {
    findings.push(makeFinding('uri_dangerous_scheme', line, msg('detail_parenthesised', { text: `${uri.scheme}:` })));
    return;
  }
  if (uri.scheme === 'http') findings.push(makeFinding('uri_not_https', line));
  if (uri.valid && uri.scheme !== 'http') {
    if (key === 'contact' && !USUAL_CONTACT.has(uri.scheme!)) findings.push(makeFinding('contact_unusual_scheme', line, msg('detail_parenthesised', { text: `${uri.scheme}:` })));
    if (key === 'encryption' && !USUAL_ENCRYPTION.has(uri.scheme!)) findings.push(makeFinding('encryption_unusual_scheme', line, msg('detail_parenthesised', { text: `${uri.scheme}:` })));
  }
  const suffix = uri.valid && uri.path !== null ? wellKnownSuffix(uri.path) : null;
  if (suffix !== null && !REGISTERED_WELL_KNOWN.has(suffix)) {
    findings.push(makeFinding('uri_unregistered_well_known', line, msg('detail_parenthesised', { text: `/.well-known/${suffix.slice(0, 80)}` })));
  }
  if (key === 'csaf') {
    const path = uri.valid && uri.path !== null ? uri.path : value;
    if (!path.endsWith('/provider-metadata.json')) findings.push(makeFinding('csaf_not_provider_metadata', line));
  }
}
