import type { Finding } from '../schemas/finding.ts';
import type { Signature } from '../schemas/txt-result.ts';
import { makeFinding } from './check-catalogue.ts';
import { oneLine } from '../fetch/classify-fetch-error.ts';
import type { SignedEnvelope } from './parse-signed-envelope.ts';
import { loadOpenpgp, type OpenPgp } from '../pgp/load-openpgp.ts';

/** An armored OpenPGP public key and where it came from (a file, the Encryption URL …). */
export interface VerificationKey {
  armored: string;
  source: string;
}

export interface SignatureCheck {
  signature: Signature;
  findings: Finding[];
}


/**
 * Verifies a cleartext-signed security.txt with openpgp.js (loaded lazily) against the given keys.
 * The envelope's structure was checked by the parser; a malformed envelope is not verified.
 * Signature times are not compared with the validation clock (that clock is for Expires); the signing
 * key must have been valid when the signature was made. Never throws.
 */
export async function checkSignature(envelope: SignedEnvelope | null, keys: VerificationKey[]): Promise<SignatureCheck> {
  if (!envelope) return { signature: status('not_signed', 'The file is not signed.'), findings: [] };
  if (envelope.malformed) return { signature: status('malformed', `The signature envelope is broken: ${envelope.malformed}.`), findings: [] };
  if (keys.length === 0) {
    return {
      signature: status('key_unavailable', 'The file is signed, but no key was available to verify it.'),
      findings: [makeFinding('signature_key_unavailable', null)],
    };
  }
  let openpgp: OpenPgp;
  try {
    openpgp = await loadOpenpgp();
  } catch (error) {
    return { signature: status('key_unavailable', `The OpenPGP library could not be loaded: ${oneLine(String(error))}`), findings: [makeFinding('signature_key_unavailable', null)] };
  }
  return verifyWith(openpgp, envelope, keys);
}

async function verifyWith(openpgp: OpenPgp, envelope: SignedEnvelope, keys: VerificationKey[]): Promise<SignatureCheck> {
  let message: Awaited<ReturnType<OpenPgp['readCleartextMessage']>>;
  try {
    message = await openpgp.readCleartextMessage({ cleartextMessage: envelope.text });
  } catch (error) {
    return {
      signature: status('malformed', `OpenPGP could not read the signed message: ${oneLine(errorMessage(error))}`),
      findings: [makeFinding('signature_malformed', null, `(${oneLine(errorMessage(error), 120)})`)],
    };
  }
  const loaded: Array<{ key: Awaited<ReturnType<OpenPgp['readKey']>>; source: string }> = [];
  const unreadable: string[] = [];
  for (const k of keys) {
    try {
      for (const key of await openpgp.readKeys({ armoredKeys: k.armored })) loaded.push({ key, source: k.source });
    } catch {
      unreadable.push(k.source);
    }
  }
  const signerIds = message.getSigningKeyIDs().map((id) => id.toHex().toUpperCase());
  const unavailable = (why: string): SignatureCheck => ({
    signature: status('key_unavailable', why),
    findings: [makeFinding('signature_key_unavailable', null, signerIds.length ? `(signer key ID ${signerIds.join(', ')})` : undefined)],
  });
  if (loaded.length === 0) return unavailable(`The key${unreadable.length > 1 ? 's' : ''} given (${unreadable.join(', ')}) could not be read as OpenPGP public keys.`);
  try {
    const result = await openpgp.verify({ message, verificationKeys: loaded.map((l) => l.key), date: null as unknown as Date, expectSigned: false });
    const sig = result.signatures[0];
    if (!sig) return { signature: status('malformed', 'The message holds no signature.'), findings: [makeFinding('signature_malformed', null)] };
    try {
      await sig.verified;
    } catch (error) {
      const text = errorMessage(error);
      if (/could not find signing key/i.test(text)) return unavailable(`None of the keys given signed this file (signer key ID ${sig.keyID.toHex().toUpperCase()}).`);
      return {
        signature: status('bad_signature', `The signature does not verify: ${oneLine(text)}`),
        findings: [makeFinding('signature_invalid', null, `(${oneLine(text, 120)})`)],
      };
    }
    const match = loaded.find((l) => l.key.getKeys(sig.keyID).length > 0);
    const fingerprint = match ? match.key.getFingerprint().toUpperCase() : null;
    return {
      signature: { status: 'verified', fingerprint, key_source: match?.source ?? null, message: `Good signature by ${fingerprint ?? sig.keyID.toHex().toUpperCase()}.` },
      findings: [],
    };
  } catch (error) {
    return {
      signature: status('bad_signature', `Verification failed: ${oneLine(errorMessage(error))}`),
      findings: [makeFinding('signature_invalid', null, `(${oneLine(errorMessage(error), 120)})`)],
    };
  }
}

function status(s: Signature['status'], message: string): Signature {
  return { status: s, fingerprint: null, key_source: null, message };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
