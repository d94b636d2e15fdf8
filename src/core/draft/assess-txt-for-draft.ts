import type { Finding } from '../schemas/finding.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { sanitizeFetchedText } from './sanitize-text.ts';
import { makeDraftWarning } from './make-draft-warning.ts';

/** Bad signature, signed but not verified (the key it links is not the signer's, none was found, broken envelope), or unsigned. */
function assessSignature(txt: TxtResult, signed: boolean): Finding | null {
  const status = txt.signature?.status;
  if (status === 'bad_signature' || txt.errors.includes('signature_invalid')) {
    return makeDraftWarning('txt_signature_invalid', 'The security.txt signature does not verify: the file may have been altered.');
  }
  if (!signed) return makeDraftWarning('txt_unsigned', 'The security.txt is not signed, so its contact cannot be authenticated.');
  if (status === 'verified') return null;
  const why = status === 'malformed' || txt.errors.includes('signature_malformed')
    ? 'its signature envelope is broken'
    : "the signer's key was not available (the key the file links, if any, did not sign it)";
  return makeDraftWarning('txt_signature_unverified', `The security.txt is signed, but the signature could not be verified: ${why}. Its contact cannot be authenticated.`);
}

/** What a reporter should know about the security.txt a contact came from: expired, unsigned, inherited. */
export function assessTxtForDraft(txt: TxtResult | null, now: Date): Finding[] {
  if (!txt?.parsed) return [];
  const findings: Finding[] = [];
  const { parsed } = txt;
  const expiresAt = parsed.expires_utc ? Date.parse(parsed.expires_utc) : NaN;
  if (txt.errors.includes('expired') || expiresAt < now.getTime()) {
    const when = Number.isNaN(expiresAt) ? '' : ` on ${new Date(expiresAt).toISOString().slice(0, 10)}`;
    findings.push(makeDraftWarning('txt_expired', `The security.txt expired${when}: its contact may be out of date.`));
  }
  const signatureFinding = assessSignature(txt, parsed.signed);
  if (signatureFinding) findings.push(signatureFinding);
  const source = txt.source;
  if (source?.inherited_from_parent || txt.warnings.includes('scope_parent_domain')) {
    const from = source?.applies_to_host ? ` (${sanitizeFetchedText(source.applies_to_host, 100)})` : '';
    findings.push(makeDraftWarning('txt_inherited', `The security.txt was found on a parent domain${from}, not on the page's own host.`));
  }
  const otherErrors = txt.errors.filter((e) => e !== 'expired' && e !== 'signature_invalid');
  if (!txt.valid && otherErrors.length > 0) {
    findings.push(makeDraftWarning('txt_invalid', `The security.txt has errors (${sanitizeFetchedText(otherErrors.slice(0, 5).join(', '), 200)}).`));
  }
  return findings;
}
