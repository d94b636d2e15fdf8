import type { DraftKey } from '../schemas/draft.ts';
import type { Finding } from '../schemas/finding.ts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { sanitizeFetchedText } from './sanitize-text.ts';
import { collectSiteKeys } from './collect-site-keys.ts';

/**
 * The keys a report could be encrypted to (collectSiteKeys: a security.txt entry and a policy key with the same address or
 * fingerprint are one key, expired when either says so), with a warning for each one that has expired (the
 * "valid until 2017" case) and a note when a usable one exists.
 */
export function collectEncryptionKeys(
  txt: TxtResult | null,
  policy: PolicyResult | null,
  now: Date,
): { value: DraftKey[]; findings: Finding[] } {
  const keys = collectSiteKeys(txt, policy, now);
  const findings: Finding[] = [];
  for (const key of keys) {
    if (key.expired !== true) continue;
    const label = key.fingerprint ?? sanitizeFetchedText(key.key_id ?? key.url ?? 'named in the policy', 200);
    const when = key.valid_until ? ` (valid until ${sanitizeFetchedText(key.valid_until, 40)})` : '';
    findings.push({
      id: 'pgp_key_expired', severity: 'warning', line: null,
      message: `The PGP key ${label}${when} has expired: do not encrypt to it; ask the organisation for a current key.`,
    });
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
