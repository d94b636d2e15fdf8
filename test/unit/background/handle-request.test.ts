import { describe, expect, it, vi } from 'vitest';
import { createRequestListener, type RequestHandlers } from '../../../src/background/handle-request.ts';
import { isTrustedSender } from '../../../src/background/is-trusted-sender.ts';
import { platformDataHandlers } from '../../support/platform-data-handlers.ts';

const ID = 'abcdefghijklmnop';
const base = `chrome-extension://${ID}/`;
const getURL = (p: string) => base + p;
const isTrusted = (s: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(s, ID, getURL);
const popup = { id: ID, url: `${base}src/popup/index.html?tab=3` };

function handlers(): RequestHandlers {
  return {
    getCached: vi.fn(async () => null),
    fetchKey: vi.fn(async ({ url }) => ({ armored: 'KEY', url })),
    clearCache: vi.fn(async () => ({ cleared: 2 })),
    ...platformDataHandlers(),
  };
}

describe('isTrustedSender', () => {
  it('accepts our popup and options pages only', () => {
    expect(isTrusted(popup)).toBe(true);
    expect(isTrusted({ id: ID, url: `${base}src/options/index.html` })).toBe(true);
    expect(isTrusted({ id: ID, url: `${base}src/options/index.html#profile` })).toBe(true);
  });
  it('rejects other extensions, web pages, our own content scripts and odd URLs', () => {
    expect(isTrusted({ id: 'otherextension', url: `chrome-extension://otherextension/src/popup/index.html` })).toBe(false);
    expect(isTrusted({ id: 'otherextension', url: `${base}src/popup/index.html` })).toBe(false);
    expect(isTrusted({ id: ID, url: 'https://evil.example/src/popup/index.html' })).toBe(false);
    expect(isTrusted({ id: ID, url: `${base}src/popup/other.html` })).toBe(false);
    expect(isTrusted({ id: ID, url: `${base}src/popup/index.html/../../x` })).toBe(false);
    expect(isTrusted({ id: ID })).toBe(false);
    expect(isTrusted({ id: ID, url: 'not a url' })).toBe(false);
    expect(isTrusted(undefined)).toBe(false);
  });
});

describe('createRequestListener', () => {
  it('ignores messages without our envelope (so other listeners may answer)', () => {
    const listen = createRequestListener(handlers(), { isTrusted });
    expect(listen({ type: 'getCached' }, popup)).toBeUndefined();
    expect(listen('hello', popup)).toBeUndefined();
    expect(listen(null, popup)).toBeUndefined();
  });

  it('answers a valid request with { ok, value }', async () => {
    const h = handlers();
    const listen = createRequestListener(h, { isTrusted });
    await expect(listen({ scopecheck: 1, type: 'clearCache', payload: {} }, popup)).resolves.toEqual({ ok: true, value: { cleared: 2 } });
    await expect(listen({ scopecheck: 1, type: 'getCached', payload: { url: 'https://example.com/a' } }, popup)).resolves.toEqual({ ok: true, value: null });
    expect(h.getCached).toHaveBeenCalledWith({ url: 'https://example.com/a' }, popup);
  });

  it('rejects an untrusted sender without calling the handler', async () => {
    const h = handlers();
    const listen = createRequestListener(h, { isTrusted });
    const reply = await listen({ scopecheck: 1, type: 'clearCache', payload: {} }, { id: 'other', url: 'https://evil.example/' });
    expect(reply).toMatchObject({ ok: false, error: { name: 'UntrustedSender' } });
    expect(h.clearCache).not.toHaveBeenCalled();
  });

  it('rejects unknown types, including prototype keys', async () => {
    const listen = createRequestListener(handlers(), { isTrusted });
    for (const type of ['nope', 'toString', '__proto__', 42]) {
      await expect(listen({ scopecheck: 1, type, payload: {} }, popup)).resolves.toMatchObject({ ok: false, error: { name: 'UnknownRequest' } });
    }
  });

  it('rejects payloads that fail the schema, naming the field', async () => {
    const h = handlers();
    const listen = createRequestListener(h, { isTrusted });
    const bad = [
      { type: 'getCached', payload: { url: 'javascript:alert(1)' } },
      { type: 'getCached', payload: { url: 'file:///etc/passwd' } },
      { type: 'getCached', payload: { url: `https://example.com/${'a'.repeat(9000)}` } },
      { type: 'getCached', payload: {} },
      { type: 'getCached', payload: null },
      { type: 'fetchKey', payload: { url: 'https://keys.example/k.asc', pageUrl: 42 } },
    ];
    for (const message of bad) {
      const reply = await listen({ scopecheck: 1, ...message }, popup);
      expect(reply).toMatchObject({ ok: false, error: { name: 'InvalidRequest' } });
    }
    const reply = await listen({ scopecheck: 1, type: 'getCached', payload: { url: 'ftp://x' } }, popup);
    expect(reply && !reply.ok && reply.error.message).toMatch(/at url/);
    expect(h.getCached).not.toHaveBeenCalled();
  });

  it('turns a thrown error into { ok: false, error: { name, message } }', async () => {
    const h = handlers();
    class KeyFetchError extends Error {
      override name = 'KeyFetchError';
    }
    h.fetchKey = async () => {
      throw new KeyFetchError('404');
    };
    const listen = createRequestListener(h, { isTrusted });
    const reply = await listen({ scopecheck: 1, type: 'fetchKey', payload: { url: 'https://k.example/a', pageUrl: 'https://example.com/' } }, popup);
    expect(reply).toEqual({ ok: false, error: { name: 'KeyFetchError', message: '404' } });
  });
});
