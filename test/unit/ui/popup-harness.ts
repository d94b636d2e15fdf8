import { createCheckPortListener } from '../../../src/background/handle-check-port.ts';
import { createRequestListener } from '../../../src/background/handle-request.ts';
import { isTrustedSender } from '../../../src/background/is-trusted-sender.ts';
import type { CheckService } from '../../../src/background/check-service.ts';
import type { CheckResult, SourceProgress } from '../../../src/core/check/check-result.ts';
import { checkStorageKey } from '../../../src/shared/cache-keys.ts';
import { CACHED_CHECK_VERSION, type CachedCheckView } from '../../../src/shared/cached-check.ts';
import { fireEvent, screen } from '@testing-library/preact';
import type { FakeBrowser } from '../platform/fake-browser.ts';

export const NOW = Date.parse('2026-11-21T10:05:00Z');

/** A stored check of `result`; fresh ones expire an hour from the real clock (the popup reads Date.now()). */
export function entryOf(result: CheckResult, fresh = true): CachedCheckView {
  const at = Date.parse(result.checked_at);
  const expires = fresh ? Date.now() + 3600_000 : Date.now() - 1;
  return { v: CACHED_CHECK_VERSION, key: result.host, result, checked_at: at, expires_at: expires, ttl_reason: 'default', granted_origins: [], fresh };
}

export interface FakeBackground {
  /** The stored check getCached answers with. */
  cached: CachedCheckView | null;
  /** What a check does: emits progress, then resolves (or rejects). */
  check: (onProgress: (sources: SourceProgress[]) => void, refresh: boolean) => Promise<CachedCheckView>;
  runs: { url: string; refresh: boolean }[];
  keyFetches: string[];
  armoredKey: string;
}

/** The real message listeners, in front of a scripted check service. */
export function installBackground(fake: FakeBrowser, background: FakeBackground) {
  const b = fake.browser;
  if (background.cached) {
    // Where the real background stores it; the popup reads it from there.
    const { fresh: _fresh, ...stored } = background.cached;
    b.storage.local.data.set(checkStorageKey(background.cached.key), JSON.parse(JSON.stringify(stored)));
  }
  const isTrusted = (s: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(s, b.runtime.id, b.runtime.getURL);
  const service = {
    lookup: async () => background.cached,
    run: async (url: string, options: { refresh: boolean; onProgress?: (s: SourceProgress[]) => void }) => {
      background.runs.push({ url, refresh: options.refresh });
      return background.check(options.onProgress ?? (() => {}), options.refresh);
    },
    detach: () => {},
    isRunning: () => false,
  } as unknown as CheckService;
  b.runtime.onMessage.addListener(createRequestListener({
    getCached: async () => background.cached,
    fetchKey: async ({ url }) => {
      background.keyFetches.push(url);
      return { armored: background.armoredKey, url };
    },
    clearCache: async () => ({ cleared: 0 }),
  }, { isTrusted }) as never);
  b.runtime.onConnect.addListener(createCheckPortListener({ service, isTrusted, activeTabOrigin: async () => null }) as never);
}

export function backgroundWith(over: Partial<FakeBackground>): FakeBackground {
  return { cached: null, check: () => new Promise(() => {}), runs: [], keyFetches: [], armoredKey: '', ...over };
}

/** Shows one tab's panel (panels mount when first shown), e.g. showPanel(/Report/). */
export async function showPanel(name: RegExp | string): Promise<void> {
  fireEvent.click(await screen.findByRole('tab', { name }));
}

/** Shows every tab once, then the one that was selected: every panel is then mounted, as a user who looked at all. */
export async function showEveryPanel(): Promise<void> {
  const tabs = await screen.findAllByRole('tab');
  const selected = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');
  for (const tab of tabs) fireEvent.click(tab);
  if (selected) fireEvent.click(selected);
}
