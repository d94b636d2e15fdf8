import { describe, expect, it, vi } from 'vitest';
import { createCheckPortListener } from '../../../src/background/handle-check-port.ts';
import type { CheckService } from '../../../src/background/check-service.ts';
import type { Runtime } from '../../../src/platform/browser.ts';
import { CHECK_PORT_NAME, type CheckPortMessage } from '../../../src/shared/protocol.ts';
import { createPortPair } from '../platform/fake-browser.ts';
import { bigbankCheck } from '../ui/fixtures/bigbank.ts';

const trusted = { id: 'me', url: 'chrome-extension://me/src/popup/index.html' };
const entry = { key: 'taotlused.bigbank.ee', result: bigbankCheck(), checked_at: 1, expires_at: 2, ttl_reason: 'default', granted_origins: [], fresh: true };

function connect(service: Partial<CheckService>, sender = trusted, onResult = vi.fn()) {
  const listener = createCheckPortListener({
    service: { detach: vi.fn(), ...service } as unknown as CheckService,
    isTrusted: (s) => s.id === 'me',
    activeTabOrigin: async (start) => (start.tabId === null ? null : new URL(start.url).origin),
    onResult,
  });
  const [client, server] = createPortPair(CHECK_PORT_NAME, sender);
  const received: CheckPortMessage[] = [];
  let disconnected = false;
  client.onMessage.addListener((m) => void received.push(m as CheckPortMessage));
  client.onDisconnect.addListener(() => void (disconnected = true));
  listener(server as unknown as Runtime.Port);
  return { client, received, onResult, isDisconnected: () => disconnected };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createCheckPortListener', () => {
  it('streams progress, then done; the tab origin counts as activeTab', async () => {
    const run = vi.fn<CheckService['run']>(async (_url, options) => {
      options.onProgress?.([{ id: 'securitytxt', label: 'security.txt', url: null, state: 'pending' }]);
      return entry;
    });
    const { client, received, onResult } = connect({ run });
    client.postMessage({ type: 'start', url: 'https://taotlused.bigbank.ee/apply', tabId: 7, refresh: false });
    await tick();
    expect(received.map((m) => m.type)).toEqual(['progress', 'done']);
    expect(run.mock.calls[0]?.[1]).toMatchObject({ refresh: false, activeTabOrigin: 'https://taotlused.bigbank.ee' });
    expect(onResult).toHaveBeenCalledOnce();
  });

  it('reports failure with name and message', async () => {
    const { client, received } = connect({ run: async () => Promise.reject(Object.assign(new Error('took too long'), { name: 'CheckTimeoutError' })) });
    client.postMessage({ type: 'start', url: 'https://a.example/', tabId: null, refresh: true });
    await tick();
    expect(received).toEqual([{ type: 'failed', error: { name: 'CheckTimeoutError', message: 'took too long' } }]);
  });

  it('rejects invalid start messages and only honours the first start', async () => {
    const run = vi.fn(async () => entry);
    const { client, received } = connect({ run });
    client.postMessage({ type: 'start', url: 'chrome://settings', tabId: null, refresh: false });
    await tick();
    expect(received[0]).toMatchObject({ type: 'failed', error: { name: 'InvalidRequest' } });
    client.postMessage({ type: 'start', url: 'https://a.example/', tabId: null, refresh: false });
    client.postMessage({ type: 'start', url: 'https://b.example/', tabId: null, refresh: false });
    await tick();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('disconnects untrusted senders at once', async () => {
    const run = vi.fn();
    const { client, isDisconnected } = connect({ run }, { id: 'other', url: 'https://evil.example/' });
    await tick();
    expect(isDisconnected()).toBe(true);
    expect(() => client.postMessage({ type: 'start', url: 'https://a.example/', tabId: null, refresh: false })).toThrow();
    expect(run).not.toHaveBeenCalled();
  });
});
