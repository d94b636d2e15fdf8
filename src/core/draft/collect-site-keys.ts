import type { DraftKey } from '../schemas/draft.ts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';

/** `5f8e 3a1b:…` → `5F8E3A1B…`; null unless it is 16 to 64 hex digits. */
export function normalizeFingerprint(value: string | null | undefined): string | null {
  if (!value) return null;
  const hex = value.replace(/[\s:]/g, '').toUpperCase();
  return /^[0-9A-F]{16,64}$/.test(hex) ? hex : null;
}

/**
 * The keys a site publishes, one list for showing and for encrypting: security.txt Encryption values
 * (`openpgp4fpr:` and `https:` URLs) and the policy's PGP keys, merged by fingerprint or URL. A key is expired
 * when the policy says so or its valid-until date is before `now`.
 */
export function collectSiteKeys(txt: TxtResult | null, policy: PolicyResult | null, now: Date): DraftKey[] {
  const keys: DraftKey[] = [];
  const find = (fingerprint: string | null, url: string | null) =>
    keys.find((k) => (fingerprint !== null && k.fingerprint === fingerprint) || (url !== null && k.url === url));
  for (const raw of (txt?.parsed?.encryption ?? []).slice(0, 10)) {
    const value = raw.trim();
    const fingerprint = /^openpgp4fpr:/i.test(value) ? normalizeFingerprint(value.slice('openpgp4fpr:'.length)) : null;
    const url = /^https:\/\//i.test(value) && !/[\s<>"]/.test(value) ? value : null;
    if ((fingerprint || url) && !find(fingerprint, url)) {
      keys.push({ source: 'securitytxt', url, fingerprint, key_id: null, valid_until: null, expired: null });
    }
  }
  for (const key of (policy?.pgp ?? []).slice(0, 10)) {
    const fingerprint = normalizeFingerprint(key.fingerprint);
    const until = key.valid_until ? Date.parse(key.valid_until) : Number.NaN;
    const expired = key.expired === true || until < now.getTime() ? true : key.expired;
    const existing = find(fingerprint, key.url);
    if (existing) {
      existing.fingerprint ??= fingerprint;
      existing.url ??= key.url;
      existing.key_id ??= key.key_id;
      existing.valid_until ??= key.valid_until;
      if (expired === true) existing.expired = true;
      else existing.expired ??= expired;
      continue;
    }
    keys.push({ source: 'policy', url: key.url, fingerprint, key_id: key.key_id, valid_until: key.valid_until, expired });
  }
  return keys;
}
