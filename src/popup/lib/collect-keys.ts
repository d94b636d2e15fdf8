import type { CheckResult } from '../../core/index.ts';

export interface KeyRow {
  /** Upper-case hex without spaces, when known. */
  fingerprint: string | null;
  keyId: string | null;
  url: string | null;
  validUntil: string | null;
  expired: boolean;
  source: 'securitytxt' | 'policy';
}

export function normalizeFingerprint(value: string | null | undefined): string | null {
  if (!value) return null;
  const hex = value.replace(/[\s:]/g, '').toUpperCase();
  return /^[0-9A-F]{16,64}$/.test(hex) ? hex : null;
}

/**
 * The encryption keys a site publishes: security.txt Encryption (https: or openpgp4fpr:) and the
 * policy's PGP keys, merged by fingerprint or URL. A key is expired when the policy says so or its
 * valid-until date is before `now`.
 */
export function collectKeys(result: CheckResult, now: number): KeyRow[] {
  const rows: KeyRow[] = [];
  const find = (fingerprint: string | null, url: string | null) =>
    rows.find((r) => (fingerprint && r.fingerprint === fingerprint) || (url && r.url === url));
  for (const raw of (result.txt?.parsed?.encryption ?? []).slice(0, 10)) {
    const value = raw.trim();
    const fingerprint = /^openpgp4fpr:/i.test(value) ? normalizeFingerprint(value.slice(12)) : null;
    const url = /^https?:\/\//i.test(value) ? value : null;
    if ((fingerprint || url) && !find(fingerprint, url)) {
      rows.push({ fingerprint, keyId: null, url, validUntil: null, expired: false, source: 'securitytxt' });
    }
  }
  for (const key of (result.policy?.pgp ?? []).slice(0, 10)) {
    const fingerprint = normalizeFingerprint(key.fingerprint);
    const until = key.valid_until ? Date.parse(key.valid_until) : Number.NaN;
    const expired = key.expired === true || (Number.isFinite(until) && until < now);
    const existing = find(fingerprint, key.url);
    if (existing) {
      existing.fingerprint ??= fingerprint;
      existing.url ??= key.url;
      existing.keyId ??= key.key_id;
      existing.validUntil ??= key.valid_until;
      existing.expired ||= expired;
      continue;
    }
    rows.push({ fingerprint, keyId: key.key_id, url: key.url, validUntil: key.valid_until, expired, source: 'policy' });
  }
  return rows;
}

/** `5F8E 3A1B …` groups of four for reading aloud; the attribute keeps the bare form. */
export function groupFingerprint(fingerprint: string): string {
  return fingerprint.replace(/(.{4})(?=.)/g, '$1 ');
}
