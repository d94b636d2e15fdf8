import type { Finding } from '../schemas/finding.ts';
import { makeDraftWarning } from './make-draft-warning.ts';
import type { ResearcherProfile } from './draft-input.ts';
import type { DraftStrings } from './draft-strings.ts';
import { parseEmailAddress } from './parse-email-address.ts';
import { normalizeUserText, sanitizeHeaderText } from './sanitize-text.ts';

export interface Signature {
  /** The sign-off lines under the closing. */
  text: string;
  /** Name and handle, for a `reporter_name` section; null when the profile has neither. */
  name: string | null;
  /** The validated address, for a `contact_info` section. */
  contact: string | null;
  findings: Finding[];
}

const MAX_KEY_CHARS = 20_000;

function keyLines(raw: string | undefined, strings: DraftStrings, findings: Finding[]): string[] {
  const key = normalizeUserText(raw ?? '').trim();
  if (key === '') return [];
  if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(key)) {
    findings.push(makeDraftWarning('profile_key_private', undefined, 'error'));
    return [];
  }
  if (/-----BEGIN PGP PUBLIC KEY BLOCK-----/.test(key) && key.length <= MAX_KEY_CHARS) return [`${strings.myKey}:`, '', key];
  const line = sanitizeHeaderText(key, 200);
  return line.includes('-----BEGIN') ? [] : [`${strings.myKey}: ${line}`];
}

/** The researcher's sign-off from the profile: name (handle), address, and their own key if given. */
export function buildSignature(profile: ResearcherProfile, strings: DraftStrings): Signature {
  const findings: Finding[] = [];
  const name = sanitizeHeaderText(profile.name ?? '', 100);
  const handle = sanitizeHeaderText(profile.handle ?? '', 100);
  const who = name && handle ? `${name} (${handle})` : name || handle || null;
  let contact: string | null = null;
  if (profile.email && profile.email.trim() !== '') {
    const parsed = parseEmailAddress(profile.email);
    contact = parsed.value?.address ?? null;
    if (!contact) {
      findings.push(makeDraftWarning('profile_email_invalid', { address: sanitizeHeaderText(profile.email, 80) }));
    }
  }
  const lines = [who ?? strings.namePlaceholder, ...(contact ? [contact] : []), ...keyLines(profile.pgpKey, strings, findings)];
  return { text: lines.join('\n'), name: who, contact, findings };
}
