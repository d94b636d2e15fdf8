import { beforeEach, describe, expect, it } from 'vitest';
import { createResultCache } from '../../../src/background/result-cache.ts';
import type { CachedCheck } from '../../../src/shared/cached-check.ts';
import { createFakeBrowser } from '../platform/fake-browser.ts';
import { bigbankCheck } from '../ui/fixtures/bigbank.ts';
import type { Storage } from '../../../src/platform/browser.ts';

const fake = createFakeBrowser();
const area = fake.browser.storage.local as unknown as Storage.StorageArea;

const entry = (key: string, at = 1000): CachedCheck => ({
  key, result: bigbankCheck(), checked_at: at, expires_at: at + 1000, ttl_reason: 'default', granted_origins: [],
});

describe('createResultCache', () => {
  beforeEach(() => fake.reset());

  it('stores and reads back a check, validated', async () => {
    const cache = createResultCache(area);
    await cache.put(entry('taotlused.bigbank.ee'));
    expect(await cache.get('taotlused.bigbank.ee')).toEqual({ ...entry('taotlused.bigbank.ee'), v: 3 });
    expect(await cache.get('other.example')).toBeNull();
  });

  it('migrates a version-1 entry: the cached draft is dropped, the contacts and keys derived, and the entry written back', async () => {
    const cache = createResultCache(area);
    const old = entry('old.example');
    const { contacts, keys, ...v1Result } = old.result;
    const draft = { to: ['security@old.example'], subject: 's', body: 'b', mailto: null, warnings: [] };
    await area.set({ 'check:old.example': { ...old, result: { ...v1Result, draft } } });
    const read = await cache.get('old.example');
    expect(read?.v).toBe(3);
    expect(read?.result).not.toHaveProperty('draft');
    expect(read?.result.contacts).toEqual(contacts);
    expect(read?.result.keys).toEqual(keys);
    const stored = fake.browser.storage.local.data.get('check:old.example') as { v: number; result: object };
    expect(stored.v).toBe(3);
    expect(stored.result).not.toHaveProperty('draft');
    expect(stored.result).toHaveProperty('contacts', contacts);
  });

  it('migrates a version-2 entry: contacts (with their security.txt lines and warnings) and keys from the core', async () => {
    const cache = createResultCache(area);
    const old = entry('v2.example');
    const { contacts: _contacts, keys: _keys, ...v2Result } = old.result;
    await area.set({ 'check:v2.example': { ...old, v: 2, result: v2Result } });
    const read = await cache.get('v2.example');
    expect(read?.v).toBe(3);
    expect(read?.result.contacts.map((c) => [c.value, c.txt_line, c.href])).toEqual([['mailto:security@bigbank.eu', 1, 'mailto:security@bigbank.eu']]);
    expect(read?.result.keys.map((k) => k.url)).toEqual(['https://raw.githubusercontent.com/bigbank-as/security-txt/master/pgp-key.txt']);
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
