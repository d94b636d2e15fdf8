import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckPage } from '../../../src/background/check-page-type.ts';
import { createCheckService, type CheckServiceDeps } from '../../../src/background/check-service.ts';
import { MIN_TTL_MS } from '../../../src/background/compute-cache-ttl.ts';
import { createResultCache } from '../../../src/background/result-cache.ts';
import type { Storage } from '../../../src/platform/browser.ts';
import { defaultSettings, type Settings } from '../../../src/shared/settings-schema.ts';
import { createFakeBrowser } from '../platform/fake-browser.ts';
import { bigbankCheck } from '../ui/fixtures/bigbank.ts';

const fake = createFakeBrowser();
const PAGE = 'https://taotlused.bigbank.ee/apply';
const T0 = Date.parse('2026-11-21T10:00:00Z');

/** A stand-in for the core's checkPage: fetches the two URLs a real check would, reports progress. */
const fakeCheckPage: CheckPage = async (url, deps, _options, onProgress) => {
  onProgress?.({ id: 'securitytxt', label: 'security.txt', url: 'https://taotlused.bigbank.ee/.well-known/security.txt', state: 'pending' });
  const unreachable: { url: string; reason: string }[] = [];
  for (const target of ['https://taotlused.bigbank.ee/.well-known/security.txt', 'https://bigbank.ee/.well-known/security.txt']) {
    try {
      await deps.fetch(target);
    } catch (error) {
      unreachable.push({ url: target, reason: (error as Error).message });
    }
  }
  onProgress?.({ id: 'securitytxt', label: 'security.txt', url: 'https://taotlused.bigbank.ee/.well-known/security.txt', state: 'done' });
  return bigbankCheck({ url, unreachable });
};

function setup(over: Partial<CheckServiceDeps> = {}, settings: Partial<Settings> = {}) {
  let now = T0;
  const fetch = vi.fn(async (_input: string) => new Response('Contact: mailto:a@b.example', {
    status: 200, headers: { 'cache-control': 'max-age=3600' },
  }) as Response & { url: string });
  const checkPage = vi.fn(fakeCheckPage);
  const deps: CheckServiceDeps = {
    checkPage: () => checkPage,
    cache: createResultCache(fake.browser.storage.local as unknown as Storage.StorageArea),
    fetch: (input) => fetch(input),
    now: () => new Date(now),
    mayFetch: async (url) => new URL(url).hostname === 'taotlused.bigbank.ee' || fake.granted.has(`*://${new URL(url).hostname}/*`),
    grantedOrigins: async () => [...fake.granted],
    getSettings: async () => ({ ...defaultSettings(), ...settings }),
    ...over,
  };
  return { service: createCheckService(deps), fetch, checkPage, advance: (ms: number) => (now += ms) };
}

describe('createCheckService', () => {
  beforeEach(() => fake.reset());

  it('refuses hosts that are not granted, and records them as no_permission', async () => {
    const { service, fetch } = setup();
    const entry = await service.run(PAGE, { refresh: false, activeTabOrigin: 'https://taotlused.bigbank.ee' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe('https://taotlused.bigbank.ee/.well-known/security.txt');
    expect(entry.result.unreachable).toEqual([{ url: 'https://bigbank.ee/.well-known/security.txt', reason: 'no_permission' }]);
    expect(entry.ttl_reason).toBe('failures');
  });

  it('fetches a granted parent domain, and the lifetime follows Cache-Control', async () => {
    fake.granted.add('*://bigbank.ee/*');
    const { service, fetch } = setup();
    const entry = await service.run(PAGE, { refresh: false, activeTabOrigin: null });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(entry.result.unreachable).toEqual([]);
    expect(entry).toMatchObject({ fresh: true, ttl_reason: 'http_max_age', expires_at: T0 + 3600_000, granted_origins: ['*://bigbank.ee/*'] });
  });

  it('answers from the cache while fresh, checks again when stale or on refresh', async () => {
    fake.granted.add('*://bigbank.ee/*');
    const { service, checkPage, advance } = setup();
    await service.run(PAGE, { refresh: false, activeTabOrigin: null });
    expect((await service.run(PAGE, { refresh: false, activeTabOrigin: null })).fresh).toBe(true);
    expect(checkPage).toHaveBeenCalledTimes(1);
    await service.run(PAGE, { refresh: true, activeTabOrigin: null });
    expect(checkPage).toHaveBeenCalledTimes(2);
    advance(3600_001);
    expect((await service.lookup(PAGE))?.fresh).toBe(false);
    await service.run(PAGE, { refresh: false, activeTabOrigin: null });
    expect(checkPage).toHaveBeenCalledTimes(3);
  });

  it('a grant since the check makes the stored result stale', async () => {
    const { service } = setup();
    await service.run(PAGE, { refresh: false, activeTabOrigin: 'https://taotlused.bigbank.ee' });
    expect((await service.lookup('https://taotlused.bigbank.ee/other'))?.fresh).toBe(true);
    fake.granted.add('*://bigbank.ee/*');
    expect((await service.lookup(PAGE))?.fresh).toBe(false);
  });

  it('joins a running check: one checkPage call, progress to every listener', async () => {
    const { service, checkPage } = setup();
    const a: number[] = [];
    const b: number[] = [];
    const first = service.run(PAGE, { refresh: true, activeTabOrigin: null, onProgress: (s) => a.push(s.length) });
    await Promise.resolve();
    await Promise.resolve();
    const second = service.run(PAGE, { refresh: false, activeTabOrigin: null, onProgress: (s) => b.push(s.length) });
    const [x, y] = await Promise.all([first, second]);
    expect(x).toBe(y);
    expect(checkPage).toHaveBeenCalledTimes(1);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(service.isRunning(PAGE)).toBe(false);
  });

  it('passes the early result on to every listener (a late joiner too), with the refused hosts, and never stores it', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const { service } = setup({
      checkPage: () => async (url, deps, options, onProgress) => {
        try {
          await deps.fetch('https://bigbank.ee/.well-known/security.txt');
        } catch {
          // refused: the guard records it
        }
        options.onPartial?.(bigbankCheck({ url }));
        await gate;
        return fakeCheckPage(url, deps, options, onProgress);
      },
    });
    const a: string[] = [];
    const b: string[] = [];
    const first = service.run(PAGE, { refresh: true, activeTabOrigin: null, onPartial: (e) => a.push(e.result.scope!.verdict) });
    await vi.waitFor(() => expect(a).toEqual(['in_scope']));
    const joined = service.run(PAGE, { refresh: false, activeTabOrigin: null, onPartial: (e) => {
      b.push(e.result.scope!.verdict);
      expect(e.fresh).toBe(false);
      expect(e.result.unreachable).toEqual([{ url: 'https://bigbank.ee/.well-known/security.txt', reason: 'no_permission' }]);
    } });
    expect(b).toEqual(['in_scope']);
    expect(await service.lookup(PAGE)).toBeNull();
    release();
    const [x, y] = await Promise.all([first, joined]);
    expect(x).toBe(y);
    expect(x.fresh).toBe(true);
    expect((await service.lookup(PAGE))?.ttl_reason).not.toBe('partial');
  });

  it('passes the settings timeout and the matching scope override to checkPage', async () => {
    const override = { id: '1', appliesTo: 'bigbank.ee', format: 'text' as const, raw: 'taotlused.bigbank.ee', entries: [{ pattern: 'taotlused.bigbank.ee' }], findings: [], updatedAt: '' };
    const other = { ...override, id: '2', appliesTo: 'example.com', entries: [{ pattern: 'x' }] };
    const { service, checkPage } = setup({}, { timeoutMs: 3000, scopeOverrides: [other, override] });
    await service.run(PAGE, { refresh: true, activeTabOrigin: null });
    expect(checkPage.mock.calls[0]?.[2]).toMatchObject({ timeoutMs: 3000, userScope: [{ pattern: 'taotlused.bigbank.ee', effect: 'include', source: 'user' }] });
  });

  it('passes the page links when it has them, as a promise the check does not wait for', async () => {
    // Changed with the cold-verdict work: the links were awaited before the check started; now security.txt goes
    // out while the tab is asked, and a promise resolving to undefined means "read the page instead".
    const { service, checkPage } = setup();
    const links = [{ href: 'https://taotlused.bigbank.ee/security', text: 'Security' }];
    await service.run(PAGE, { refresh: true, activeTabOrigin: null, pageLinks: async () => links });
    await expect(checkPage.mock.calls[0]?.[2].pageLinks).resolves.toEqual(links);
    await service.run(PAGE, { refresh: true, activeTabOrigin: null, pageLinks: async () => undefined });
    await expect(checkPage.mock.calls[1]?.[2].pageLinks).resolves.toBeUndefined();
    await service.run(PAGE, { refresh: true, activeTabOrigin: null });
    expect(checkPage.mock.calls[2]?.[2]).not.toHaveProperty('pageLinks');
  });

  it('fails clearly when the build has no checker, or the check overruns its deadline', async () => {
    await expect(setup({ checkPage: () => null }).service.run(PAGE, { refresh: true, activeTabOrigin: null }))
      .rejects.toMatchObject({ name: 'CheckUnavailableError' });
    vi.useFakeTimers();
    try {
      let signal: AbortSignal | undefined;
      const hanging = setup({ checkPage: () => (_u, _d, options) => {
        signal = options.signal;
        return new Promise(() => {});
      } }, { timeoutMs: 1000 });
      const run = hanging.service.run(PAGE, { refresh: true, activeTabOrigin: null });
      const assertion = expect(run).rejects.toMatchObject({ name: 'CheckTimeoutError' });
      await vi.advanceTimersByTimeAsync(8999);
      expect(signal?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(2);
      await assertion;
      // The check is told to stop, not left fetching in the background.
      expect(signal?.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps no-store answers only for the floor', async () => {
    const { service } = setup({
      fetch: async () => new Response('x', { status: 200, headers: { 'cache-control': 'no-store' } }),
      mayFetch: async () => true,
    });
    const entry = await service.run(PAGE, { refresh: true, activeTabOrigin: null });
    expect(entry.expires_at - entry.checked_at).toBe(MIN_TTL_MS);
  });
});
