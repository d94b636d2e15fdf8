import type { DraftKey } from '../schemas/draft.ts';
import { makeDraftWarning } from './make-draft-warning.ts';
import { msg } from '../message/message.ts';
import type { Finding } from '../schemas/finding.ts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { sanitizeFetchedText } from './sanitize-text.ts';
import { collectSiteKeys } from './collect-site-keys.ts';

/**
 * The keys a report could be encrypted to (collectSiteKeys: a security.txt entry and a policy key with the same
 * address or fingerprint are one key, expired when either says so), with a warning for each one that has expired
 * (the "valid until 2017" case) and a note when a usable one exists.
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
    const named = key.fingerprint ?? (key.key_id ?? key.url ? sanitizeFetchedText(key.key_id ?? key.url ?? '', 200) : null);
    const label = named ?? msg('pgpKey_namedInPolicy');
    findings.push(key.valid_until
      ? { ...makeDraftWarning('pgp_key_expired', { key: label, until: sanitizeFetchedText(key.valid_until, 40) }), message_id: 'finding_pgp_key_expired_until' }
      : makeDraftWarning('pgp_key_expired', { key: label }));
  }
  const usable = keys.find((k) => k.expired !== true);
  if (usable) {
    findings.push(makeDraftWarning('encryption_available', { key: sanitizeFetchedText(usable.url ?? usable.fingerprint ?? '', 200) }, 'info'));
  }
  return { value: keys, findings };
}
