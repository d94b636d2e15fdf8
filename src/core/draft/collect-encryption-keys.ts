import type { DraftKey } from '../schemas/draft.ts';
import type { Finding } from '../schemas/finding.ts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { sanitizeFetchedText } from './sanitize-text.ts';

function normalizeFingerprint(value: string | null): string | null {
  if (!value) return null;
  const hex = value.replace(/[\s:]/g, '').toUpperCase();
  return /^[0-9A-F]{16,64}$/.test(hex) ? hex : null;
}

/**
 * The keys a report could be encrypted to: security.txt Encryption values (https:, openpgp4fpr:) and the
 * policy's PGP keys. A key the policy says expired (the "valid until 2017" case) gets a warning, and a security.txt
 * entry for the same key (same address or fingerprint) is expired too.
 */
export function collectEncryptionKeys(
  txt: TxtResult | null,
  policy: PolicyResult | null,
  now: Date,
): { value: DraftKey[]; findings: Finding[] } {
  const keys: DraftKey[] = [];
  const findings: Finding[] = [];
  for (const raw of (txt?.parsed?.encryption ?? []).slice(0, 10)) {
    const value = raw.trim();
    if (/^openpgp4fpr:/i.test(value)) {
      const fingerprint = normalizeFingerprint(value.slice('openpgp4fpr:'.length));
      if (fingerprint) keys.push({ source: 'securitytxt', url: null, fingerprint, valid_until: null, expired: null });
    } else if (/^https:\/\//i.test(value) && !/[\s<>"]/.test(value)) {
      keys.push({ source: 'securitytxt', url: value, fingerprint: null, valid_until: null, expired: null });
    }
  }
  for (const key of (policy?.pgp ?? []).slice(0, 10)) {
    const until = key.valid_until ? Date.parse(key.valid_until) : NaN;
    const expired = key.expired === true || until < now.getTime() ? true : key.expired;
    keys.push({
      source: 'policy',
      url: key.url,
      fingerprint: normalizeFingerprint(key.fingerprint),
      valid_until: key.valid_until,
      expired,
    });
    if (expired) {
      const label = normalizeFingerprint(key.fingerprint) ?? sanitizeFetchedText(key.key_id ?? key.url ?? 'named in the policy', 200);
      const when = key.valid_until ? ` (valid until ${sanitizeFetchedText(key.valid_until, 40)})` : '';
      findings.push({
        id: 'pgp_key_expired', severity: 'warning', line: null,
        message: `The PGP key ${label}${when} has expired: do not encrypt to it; ask the organisation for a current key.`,
      });
    }
  }
  // security.txt and the policy often publish the same key (same address or fingerprint): expired in one is expired.
  for (const key of keys) {
    if (key.source !== 'securitytxt' || key.expired === true) continue;
    const same = keys.find((k) => k.source === 'policy' && k.expired === true
      && ((key.url !== null && k.url === key.url) || (key.fingerprint !== null && k.fingerprint === key.fingerprint)));
    if (same) { key.expired = true; key.valid_until = same.valid_until; }
  }
  const usable = keys.find((k) => k.expired !== true);
  if (usable) {
    findings.push({
      id: 'encryption_available', severity: 'info', line: null,
      message: `The organisation publishes an encryption key (${sanitizeFetchedText(usable.url ?? usable.fingerprint ?? '', 200)}): encrypt the report body to it.`,
    });
  }
  return { value: keys, findings };
}
