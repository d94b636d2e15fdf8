import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './mock-browser.ts';
import { bigbankCheck } from '../ui/fixtures/bigbank.ts';
import { platformDataHandlers } from '../../support/platform-data-handlers.ts';

vi.mock('../../../src/platform/browser.ts', () => import('./mock-browser.ts'));

const { send, startCheck } = await import('../../../src/platform/messaging.ts');
const { mayFetch } = await import('../../../src/platform/permissions.ts');
const { createRequestListener } = await import('../../../src/background/handle-request.ts');
const { createCheckPortListener } = await import('../../../src/background/handle-check-port.ts');
const { isTrustedSender } = await import('../../../src/background/is-trusted-sender.ts');

const entry = { key: 'taotlused.bigbank.ee', result: bigbankCheck(), checked_at: 1, expires_at: 2, ttl_reason: 'default', granted_origins: [], fresh: true };

describe('send / startCheck against the real listeners', () => {
  beforeEach(() => {
    fake.reset();
    const b = fake.browser;
    const isTrusted = (s: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(s, b.runtime.id, b.runtime.getURL);
    b.runtime.onMessage.addListener(createRequestListener({
      getCached: async ({ url }) => (url.includes('bigbank') ? entry : null),
      fetchKey: async () => { throw Object.assign(new Error('No permission to fetch https://keys.example/'), { name: 'NoHostPermissionError' }); },
      clearCache: async () => ({ cleared: 0 }),
      ...platformDataHandlers(),
    }, { isTrusted }) as never);
    b.runtime.onConnect.addListener(createCheckPortListener({
      service: {
        run: async (_u: string, o: { onProgress?: (s: unknown[]) => void; onPartial?: (e: unknown) => void }) => {
          o.onProgress?.([{ id: 'securitytxt', label: 'security.txt', url: null, state: 'pending' }]);
          o.onPartial?.({ ...entry, fresh: false, ttl_reason: 'partial' });
          return entry;
        },
        detach: () => {},
      } as never,
      isTrusted,
      activeTabOrigin: async () => null,
    }) as never);
  });

  it('returns the value, and rethrows remote errors with their name', async () => {
    expect(await send('getCached', { url: 'https://taotlused.bigbank.ee/' })).toMatchObject({ key: 'taotlused.bigbank.ee' });
    await expect(send('fetchKey', { url: 'https://keys.example/k', pageUrl: 'https://a.example/' }))
      .rejects.toMatchObject({ name: 'NoHostPermissionError' });
  });

  it('is refused from a page that is not ours', async () => {
    fake.setSenderUrl('https://evil.example/');
    await expect(send('clearCache', {})).rejects.toMatchObject({ name: 'UntrustedSender' });
  });

  it('startCheck started without listeners replays the latest progress and early result to the one that listens later', async () => {
    const running = startCheck({ url: 'https://taotlused.bigbank.ee/', tabId: 1, refresh: false });
    await running.done;
    const progress: number[] = [];
    const partial: string[] = [];
    running.listen((s) => progress.push(s.length), (e) => partial.push(e.ttl_reason));
    expect(progress).toEqual([1]);
    expect(partial).toEqual(['partial']);
  });

  it('startCheck reports progress and the early result, then resolves with the entry', async () => {
    const progress: number[] = [];
    const partial: string[] = [];
    const running = startCheck({ url: 'https://taotlused.bigbank.ee/', tabId: 1, refresh: false }, (s) => progress.push(s.length), (e) => partial.push(e.ttl_reason));
    await expect(running.done).resolves.toMatchObject({ key: 'taotlused.bigbank.ee', ttl_reason: 'default' });
    expect(progress).toEqual([1]);
    expect(partial).toEqual(['partial']);
  });

  it('startCheck rejects when the background hangs up', async () => {
    fake.setSenderUrl('https://evil.example/');
    await expect(startCheck({ url: 'https://a.example/', tabId: null, refresh: false }, () => {}).done)
      .rejects.toMatchObject({ name: 'Disconnected' });
  });
});

const grantHttpsEverywhere = () => fake.granted.add('https://*/*');

describe('mayFetch', () => {
  beforeEach(() => fake.reset());
  it('allows the active tab host and granted hosts only, http(s) only', async () => {
    expect(await mayFetch('https://a.example/.well-known/security.txt', 'https://a.example')).toBe(true);
    expect(await mayFetch('https://b.example/', 'https://a.example')).toBe(false);
    fake.granted.add('*://b.example/*');
    expect(await mayFetch('https://b.example/', null)).toBe(true);
    expect(await mayFetch('ftp://b.example/', null)).toBe(false);
    expect(await mayFetch('not a url', null)).toBe(false);
    // A manifest-style grant covers its scheme only.
    grantHttpsEverywhere();
    expect(await mayFetch('https://c.example/', null)).toBe(true);
    expect(await mayFetch('http://c.example/', null)).toBe(false);
  });
});
