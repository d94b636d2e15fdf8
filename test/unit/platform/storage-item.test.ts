import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { fake } from './mock-browser.ts';

vi.mock('../../../src/platform/browser.ts', () => import('./mock-browser.ts'));

const { defineItem } = await import('../../../src/platform/storage-item.ts');
const { migrateStored, readEnvelope } = await import('../../../src/shared/migrate-stored.ts');
const { settingsItem } = await import('../../../src/platform/settings.ts');
const { defaultSettings, SETTINGS_VERSION } = await import('../../../src/shared/settings-schema.ts');

const local = () => fake.browser.storage.local.data;

// A made-up history to exercise the mechanism: v1 stored a name string, v2 split it, v3 added a flag.
const Person = z.object({ first: z.string(), last: z.string(), admin: z.boolean() });
const migrations = {
  2: (v: unknown) => {
    const [first = '', last = ''] = String((v as { name: string }).name).split(' ');
    return { first, last };
  },
  3: (v: unknown) => ({ ...(v as object), admin: false }),
};
const person = () => defineItem({ area: 'local', key: 'person', schema: Person, fallback: () => ({ first: '', last: '', admin: false }), version: 3, migrations });

describe('migrateStored', () => {
  it('runs each step from the stored version up, in order', () => {
    expect(migrateStored({ v: 1, value: { name: 'Ada Lovelace' } }, 3, migrations))
      .toEqual({ value: { first: 'Ada', last: 'Lovelace', admin: false }, version: 3, migrated: true, failedStep: null });
    expect(migrateStored({ v: 2, value: { first: 'A', last: 'B' } }, 3, migrations).value).toEqual({ first: 'A', last: 'B', admin: false });
  });
  it('leaves current and newer (downgraded) values alone', () => {
    expect(migrateStored({ v: 3, value: 1 }, 3, migrations)).toMatchObject({ migrated: false, version: 3 });
    expect(migrateStored({ v: 9, value: 1 }, 3, migrations)).toMatchObject({ migrated: false, version: 9 });
  });
  it('stops at a step that throws', () => {
    const out = migrateStored({ v: 1, value: null }, 3, { 2: () => { throw new Error('x'); } });
    expect(out).toMatchObject({ version: 1, failedStep: 2, migrated: false });
  });
  it('reads a bare value written before versioning as version 0', () => {
    expect(readEnvelope({ name: 'x' })).toEqual({ v: 0, value: { name: 'x' } });
    expect(readEnvelope({ v: 2, value: 5 })).toEqual({ v: 2, value: 5 });
    expect(readEnvelope({ v: -1, value: 5 })).toEqual({ v: 0, value: { v: -1, value: 5 } });
    expect(readEnvelope(undefined)).toBeNull();
  });
});

describe('defineItem', () => {
  beforeEach(() => fake.reset());

  it('returns the fallback when nothing is stored, and round-trips a value', async () => {
    expect(await person().get()).toEqual({ first: '', last: '', admin: false });
    await person().set({ first: 'Grace', last: 'Hopper', admin: true });
    expect(local().get('person')).toEqual({ v: 3, value: { first: 'Grace', last: 'Hopper', admin: true } });
    expect(await person().get()).toEqual({ first: 'Grace', last: 'Hopper', admin: true });
  });

  it('migrates an old value on read and writes it back', async () => {
    local().set('person', { v: 1, value: { name: 'Ada Lovelace' } });
    expect(await person().get()).toEqual({ first: 'Ada', last: 'Lovelace', admin: false });
    expect(local().get('person')).toEqual({ v: 3, value: { first: 'Ada', last: 'Lovelace', admin: false } });
  });

  it('falls back (without overwriting) when the value is unreadable', async () => {
    local().set('person', { v: 3, value: { first: 1 } });
    expect(await person().get()).toEqual({ first: '', last: '', admin: false });
    expect(local().get('person')).toEqual({ v: 3, value: { first: 1 } });
  });

  it('notifies watchers of changes to its own key only', async () => {
    const seen: unknown[] = [];
    const stop = person().watch((v) => seen.push(v));
    await person().set({ first: 'A', last: 'B', admin: false });
    await fake.browser.storage.local.set({ other: 1 });
    stop();
    await person().set({ first: 'C', last: 'D', admin: false });
    expect(seen).toEqual([{ first: 'A', last: 'B', admin: false }]);
  });
});

describe('settingsItem', () => {
  beforeEach(() => fake.reset());

  it('defaults: auto-check off, mailto, automatic language', async () => {
    expect(await settingsItem.get()).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({ autoCheck: false, mailClient: 'mailto', reportLanguage: 'auto', autoCheckExclusions: [] });
  });

  it('keeps the good fields of a partly broken value', async () => {
    local().set('settings', { v: SETTINGS_VERSION, value: { mailClient: 'pigeon', autoCheck: true, timeoutMs: 5, profile: { name: 'Ada', email: 7 } } });
    const s = await settingsItem.get();
    expect(s.mailClient).toBe('mailto');
    expect(s.autoCheck).toBe(true);
    expect(s.timeoutMs).toBe(8000);
    expect(s.profile).toEqual({ name: 'Ada', handle: '', email: '', pgpKey: '' });
  });

  it('reads settings stored before versioning (a bare object) as version 0', async () => {
    local().set('settings', { autoCheck: true, reportLanguage: 'de' });
    expect(await settingsItem.get()).toMatchObject({ autoCheck: true, reportLanguage: 'de' });
    expect(local().get('settings')).toMatchObject({ v: SETTINGS_VERSION });
  });
});
