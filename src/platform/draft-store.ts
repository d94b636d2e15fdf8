import { browser } from './browser.ts';
import { storageArea } from './storage-item.ts';
import { SavedDraftSchema, type SavedDraft } from '../shared/saved-draft.ts';

const PREFIX = 'draft:';

/** Drafts live in storage.session (memory only, cleared when the browser quits), else storage.local. */
function area() {
  return storageArea('session');
}

export async function loadDraft(site: string): Promise<SavedDraft | null> {
  const key = PREFIX + site;
  const stored = (await area().get(key))[key];
  const parsed = SavedDraftSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function discardDraft(site: string): Promise<void> {
  await area().remove(PREFIX + site);
}

export async function listDraftSites(): Promise<string[]> {
  const all = await area().get(null);
  return Object.keys(all).filter((k) => k.startsWith(PREFIX)).map((k) => k.slice(PREFIX.length));
}

/**
 * Saves every edit without piling up writes: while one write is in flight only the latest value
 * waits; `flush` resolves once everything handed in is stored.
 */
export function createDraftSaver(onError: (error: unknown) => void = () => {}) {
  let pending: SavedDraft | null = null;
  let running: Promise<void> | null = null;

  async function drain() {
    while (pending) {
      const draft = pending;
      pending = null;
      try {
        await area().set({ [PREFIX + draft.site]: draft });
      } catch (error) {
        onError(error);
      }
    }
    running = null;
  }

  return {
    save(draft: SavedDraft) {
      pending = draft;
      running ??= drain();
    },
    flush(): Promise<void> {
      return running ?? Promise.resolve();
    },
    /** The page is going away: hand the waiting edit to storage now instead of after the write in flight. */
    flushNow() {
      const draft = pending;
      if (!draft) return;
      pending = null;
      area().set({ [PREFIX + draft.site]: draft }).catch(onError);
    },
  };
}

/** Whether drafts survive a browser restart here (no session area: they fall back to local). */
export function draftsArePersistent(): boolean {
  return !browser.storage.session;
}
