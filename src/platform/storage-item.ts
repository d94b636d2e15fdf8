import type * as z from 'zod/mini';
import { browser, type Storage } from './browser.ts';
import { migrateStored, readEnvelope, type Migrations } from '../shared/migrate-stored.ts';

export type AreaName = 'local' | 'session';

export interface StorageItem<T> {
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  update(change: (current: T) => T): Promise<T>;
  remove(): Promise<void>;
  /** Calls back with the new value whenever any page changes the item; returns the unsubscribe. */
  watch(callback: (value: T) => void): () => void;
}

export interface ItemOptions<T> {
  area: AreaName;
  key: string;
  schema: z.ZodMiniType<T>;
  fallback: () => T;
  version: number;
  migrations?: Migrations;
}

/** storage.session where the browser has it (Chrome 102+, Firefox 115+), else storage.local. */
export function storageArea(area: AreaName): Storage.StorageArea {
  if (area === 'session' && browser.storage.session) return browser.storage.session;
  return browser.storage.local;
}

function areaNameOf(area: AreaName): string {
  return area === 'session' && browser.storage.session ? 'session' : 'local';
}

/**
 * A typed, versioned storage item (WXT's defineItem, with zod): migrated on read, validated with
 * `schema`, and the fallback when missing or unreadable. Writes store `{ v, value }`.
 */
export function defineItem<T>(options: ItemOptions<T>): StorageItem<T> {
  const { key, schema, fallback, version, migrations = {} } = options;

  function decode(stored: unknown): { value: T; writeBack: boolean } {
    const envelope = readEnvelope(stored);
    if (!envelope) return { value: fallback(), writeBack: false };
    const outcome = migrateStored(envelope, version, migrations);
    const parsed = schema.safeParse(outcome.value);
    if (!parsed.success) return { value: fallback(), writeBack: false };
    return { value: parsed.data, writeBack: outcome.migrated && outcome.failedStep === null };
  }

  const item: StorageItem<T> = {
    key,
    async get() {
      const stored = (await storageArea(options.area).get(key))[key];
      const { value, writeBack } = decode(stored);
      if (writeBack) await item.set(value);
      return value;
    },
    async set(value) {
      await storageArea(options.area).set({ [key]: { v: version, value } });
    },
    async update(change) {
      const next = change(await item.get());
      await item.set(next);
      return next;
    },
    async remove() {
      await storageArea(options.area).remove(key);
    },
    watch(callback) {
      const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
        const change = changes[key];
        if (area !== areaNameOf(options.area) || !change) return;
        callback(decode(change.newValue).value);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
  return item;
}
