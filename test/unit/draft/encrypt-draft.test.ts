import { beforeAll, describe, expect, it } from 'vitest';
import * as openpgp from 'openpgp';
import { encryptDraft } from '../../../src/core/draft/encrypt-draft.ts';
import { en } from '../../support/english.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const BODY = 'Hello,\n\nStored XSS in /profile – details: <script>alert(1)</script>\nGrüße\n';

let current: { publicKey: string; privateKey: string };

async function decrypt(armored: string, privateKey: string): Promise<string> {
  const message = await openpgp.readMessage({ armoredMessage: armored });
  const key = await openpgp.readPrivateKey({ armoredKey: privateKey });
  const { data } = await openpgp.decrypt({ message, decryptionKeys: key, date: NOW });
  return data as string;
}

beforeAll(async () => {
  current = await openpgp.generateKey({
    type: 'ecc', userIDs: [{ name: 'Security Team', email: 'security@example.com' }],
    date: new Date('2025-01-01T00:00:00Z'), format: 'armored',
  });
});

describe('encryptDraft', () => {
  it('encrypts so that the matching private key decrypts exactly the body, and exposes the fingerprint', async () => {
    const r = await encryptDraft(BODY, current.publicKey, NOW);
    if (!r.ok) throw new Error(en(r.message));
    const fpr = (await openpgp.readKey({ armoredKey: current.publicKey })).getFingerprint().toUpperCase();
    expect(r.fingerprint).toBe(fpr);
    expect(r.userIds).toEqual(['Security Team <security@example.com>']);
    expect(r.armored).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    expect(r.armored).not.toContain('Stored XSS');
    expect(await decrypt(r.armored, current.privateKey)).toBe(BODY);
  });

  it('refuses a key that expired (the "valid until 2017" case), naming the date', async () => {
    const old = await openpgp.generateKey({
      type: 'ecc', userIDs: [{ email: 'security@example.com' }],
      date: new Date('2016-03-08T00:00:00Z'), keyExpirationTime: 365 * 24 * 3600, format: 'armored',
    });
    const r = await encryptDraft(BODY, old.publicKey, NOW);
    expect(r).toMatchObject({ ok: false, reason: 'expired', expired_at: '2017-03-08T00:00:00.000Z' });
    expect(!r.ok && en(r.message)).toMatch(/expired on 2017-03-08/);
    // The same key was fine while it was valid.
    expect((await encryptDraft(BODY, old.publicKey, new Date('2016-06-01T00:00:00Z'))).ok).toBe(true);
  });

  it('refuses a revoked key', async () => {
    const pair = await openpgp.generateKey({ type: 'ecc', userIDs: [{ email: 'a@example.com' }], date: new Date('2025-01-01T00:00:00Z'), format: 'object' });
    const revoked = await openpgp.revokeKey({ key: pair.privateKey, date: new Date('2025-06-01T00:00:00Z'), format: 'armored' });
    expect(await encryptDraft(BODY, revoked.publicKey, NOW)).toMatchObject({ ok: false, reason: 'revoked' });
  });

  it('refuses a published private key, a wrong fingerprint, a future key and garbage', async () => {
    expect(await encryptDraft(BODY, current.privateKey, NOW)).toMatchObject({ ok: false, reason: 'private_key' });
    expect(await encryptDraft(BODY, current.publicKey, NOW, { expectedFingerprint: 'AAAA BBBB CCCC DDDD' })).toMatchObject({ ok: false, reason: 'fingerprint_mismatch' });
    expect(await encryptDraft(BODY, current.publicKey, new Date('2024-01-01T00:00:00Z'))).toMatchObject({ ok: false, reason: 'not_yet_valid' });
    expect(await encryptDraft(BODY, 'not a key', NOW)).toMatchObject({ ok: false, reason: 'unreadable', fingerprint: null });
    expect(await encryptDraft(BODY, ' \n', NOW)).toMatchObject({ ok: false, reason: 'unreadable', message: { id: 'encrypt_empty' } });
    expect(await encryptDraft(BODY, 'x'.repeat(300_000), NOW)).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it('accepts the expected fingerprint, spaced or not, and picks that key out of several', async () => {
    const other = await openpgp.generateKey({ type: 'ecc', userIDs: [{ email: 'b@example.com' }], date: new Date('2025-01-01T00:00:00Z'), format: 'armored' });
    const fpr = (await openpgp.readKey({ armoredKey: current.publicKey })).getFingerprint().toUpperCase();
    const spaced = fpr.replace(/(.{4})/g, '$1 ');
    const r = await encryptDraft(BODY, `${other.publicKey}\n${current.publicKey}`, NOW, { expectedFingerprint: spaced });
    expect(r).toMatchObject({ ok: true, fingerprint: fpr });
    if (r.ok) expect(await decrypt(r.armored, current.privateKey)).toBe(BODY);
  });
});
