import { loadOpenpgp } from '../pgp/load-openpgp.ts';
import { msg, type Message } from '../message/message.ts';

export type EncryptFailure =
  | 'too_large' | 'unreadable' | 'private_key' | 'fingerprint_mismatch' | 'not_yet_valid'
  | 'revoked' | 'expired' | 'no_encryption_key' | 'encryption_failed';

export type EncryptResult =
  | { ok: true; armored: string; fingerprint: string; userIds: string[]; expires: string | null }
  | { ok: false; reason: EncryptFailure; message: Message; fingerprint: string | null; expired_at?: string };

export interface EncryptOptions {
  /** A fingerprint published next to the key (policy, openpgp4fpr:); a different key is refused. */
  expectedFingerprint?: string | null;
}

const MAX_ARMORED_CHARS = 256_000;

/** Each `-----BEGIN PGP …` to `-----END PGP …` block of a file (a key file may hold several). Linear. */
function splitArmor(text: string): string[] {
  const blocks: string[] = [];
  for (let from = 0; blocks.length < 20; ) {
    const begin = text.indexOf('-----BEGIN PGP ', from);
    const end = begin < 0 ? -1 : text.indexOf('-----END PGP ', begin);
    if (end < 0) break;
    const lineEnd = text.indexOf('\n', end);
    from = lineEnd < 0 ? text.length : lineEnd + 1;
    blocks.push(text.slice(begin, from));
  }
  return blocks.length > 0 ? blocks : [text];
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

/**
 * Encrypts a report body to the organisation's published OpenPGP key (openpgp.js, loaded on first use).
 * Refuses, with a reason a user can act on, a key that is expired or revoked at `now`, a private key
 * block, a key whose fingerprint differs from the published one, or one with no usable encryption subkey.
 */
export async function encryptDraft(body: string, armoredKey: string, now: Date, options: EncryptOptions = {}): Promise<EncryptResult> {
  const fail = (reason: EncryptFailure, message: Message, fingerprint: string | null = null): EncryptResult =>
    ({ ok: false, reason, message, fingerprint });
  if (armoredKey.length > MAX_ARMORED_CHARS) return fail('too_large', msg('encrypt_tooLarge', { max: MAX_ARMORED_CHARS }));
  if (armoredKey.trim() === '') return fail('unreadable', msg('encrypt_empty'));
  const openpgp = await loadOpenpgp();
  const keys: Awaited<ReturnType<typeof openpgp.readKeys>> = [];
  let readError: unknown = null;
  for (const block of splitArmor(armoredKey)) {
    try {
      keys.push(...(await openpgp.readKeys({ armoredKeys: block })));
    } catch (error) {
      readError = error;
    }
  }
  if (keys.length === 0) return fail('unreadable', msg('encrypt_unreadable', { error: errorText(readError) }));
  const expected = options.expectedFingerprint?.replace(/[\s:]/g, '').toUpperCase() || null;
  const key = (expected && keys.find((k) => k.getFingerprint().toUpperCase().endsWith(expected))) || keys[0];
  if (!key) return fail('unreadable', msg('encrypt_noKey'));
  const fingerprint = key.getFingerprint().toUpperCase();
  if (key.isPrivate()) {
    return fail('private_key', msg('encrypt_privateKey'), fingerprint);
  }
  if (expected && !fingerprint.endsWith(expected)) {
    return fail('fingerprint_mismatch', msg('encrypt_fingerprintMismatch', { expected, fingerprint }), fingerprint);
  }
  if (key.getCreationTime().getTime() > now.getTime()) {
    return fail('not_yet_valid', msg('encrypt_notYetValid', { date: day(key.getCreationTime()) }), fingerprint);
  }
  try {
    if (await key.isRevoked(undefined, undefined, now)) {
      return fail('revoked', msg('encrypt_revoked', { fingerprint }), fingerprint);
    }
  } catch (error) {
    return fail('unreadable', msg('encrypt_revocationUnknown', { error: errorText(error) }), fingerprint);
  }
  const expires = await key.getExpirationTime().catch(() => null);
  if (expires instanceof Date && expires.getTime() <= now.getTime()) {
    return { ok: false, reason: 'expired', fingerprint, expired_at: expires.toISOString(),
      message: msg('encrypt_expired', { date: day(expires), fingerprint }) };
  }
  try {
    await key.getEncryptionKey(undefined, now);
  } catch (error) {
    return fail('no_encryption_key', msg('encrypt_noSubkey', { error: errorText(error) }), fingerprint);
  }
  try {
    const message = await openpgp.createMessage({ text: body, date: now });
    const armored = await openpgp.encrypt({ message, encryptionKeys: key, date: now, format: 'armored' });
    return { ok: true, armored, fingerprint, userIds: key.getUserIDs().slice(0, 10), expires: expires instanceof Date ? expires.toISOString() : null };
  } catch (error) {
    return fail('encryption_failed', msg('encrypt_failed', { error: errorText(error) }), fingerprint);
  }
}
