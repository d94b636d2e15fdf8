import type { DraftKey } from '../schemas/draft.ts';
import { makeDraftWarning } from './make-draft-warning.ts';
import { msg } from '../message/message.ts';
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
 * policy's PGP keys. A key the policy says expired (the "valid until 2017" case) gets a warning.
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
      const named = normalizeFingerprint(key.fingerprint) ?? (key.key_id ?? key.url ? sanitizeFetchedText(key.key_id ?? key.url ?? '', 200) : null);
      const label = named ?? msg('pgpKey_namedInPolicy');
      findings.push(key.valid_until
        ? { ...makeDraftWarning('pgp_key_expired', { key: label, until: sanitizeFetchedText(key.valid_until, 40) }), message_id: 'finding_pgp_key_expired_until' }
        : makeDraftWarning('pgp_key_expired', { key: label }));
    }
  }
  const usable = keys.find((k) => k.expired !== true);
  if (usable) {
    findings.push(makeDraftWarning('encryption_available', { key: sanitizeFetchedText(usable.url ?? usable.fingerprint ?? '', 200) }, 'info'));
  }
  return { value: keys, findings };
}
