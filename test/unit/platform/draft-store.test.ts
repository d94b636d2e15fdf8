import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedDraft } from '../../../src/shared/saved-draft.ts';
import { createFakeBrowser } from './fake-browser.ts';

const state = vi.hoisted(() => ({ fake: null as unknown as ReturnType<typeof createFakeBrowser>, session: true }));
vi.mock('../../../src/platform/browser.ts', async () => {
  const { createFakeBrowser } = await import('./fake-browser.ts');
  state.fake = createFakeBrowser();
  // Switchable per test: a browser without storage.session.
  const browser = new Proxy(state.fake.browser, {
    get: (target, key) => (key === 'storage'
      ? { ...target.storage, session: state.session ? target.storage.session : undefined }
      : target[key as keyof typeof target]),
  });
  return { browser };
});

const { createDraftSaver, discardDraft, listDraftSites, loadDraft, draftsArePersistent } = await import('../../../src/platform/draft-store.ts');

const draft = (body: string): SavedDraft => ({
  site: 'taotlused.bigbank.ee', pageUrl: 'https://taotlused.bigbank.ee/apply', to: ['security@bigbank.eu'],
  subject: '[Security] XSS', body, language: 'en', warnings: [], createdAt: '2026-11-21T10:00:00Z', updatedAt: '2026-11-21T10:00:00Z',
});

describe('draft store', () => {
  beforeEach(() => {
    state.session = true;
    state.fake.reset();
  });

  it('saves every edit to storage.session and restores the last one', async () => {
    const saver = createDraftSaver();
    for (const body of ['H', 'He', 'Hel', 'Hello']) saver.save(draft(body));
    await saver.flush();
    expect(state.fake.browser.storage.session?.data.has('draft:taotlused.bigbank.ee')).toBe(true);
    expect(state.fake.browser.storage.local.data.size).toBe(0);
    expect((await loadDraft('taotlused.bigbank.ee'))?.body).toBe('Hello');
    expect(await listDraftSites()).toEqual(['taotlused.bigbank.ee']);
  });

  it('coalesces writes while one is in flight, never dropping the latest', async () => {
    const saver = createDraftSaver();
    const set = vi.spyOn(state.fake.browser.storage.session!, 'set');
    for (let i = 0; i < 50; i++) saver.save(draft(`v${i}`));
    await saver.flush();
    expect(set.mock.calls.length).toBeLessThanOrEqual(2);
    expect((await loadDraft('taotlused.bigbank.ee'))?.body).toBe('v49');
  });

  it('falls back to storage.local without a session area', async () => {
    state.session = false;
    expect(draftsArePersistent()).toBe(true);
    const saver = createDraftSaver();
    saver.save(draft('kept'));
    await saver.flush();
    expect(state.fake.browser.storage.local.data.has('draft:taotlused.bigbank.ee')).toBe(true);
    expect((await loadDraft('taotlused.bigbank.ee'))?.body).toBe('kept');
  });

  it('discard removes it; a malformed stored draft reads as none', async () => {
    const saver = createDraftSaver();
    saver.save(draft('x'));
    await saver.flush();
    await discardDraft('taotlused.bigbank.ee');
    expect(await loadDraft('taotlused.bigbank.ee')).toBeNull();
    await state.fake.browser.storage.session!.set({ 'draft:a.example': { body: 3 } });
    expect(await loadDraft('a.example')).toBeNull();
  });

  it('reports a failed write instead of losing it silently', async () => {
    const errors: unknown[] = [];
    const saver = createDraftSaver((e) => errors.push(e));
    vi.spyOn(state.fake.browser.storage.session!, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    saver.save(draft('x'));
    await saver.flush();
    expect(errors).toHaveLength(1);
  });
});
