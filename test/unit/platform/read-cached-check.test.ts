import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './mock-browser.ts';
import { noPolicyCheck } from '../ui/fixtures/no-policy.ts';
import { CACHED_CHECK_VERSION } from '../../../src/shared/cached-check.ts';

vi.mock('../../../src/platform/browser.ts', () => import('./mock-browser.ts'));
const { readCachedCheck } = await import('../../../src/platform/read-cached-check.ts');

const NOW = Date.parse('2026-11-21T10:05:00Z');
const entry = (expiresAt: number) => ({
  v: CACHED_CHECK_VERSION, key: 'www.shop.example.test', result: noPolicyCheck(), checked_at: NOW - 300_000, expires_at: expiresAt, ttl_reason: 'default', granted_origins: [],
});

describe('readCachedCheck', () => {
  beforeEach(() => fake.reset());

  it('reads the background\'s entry for the page\'s host and judges freshness', async () => {
    fake.browser.storage.local.data.set('check:www.shop.example.test', entry(NOW + 1000));
    expect(await readCachedCheck('https://www.shop.example.test/other/page', NOW)).toMatchObject({ fresh: true, key: 'www.shop.example.test' });
    expect(await readCachedCheck('https://www.shop.example.test/', NOW + 1000)).toMatchObject({ fresh: false });
    expect(await readCachedCheck('https://shop.example.test/', NOW)).toBeNull();
  });

  it('is stale once the user granted a host the check could not reach', async () => {
    fake.browser.storage.local.data.set('check:www.shop.example.test', entry(NOW + 1000));
    fake.granted.add('*://example.test/*');
    expect((await readCachedCheck('https://www.shop.example.test/', NOW))?.fresh).toBe(false);
  });

  it('a wildcard grant counts; one that already covered the URL at check time does not', async () => {
    fake.browser.storage.local.data.set('check:www.shop.example.test', entry(NOW + 1000));
    fake.granted.add('https://*/*');
    expect((await readCachedCheck('https://www.shop.example.test/', NOW))?.fresh).toBe(false);
    fake.browser.storage.local.data.set('check:www.shop.example.test', { ...entry(NOW + 1000), granted_origins: ['https://*/*'] });
    expect((await readCachedCheck('https://www.shop.example.test/', NOW))?.fresh).toBe(true);
  });

  it('leaves an entry from before version 3 to the background: its contacts and keys need the core', async () => {
    const { contacts: _c, keys: _k, ...v2Result } = noPolicyCheck();
    fake.browser.storage.local.data.set('check:www.shop.example.test', { ...entry(NOW + 1000), v: 2, result: v2Result });
    expect(await readCachedCheck('https://www.shop.example.test/', NOW)).toBeNull();
    // Read only: the stored entry is untouched (the background migrates it and writes it back).
    expect(fake.browser.storage.local.data.get('check:www.shop.example.test')).toMatchObject({ v: 2 });
  });

  it('ignores entries that are not check results', async () => {
    fake.browser.storage.local.data.set('check:www.shop.example.test', { result: { schema: 'other' } });
    expect(await readCachedCheck('https://www.shop.example.test/', NOW)).toBeNull();
  });
});
