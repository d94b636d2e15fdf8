import de from '../../../public/_locales/de/messages.json';
import { formatMessage as formatCatalogueMessage } from '../../../src/cli/format-message.ts';
import { patternCoversUrl } from '../../../src/shared/origin-patterns.ts';
import en from '../../../public/_locales/en/messages.json';

/** An in-memory stand-in for the WebExtension API parts Scopecheck uses (@webext-core/fake-browser style). */

type Listener<A extends unknown[]> = (...args: A) => unknown;

export class FakeEvent<A extends unknown[]> {
  listeners = new Set<Listener<A>>();
  addListener(l: Listener<A>) {
    this.listeners.add(l);
  }
  removeListener(l: Listener<A>) {
    this.listeners.delete(l);
  }
  hasListener(l: Listener<A>) {
    return this.listeners.has(l);
  }
  trigger(...args: A): unknown[] {
    return [...this.listeners].map((l) => l(...args));
  }
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export function createFakeArea(name: string, onChanged: FakeEvent<[Record<string, { oldValue?: unknown; newValue?: unknown }>, string]>) {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys?: string | string[] | null | Record<string, unknown>) {
      const out: Record<string, unknown> = {};
      if (keys === null || keys === undefined) {
        for (const [k, v] of data) out[k] = clone(v);
      } else if (typeof keys === 'string' || Array.isArray(keys)) {
        for (const k of typeof keys === 'string' ? [keys] : keys) if (data.has(k)) out[k] = clone(data.get(k));
      } else {
        for (const [k, d] of Object.entries(keys)) out[k] = data.has(k) ? clone(data.get(k)) : d;
      }
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: clone(v) };
        data.set(k, clone(v));
      }
      onChanged.trigger(changes, name);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (data.has(k)) changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      onChanged.trigger(changes, name);
    },
    async clear() {
      data.clear();
    },
  };
}

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function loadMessages(locale: 'en' | 'de'): Messages {
  return (locale === 'de' ? de : en) as Messages;
}

/** chrome.i18n.getMessage semantics (the CLI's formatter: named placeholders, then $1…$9). */
export function formatMessage(messages: Messages, key: string, substitutions?: string | string[]): string {
  return formatCatalogueMessage(messages, key, substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]);
}

export interface FakePort {
  name: string;
  sender?: { id?: string; url?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: FakeEvent<[unknown, FakePort]>;
  onDisconnect: FakeEvent<[FakePort]>;
}

/** Two connected port ends: what one posts, the other receives (asynchronously, JSON-cloned). */
export function createPortPair(name: string, sender: { id?: string; url?: string }): [FakePort, FakePort] {
  const make = (): FakePort => ({
    name,
    postMessage() {},
    disconnect() {},
    onMessage: new FakeEvent(),
    onDisconnect: new FakeEvent(),
  });
  const a = make();
  const b = make();
  b.sender = sender;
  let open = true;
  const wire = (from: FakePort, to: FakePort) => {
    from.postMessage = (m) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = clone(m);
      queueMicrotask(() => open && to.onMessage.trigger(copy, to));
    };
    from.disconnect = () => {
      if (!open) return;
      open = false;
      queueMicrotask(() => to.onDisconnect.trigger(to));
    };
  };
  wire(a, b);
  wire(b, a);
  return [a, b];
}

export const EXTENSION_ID = 'fakeextensionid';
export const EXTENSION_BASE = `chrome-extension://${EXTENSION_ID}/`;

export function createFakeBrowser(options: { session?: boolean; locale?: 'en' | 'de' } = {}) {
  const storageChanged = new FakeEvent<[Record<string, { oldValue?: unknown; newValue?: unknown }>, string]>();
  const messages = loadMessages(options.locale ?? 'en');
  const onMessage = new FakeEvent<[unknown, { id?: string; url?: string; tab?: unknown }]>();
  const onConnect = new FakeEvent<[FakePort]>();
  const granted = new Set<string>();
  const tabs = new Map<number, { id: number; url?: string; active?: boolean }>();
  const badges = new Map<number, { text?: string; color?: string; title?: string }>();
  /** The page that sends messages (the popup, unless a test says otherwise). */
  let senderUrl = `${EXTENSION_BASE}src/popup/index.html`;
  let permissionAnswer = true;

  const browser = {
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => EXTENSION_BASE + path.replace(/^\//, ''),
      onMessage,
      onConnect,
      onInstalled: new FakeEvent<[unknown]>(),
      async sendMessage(message: unknown) {
        const sender = { id: EXTENSION_ID, url: senderUrl };
        for (const result of onMessage.trigger(clone(message), sender)) {
          if (result !== undefined) return clone(await result);
        }
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      connect(info: { name: string }) {
        const [client, server] = createPortPair(info.name, { id: EXTENSION_ID, url: senderUrl });
        queueMicrotask(() => onConnect.trigger(server));
        return client;
      },
    },
    storage: {
      local: createFakeArea('local', storageChanged),
      session: options.session === false ? undefined : createFakeArea('session', storageChanged),
      onChanged: storageChanged,
    },
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => formatMessage(messages, key, subs),
      getUILanguage: () => options.locale ?? 'en',
    },
    tabs: {
      async get(id: number) {
        const tab = tabs.get(id);
        if (!tab) throw new Error(`No tab with id: ${id}.`);
        return { ...tab };
      },
      async query(_q: unknown) {
        return [...tabs.values()].filter((t) => t.active).map((t) => ({ ...t }));
      },
      onUpdated: new FakeEvent<[number, { status?: string; url?: string }, { id: number; url?: string }]>(),
    },
    permissions: {
      onAdded: new FakeEvent<[{ origins?: string[] }]>(),
      onRemoved: new FakeEvent<[{ origins?: string[] }]>(),
      /** Like Chrome: each requested pattern must be covered by what was granted. */
      async contains(p: { origins?: string[] }) {
        return (p.origins ?? []).every((o) => {
          if (granted.has(o)) return true;
          const m = /^(\*|https?):\/\/([^/]+)\//.exec(o);
          if (!m) return false;
          const schemes = m[1] === '*' ? ['http', 'https'] : [m[1]!];
          return schemes.every((scheme) => [...granted].some((g) => patternCoversUrl(g, `${scheme}://${m[2]!.replace(/^\*\./, '')}/`)));
        });
      },
      /**
       * Like Chrome: a pattern outside the manifest's optional hosts (`https://*\/*`, `http://*\/*`) is refused
       * with Chrome's message, `*://host/*` included (Chrome does not treat it as the union of the two).
       */
      async request(p: { origins?: string[] }) {
        const outside = (p.origins ?? []).find((o) => !/^https?:\/\/(\*|(\*\.)?[^/*]+)\/\*$/.test(o));
        if (outside) throw new Error('Only permissions specified in the manifest may be requested.');
        if (!permissionAnswer) return false;
        for (const o of p.origins ?? []) granted.add(o);
        browser.permissions.onAdded.trigger({ origins: p.origins ?? [] });
        return true;
      },
      async remove(p: { origins?: string[] }) {
        for (const o of p.origins ?? []) granted.delete(o);
        browser.permissions.onRemoved.trigger({ origins: p.origins ?? [] });
        return true;
      },
      async getAll() {
        return { origins: [...granted], permissions: ['activeTab', 'storage'] };
      },
    },
    action: {
      async setBadgeText(d: { tabId: number; text: string }) {
        badges.set(d.tabId, { ...badges.get(d.tabId), text: d.text });
      },
      async setBadgeBackgroundColor(d: { tabId: number; color: string }) {
        badges.set(d.tabId, { ...badges.get(d.tabId), color: d.color });
      },
      async setTitle(d: { tabId: number; title: string }) {
        badges.set(d.tabId, { ...badges.get(d.tabId), title: d.title });
      },
    },
  };

  return {
    browser,
    granted,
    tabs,
    badges,
    setSenderUrl(url: string) {
      senderUrl = url;
    },
    answerPermissionRequests(yes: boolean) {
      permissionAnswer = yes;
    },
    reset() {
      granted.clear();
      tabs.clear();
      badges.clear();
      browser.storage.local.data.clear();
      browser.storage.session?.data.clear();
      onMessage.listeners.clear();
      onConnect.listeners.clear();
      storageChanged.listeners.clear();
      browser.permissions.onAdded.listeners.clear();
      browser.permissions.onRemoved.listeners.clear();
      senderUrl = `${EXTENSION_BASE}src/popup/index.html`;
      permissionAnswer = true;
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
