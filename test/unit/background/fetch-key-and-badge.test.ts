import { describe, expect, it, vi } from 'vitest';
import { fake } from '../platform/mock-browser.ts';
import { bigbankCheck, bigbankOutOfScope, bigbankUnknown } from '../ui/fixtures/bigbank.ts';
import { noPolicyCheck } from '../ui/fixtures/no-policy.ts';

vi.mock('../../../src/platform/browser.ts', () => import('../platform/mock-browser.ts'));
const { fetchKey } = await import('../../../src/background/fetch-key.ts');
const { badgeFor } = await import('../../../src/background/badge-for.ts');
const { applyBadge, clearBadge } = await import('../../../src/background/apply-badge.ts');

const KEY = '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nxjMEZ…\n-----END PGP PUBLIC KEY BLOCK-----';
const now = () => new Date('2026-11-21T10:00:00Z');
const answer = (body: string | Uint8Array<ArrayBuffer>, status = 200) => async () => new Response(body, { status });

describe('fetchKey', () => {
  it('returns the armored block, without what surrounds it', async () => {
    const out = await fetchKey('https://keys.example/k.asc', answer(`<html>\n${KEY}\ntrailer`), now);
    expect(out.armored).toBe(`${KEY}\n`);
  });
  it('refuses http, non-URLs, errors, non-keys and oversized answers with a clear reason', async () => {
    await expect(fetchKey('http://keys.example/k.asc', answer(KEY), now)).rejects.toThrow('https only');
    await expect(fetchKey('not a url', answer(KEY), now)).rejects.toThrow('not a URL');
    await expect(fetchKey('https://keys.example/k.asc', answer('nope', 404), now)).rejects.toThrow('HTTP 404');
    await expect(fetchKey('https://keys.example/k.asc', answer('<html>login</html>'), now)).rejects.toThrow('armored OpenPGP public key');
    await expect(fetchKey('https://keys.example/k.asc', answer(new Uint8Array(300 * 1024).fill(65)), now)).rejects.toThrow('256 KB');
    await expect(fetchKey('https://keys.example/k.asc', async () => { throw new TypeError('Failed to fetch'); }, now)).rejects.toMatchObject({ name: 'KeyFetchError' });
  });
});

describe('badge', () => {
  it('says the verdict in a glyph, a colour and a tooltip', async () => {
    expect(badgeFor(bigbankCheck())).toMatchObject({ text: '✓', titleKey: 'badgeInScope' });
    expect(badgeFor(bigbankOutOfScope())).toMatchObject({ text: '✗', titleKey: 'badgeOutOfScope' });
    expect(badgeFor(bigbankUnknown())).toMatchObject({ text: '?', titleKey: 'badgeUnknown' });
    const nothing = { ...noPolicyCheck(), txt: null };
    expect(badgeFor(nothing)).toMatchObject({ text: '–', titleKey: 'badgeNoPolicy' });
    await applyBadge(4, bigbankCheck());
    expect(fake.badges.get(4)).toEqual({ text: '✓', color: '#1a7f37', title: 'Check this site\'s security.txt and disclosure policy: taotlused.bigbank.ee is in scope' });
    await clearBadge(4);
    expect(fake.badges.get(4)?.text).toBe('');
  });
});
