import type { Finding } from '../schemas/finding.ts';
import { msg } from '../message/message.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { sanitizeFetchedText } from './sanitize-text.ts';
import { makeDraftWarning } from './make-draft-warning.ts';

/** Bad signature, signed but not verified (the key it links is not the signer's, none was found, broken envelope), or unsigned. */
function assessSignature(txt: TxtResult, signed: boolean): Finding | null {
  const status = txt.signature?.status;
  if (status === 'bad_signature' || txt.errors.includes('signature_invalid')) {
    return makeDraftWarning('txt_signature_invalid');
  }
  if (!signed) return makeDraftWarning('txt_unsigned');
  if (status === 'verified') return null;
  const why = status === 'malformed' || txt.errors.includes('signature_malformed') ? 'draftWhy_envelopeBroken' : 'draftWhy_keyUnavailable';
  return makeDraftWarning('txt_signature_unverified', { why: msg(why) });
}

/** What a reporter should know about the security.txt a contact came from: expired, unsigned, inherited. */
export function assessTxtForDraft(txt: TxtResult | null, now: Date): Finding[] {
  if (!txt?.parsed) return [];
  const findings: Finding[] = [];
  const { parsed } = txt;
  const expiresAt = parsed.expires_utc ? Date.parse(parsed.expires_utc) : NaN;
  if (txt.errors.includes('expired') || expiresAt < now.getTime()) {
    findings.push(Number.isNaN(expiresAt)
      ? makeDraftWarning('txt_expired')
      : { ...makeDraftWarning('txt_expired', { date: new Date(expiresAt).toISOString().slice(0, 10) }), message_id: 'finding_txt_expired_on' });
  }
  const signatureFinding = assessSignature(txt, parsed.signed);
  if (signatureFinding) findings.push(signatureFinding);
  const source = txt.source;
  if (source?.inherited_from_parent || txt.warnings.includes('scope_parent_domain')) {
    findings.push(source?.applies_to_host
      ? { ...makeDraftWarning('txt_inherited', { host: sanitizeFetchedText(source.applies_to_host, 100) }), message_id: 'finding_txt_inherited_from' }
      : makeDraftWarning('txt_inherited'));
  }
  const otherErrors = txt.errors.filter((e) => e !== 'expired' && e !== 'signature_invalid');
  if (!txt.valid && otherErrors.length > 0) {
    findings.push(makeDraftWarning('txt_invalid', { ids: sanitizeFetchedText(otherErrors.slice(0, 5).join(', '), 200) }));
  }
  return findings;
}
