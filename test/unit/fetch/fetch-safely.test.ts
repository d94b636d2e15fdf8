import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSafely } from '../../../src/core/fetch/fetch-safely.ts';
import type { CoreDeps, FetchLike, SafeFetchOptions } from '../../../src/core/fetch/types.ts';
import { createNodeFetch, type NodeFetch } from '../../../src/cli/node-fetch.ts';
import { loopbackConnectTo } from '../../support/loopback-connect-to.ts';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { drip, endless, hang, redirect, reset, startFixtureServer, type FixtureServer } from '../../support/fixture-server.ts';

let certs: Certs;
let fx: FixtureServer;
let trusted: NodeFetch;
let untrusted: NodeFetch;

const opts: SafeFetchOptions = { timeoutMs: 2000, maxBytes: 1024, maxRedirects: 3 };
const deps = (fetch: FetchLike, manualRedirects = true): CoreDeps => ({ fetch, now: () => new Date(), manualRedirects });

beforeAll(async () => {
  certs = makeCerts();
  fx = await startFixtureServer({
    certs,
    sites: {
      'example.test': {
        '/ok': { body: 'Contact: mailto:a@example.test\n', headers: { 'content-type': 'text/plain; charset=utf-8', 'x-extra': 'yes' } },
        '/r1': redirect('/r2', 301),
        '/r2': redirect('https://www.example.test/r3', 302),
        '/loop': redirect('/loop2'),
        '/loop2': redirect('/loop'),
        '/to-file': redirect('file:///etc/passwd'),
        '/no-location': { status: 302 },
        '/bad-location': redirect('http://[::1'),
        '/chain0': redirect('/chain1'),
        '/chain1': redirect('/chain2'),
        '/chain2': redirect('/chain3'),
        '/chain3': redirect('/chain4'),
        '/chain4': redirect('/ok'),
        '/big': endless(),
        '/exact': { body: 'x'.repeat(1024) },
        '/hang': hang(),
        '/drip': drip('a'.repeat(2000), { chunkBytes: 10, intervalMs: 50 }),
        '/reset': reset(),
        '/gone': { status: 404, body: '<html>nope</html>', headers: { 'content-type': 'text/html' } },
      },
      'www.example.test': { '/r3': redirect('http://example.test/ok', 307) },
    },
  });
  const connectTo = loopbackConnectTo(fx);
  trusted = createNodeFetch({ connectTo, ca: certs.caPem });
  untrusted = createNodeFetch({ connectTo });
});

afterAll(async () => {
  await trusted.close();
  await untrusted.close();
  await fx.close();
  certs.remove();
});

describe('fetchSafely', () => {
  it('reads a plain response: status, content type, headers, bytes', async () => {
    const r = await fetchSafely('https://example.test/ok', deps(trusted.fetch), opts);
    expect(r.error).toBeNull();
    expect(r.status).toBe(200);
    expect(r.content_type).toBe('text/plain; charset=utf-8');
    expect(r.headers['x-extra']).toBe('yes');
    expect(new TextDecoder().decode(r.body!)).toBe('Contact: mailto:a@example.test\n');
    expect(r.redirects).toEqual([]);
    expect(r.truncated).toBe(false);
  });

  it('follows redirects by hand, records every hop and flags cross-host ones', async () => {
    const r = await fetchSafely('https://example.test/r1', deps(trusted.fetch), opts);
    expect(r.error).toBeNull();
    expect(r.status).toBe(200);
    expect(r.final_url).toBe('http://example.test/ok');
    expect(r.redirects).toEqual(['https://example.test/r2', 'https://www.example.test/r3', 'http://example.test/ok']);
    expect(r.hops.map((h) => [h.status, h.cross_host])).toEqual([[301, false], [302, true], [307, true]]);
    expect(r.redirects_opaque).toBe(false);
  });

  it('stops past the redirect limit, recording the Location it refused', async () => {
    const r = await fetchSafely('https://example.test/chain0', deps(trusted.fetch), opts);
    expect(r.error?.kind).toBe('too_many_redirects');
    expect(r.redirects).toHaveLength(4);
    expect(r.status).toBe(302);
    const five = await fetchSafely('https://example.test/chain0', deps(trusted.fetch), { ...opts, maxRedirects: 5 });
    expect(five.error).toBeNull();
    expect(five.redirects).toHaveLength(5);
  });

  it('detects loops, non-http redirects and broken Location headers', async () => {
    expect((await fetchSafely('https://example.test/loop', deps(trusted.fetch), { ...opts, maxRedirects: 10 })).error?.kind).toBe('redirect_loop');
    const file = await fetchSafely('https://example.test/to-file', deps(trusted.fetch), opts);
    expect(file.error?.kind).toBe('unsupported_scheme');
    expect(file.redirects).toEqual(['file:///etc/passwd']);
    const none = await fetchSafely('https://example.test/no-location', deps(trusted.fetch), opts);
    expect([none.status, none.error]).toEqual([302, null]);
    expect((await fetchSafely('https://example.test/bad-location', deps(trusted.fetch), opts)).error?.kind).toBe('invalid_url');
  });

  it('caps the body: an endless response stops at maxBytes, an exact one is not truncated', async () => {
    const r = await fetchSafely('https://example.test/big', deps(trusted.fetch), opts);
    expect(r.error).toBeNull();
    expect(r.truncated).toBe(true);
    expect(r.body?.byteLength).toBe(1024);
    const exact = await fetchSafely('https://example.test/exact', deps(trusted.fetch), opts);
    expect([exact.truncated, exact.body?.byteLength]).toEqual([false, 1024]);
  });

  it('times out on a tarpit and on a body that drips too slowly (keeping the status)', async () => {
    const t = await fetchSafely('https://example.test/hang', deps(trusted.fetch), { ...opts, timeoutMs: 150 });
    expect(t.error).toEqual({ kind: 'timeout', message: 'timed out after 150 ms waiting for a response' });
    expect(t.status).toBeNull();
    // The drip takes 10 s; 1 s leaves the headers time to come on a loaded machine, and the body none to finish.
    const d = await fetchSafely('https://example.test/drip', deps(trusted.fetch), { ...opts, timeoutMs: 1000 });
    expect(d.error).toEqual({ kind: 'timeout', message: 'timed out after 1000 ms while reading the body' });
    expect(d.status).toBe(200);
    expect(d.body).toBeNull();
  });

  it('says when the connection broke after the headers, and keeps no partial body', async () => {
    const socketError = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    const broken = (cause: unknown): FetchLike => async () => {
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (!sent) {
            sent = true;
            controller.enqueue(new TextEncoder().encode('Contact: mailto:half@'));
          } else controller.error(new TypeError('terminated', { cause }));
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'text/plain' } });
    };
    const reset = await fetchSafely('https://example.test/x', deps(broken(socketError)), opts);
    expect([reset.status, reset.body, reset.error?.kind]).toEqual([200, null, 'network']);
    expect(reset.error?.message).toBe('connection reset while reading the body (terminated: other side closed (UND_ERR_SOCKET))');
    const garbled = await fetchSafely('https://example.test/x', deps(broken(new Error('Invalid character in chunk size'))), opts);
    expect(garbled.error?.message).toBe('the body could not be read (terminated: Invalid character in chunk size)');
  });

  it('classifies network resets, untrusted certificates, bad URLs and caller aborts', async () => {
    expect((await fetchSafely('https://example.test/reset', deps(trusted.fetch), opts)).error?.kind).toBe('network');
    const tls = await fetchSafely('https://example.test/ok', deps(untrusted.fetch), opts);
    expect(tls.error?.kind).toBe('tls');
    expect(tls.error?.message).not.toMatch(/\n/);
    expect((await fetchSafely('not a url', deps(trusted.fetch), opts)).error?.kind).toBe('invalid_url');
    expect((await fetchSafely('ftp://example.test/x', deps(trusted.fetch), opts)).error?.kind).toBe('unsupported_scheme');
    const controller = new AbortController();
    const pending = fetchSafely('https://example.test/hang', deps(trusted.fetch), { ...opts, signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    expect((await pending).error?.kind).toBe('aborted');
  });

  it('keeps the body of error statuses for soft-404 classification', async () => {
    const r = await fetchSafely('https://example.test/gone', deps(trusted.fetch), opts);
    expect([r.status, r.content_type, new TextDecoder().decode(r.body!)]).toEqual([404, 'text/html', '<html>nope</html>']);
  });

  it('in browser mode lets the platform follow and records only the final URL', async () => {
    const r = await fetchSafely('https://example.test/r1', deps(trusted.fetch, false), opts);
    expect(r.redirects_opaque).toBe(true);
    expect(r.final_url).toBe('http://example.test/ok');
    expect(r.redirects).toEqual(['http://example.test/ok']);
    expect(r.hops).toEqual([{ from: 'https://example.test/r1', to: 'http://example.test/ok', status: 0, cross_host: false }]);
  });

  it('falls back to follow mode when the platform returns an opaque redirect', async () => {
    const calls: RequestInit[] = [];
    const fake: FetchLike = async (url, init) => {
      calls.push(init ?? {});
      if (init?.redirect === 'manual') return opaque();
      const res = new Response('ok', { status: 200, headers: { 'content-type': 'text/plain' } });
      Object.defineProperty(res, 'url', { value: 'https://other.test/final' });
      Object.defineProperty(res, 'redirected', { value: true });
      return res;
    };
    const r = await fetchSafely('https://example.test/x', deps(fake, true), opts);
    expect(calls.map((c) => c.redirect)).toEqual(['manual', 'follow']);
    expect(calls.every((c) => c.credentials === 'omit')).toBe(true);
    expect(r.redirects_opaque).toBe(true);
    expect(r.hops[0]?.cross_host).toBe(true);
  });

  it('never throws, whatever fetch does', async () => {
    const weird: FetchLike = () => Promise.reject('a string, not an Error');
    const r = await fetchSafely('https://example.test/', deps(weird), opts);
    expect(r.error).toEqual({ kind: 'network', message: 'no response (a string, not an Error)' });
    const sync: FetchLike = () => { throw new TypeError('boom'); };
    expect((await fetchSafely('https://example.test/', deps(sync), opts)).error?.kind).toBe('network');
  });

  it('asks for no credentials and no referrer on every hop', async () => {
    const inits: RequestInit[] = [];
    const recording: FetchLike = (url, init) => { inits.push(init ?? {}); return trusted.fetch(url, init); };
    await fetchSafely('https://example.test/r1', deps(recording), opts);
    expect(inits).toHaveLength(4);
    expect(inits.every((i) => i.credentials === 'omit' && i.referrerPolicy === 'no-referrer' && i.redirect === 'manual')).toBe(true);
  });
});

function opaque(): Response {
  const res = new Response(null, { status: 200 });
  Object.defineProperty(res, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(res, 'status', { value: 0 });
  return res;
}
