import { beforeEach, describe, expect, it } from 'vitest';
import { createResultCache } from '../../../src/background/result-cache.ts';
import { CACHED_CHECK_VERSION, type CachedCheck } from '../../../src/shared/cached-check.ts';
import { createFakeBrowser } from '../platform/fake-browser.ts';
import { bigbankCheck } from '../ui/fixtures/bigbank.ts';
import type { Storage } from '../../../src/platform/browser.ts';

const fake = createFakeBrowser();
const area = fake.browser.storage.local as unknown as Storage.StorageArea;

const entry = (key: string, at = 1000): CachedCheck => ({
  v: CACHED_CHECK_VERSION, key, result: bigbankCheck(), checked_at: at, expires_at: at + 1000, ttl_reason: 'default', granted_origins: [],
});

describe('createResultCache', () => {
  beforeEach(() => fake.reset());

  it('stores and reads back a check, validated', async () => {
    const cache = createResultCache(area);
    await cache.put(entry('taotlused.bigbank.ee'));
    expect(await cache.get('taotlused.bigbank.ee')).toEqual({ ...entry('taotlused.bigbank.ee'), v: 3 });
    expect(await cache.get('other.example')).toBeNull();
  });

  it('drops an entry written before message ids (version 1 or 2: English sentences), so the site is checked again', async () => {
    const cache = createResultCache(area);
    const { v: _v, ...old } = entry('old.example');
    const draft = { to: ['security@old.example'], subject: 's', body: 'b', mailto: null, warnings: [] };
    const sentences = { ...old.result, scope: { ...old.result.scope!, reasons: ['Covered by the in-scope entry "x" of the policy.'] }, draft };
    await area.set({ 'check:old.example': { ...old, result: sentences }, 'check:v2.example': { ...old, key: 'v2.example', v: 2, result: sentences } });
    expect(await cache.get('old.example')).toBeNull();
    expect(await cache.get('v2.example')).toBeNull();
    expect(fake.browser.storage.local.data.has('check:old.example')).toBe(false);
    expect(fake.browser.storage.local.data.has('check:v2.example')).toBe(false);
  });

  it('drops an entry that no longer matches the schema', async () => {
    const cache = createResultCache(area);
    await area.set({ 'check:bad.example': { key: 'bad.example', result: { schema: 'wrong' } } });
    expect(await cache.get('bad.example')).toBeNull();
    expect(fake.browser.storage.local.data.has('check:bad.example')).toBe(false);
  });

  it('keeps only the newest entries', async () => {
    const cache = createResultCache(area, 2);
    await cache.put(entry('a.example'));
    await cache.put(entry('b.example'));
    await cache.put(entry('a.example'));
    await cache.put(entry('c.example'));
    expect(await cache.get('b.example')).toBeNull();
    expect(await cache.get('a.example')).not.toBeNull();
    expect(await cache.get('c.example')).not.toBeNull();
  });

  it('keeps oversized results in memory only', async () => {
    const cache = createResultCache(area);
    const big = entry('big.example');
    big.result = bigbankCheck({ txt: { ...big.result.txt!, raw: 'x'.repeat(2_000_000) } });
    await cache.put(big);
    expect(fake.browser.storage.local.data.has('check:big.example')).toBe(false);
    expect((await cache.get('big.example'))?.result.txt?.raw?.length).toBe(2_000_000);
  });

  it('clear removes everything and counts it', async () => {
    const cache = createResultCache(area);
    await cache.put(entry('a.example'));
    await cache.put(entry('b.example'));
    await area.set({ settings: { v: 1, value: {} } });
    expect(await cache.clear()).toBe(2);
    expect(await cache.get('a.example')).toBeNull();
    expect(fake.browser.storage.local.data.has('settings')).toBe(true);
  });
});
