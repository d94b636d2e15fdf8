import type { Finding } from '../schemas/finding.ts';
import { msg, type Message } from '../message/message.ts';
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
  if (!envelope) return { signature: status('not_signed', msg('signature_notSigned')), findings: [] };
  if (envelope.malformed) return { signature: status('malformed', msg('signature_envelopeBroken', { problems: envelope.malformed })), findings: [] };
  if (keys.length === 0) {
    return {
      signature: status('key_unavailable', msg('signature_noKey')),
      findings: [makeFinding('signature_key_unavailable', null)],
    };
  }
  let openpgp: OpenPgp;
  try {
    openpgp = await loadOpenpgp();
  } catch (error) {
    return { signature: status('key_unavailable', msg('signature_libraryNotLoaded', { error: oneLine(String(error)) })), findings: [makeFinding('signature_key_unavailable', null)] };
  }
  return verifyWith(openpgp, envelope, keys);
}

async function verifyWith(openpgp: OpenPgp, envelope: SignedEnvelope, keys: VerificationKey[]): Promise<SignatureCheck> {
  let message: Awaited<ReturnType<OpenPgp['readCleartextMessage']>>;
  try {
    message = await openpgp.readCleartextMessage({ cleartextMessage: envelope.text });
  } catch (error) {
    return {
      signature: status('malformed', msg('signature_unreadable', { error: oneLine(errorMessage(error)) })),
      findings: [makeFinding('signature_malformed', null, msg('detail_parenthesised', { text: oneLine(errorMessage(error), 120) }))],
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
  const unavailable = (why: Message): SignatureCheck => ({
    signature: status('key_unavailable', why),
    findings: [makeFinding('signature_key_unavailable', null, signerIds.length ? msg('detail_signerKeyId', { ids: signerIds.join(', ') }) : undefined)],
  });
  if (loaded.length === 0) return unavailable(msg(unreadable.length > 1 ? 'signature_keysUnreadable' : 'signature_keyUnreadable', { sources: unreadable.join(', ') }));
  try {
    const result = await openpgp.verify({ message, verificationKeys: loaded.map((l) => l.key), date: null as unknown as Date, expectSigned: false });
    const sig = result.signatures[0];
    if (!sig) return { signature: status('malformed', msg('signature_none')), findings: [makeFinding('signature_malformed', null)] };
    try {
      await sig.verified;
    } catch (error) {
      const text = errorMessage(error);
      if (/could not find signing key/i.test(text)) return unavailable(msg('signature_otherSigner', { id: sig.keyID.toHex().toUpperCase() }));
      return {
        signature: status('bad_signature', msg('signature_doesNotVerify', { error: oneLine(text) })),
        findings: [makeFinding('signature_invalid', null, msg('detail_parenthesised', { text: oneLine(text, 120) }))],
      };
    }
    const match = loaded.find((l) => l.key.getKeys(sig.keyID).length > 0);
    const fingerprint = match ? match.key.getFingerprint().toUpperCase() : null;
    return {
      signature: { status: 'verified', fingerprint, key_source: match?.source ?? null, message: msg('signature_good', { signer: fingerprint ?? sig.keyID.toHex().toUpperCase() }) },
      findings: [],
    };
  } catch (error) {
    return {
      signature: status('bad_signature', msg('signature_verificationFailed', { error: oneLine(errorMessage(error)) })),
      findings: [makeFinding('signature_invalid', null, msg('detail_parenthesised', { text: oneLine(errorMessage(error), 120) }))],
    };
  }
}

function status(s: Signature['status'], message: Message): Signature {
  return { status: s, fingerprint: null, key_source: null, message };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
