import type { Storage } from '../platform/browser.ts';
import { CHECK_INDEX_KEY, CHECK_KEY_PREFIX } from '../shared/cache-keys.ts';
import { CACHED_CHECK_VERSION, CachedCheckSchema, migrateCachedCheck, type CachedCheck } from '../shared/cached-check.ts';

const PREFIX = CHECK_KEY_PREFIX;
const INDEX_KEY = CHECK_INDEX_KEY;
/** Entries larger than this stay in memory only (storage.local holds 10 MB in all). */
const MAX_ENTRY_CHARS = 1_500_000;

export interface ResultCache {
  get(key: string): Promise<CachedCheck | null>;
  put(entry: CachedCheck): Promise<void>;
  clear(): Promise<number>;
}

/** Check results in storage.local, newest `maxEntries` kept, each validated when read back. */
export function createResultCache(area: Storage.StorageArea, maxEntries = 100): ResultCache {
  const memory = new Map<string, CachedCheck>();

  async function readIndex(): Promise<string[]> {
    const index = (await area.get(INDEX_KEY))[INDEX_KEY];
    return Array.isArray(index) ? index.filter((k): k is string => typeof k === 'string') : [];
  }

  return {
    async get(key) {
      const inMemory = memory.get(key);
      if (inMemory) return inMemory;
      const stored = (await area.get(PREFIX + key))[PREFIX + key];
      if (stored === undefined) return null;
      const { value, migrated } = migrateCachedCheck(stored);
      const parsed = CachedCheckSchema.safeParse(value);
      if (!parsed.success) {
        await area.remove(PREFIX + key);
        return null;
      }
      if (migrated) await area.set({ [PREFIX + key]: parsed.data });
      return parsed.data;
    },
    async put(stored) {
      const entry: CachedCheck = { ...stored, v: CACHED_CHECK_VERSION };
      if (JSON.stringify(entry).length > MAX_ENTRY_CHARS) {
        memory.set(entry.key, entry);
        return;
      }
      memory.delete(entry.key);
      const index = [entry.key, ...(await readIndex()).filter((k) => k !== entry.key)];
      const evicted = index.splice(maxEntries);
      await area.set({ [PREFIX + entry.key]: entry, [INDEX_KEY]: index });
      if (evicted.length) await area.remove(evicted.map((k) => PREFIX + k));
    },
    async clear() {
      const all = await area.get(null);
      const keys = Object.keys(all).filter((k) => k.startsWith(PREFIX));
      const count = new Set([...keys.map((k) => k.slice(PREFIX.length)), ...memory.keys()]).size;
      memory.clear();
      await area.remove([...keys, INDEX_KEY]);
      return count;
    },
  };
}
