import { describe, expect, it } from 'vitest';
import { holdSpeculativeFetches } from '../../../src/core/fetch/hold-speculative-fetches.ts';
import type { CoreDeps } from '../../../src/core/fetch/types.ts';

/** A fetch whose responses the test hands out by URL. */
function controllableFetch() {
  const pending = new Map<string, (r: Response) => void>();
  const asked: string[] = [];
  const fetch = (url: string) => new Promise<Response>((resolve) => {
    asked.push(url);
    pending.set(url, resolve);
  });
  const answer = (url: string) => pending.get(url)!(new Response('ok'));
  return { fetch, asked, answer };
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

describe('holdSpeculativeFetches', () => {
  it('keeps at most `max` requests out, starts the next as one answers, and lets everything go on release', async () => {
    const net = controllableFetch();
    const held = holdSpeculativeFetches({ fetch: net.fetch, now: () => new Date(), manualRedirects: false } satisfies CoreDeps, 2);
    const done = ['a', 'b', 'c', 'd', 'e'].map((u) => held.deps.fetch(u));
    await tick();
    expect(net.asked).toEqual(['a', 'b']);
    net.answer('a');
    await done[0];
    await tick();
    expect(net.asked).toEqual(['a', 'b', 'c']);
    held.release();
    expect(net.asked).toEqual(['a', 'b', 'c', 'd', 'e']);
    held.release();
    for (const u of ['b', 'c', 'd', 'e']) net.answer(u);
    expect(await Promise.all(done.map(async (p) => (await p).status))).toEqual([200, 200, 200, 200, 200]);
  });

  it('rejects a queued request whose signal aborts, without ever sending it', async () => {
    const net = controllableFetch();
    const held = holdSpeculativeFetches({ fetch: net.fetch, now: () => new Date(), manualRedirects: false }, 1);
    void held.deps.fetch('a');
    const controller = new AbortController();
    const queued = held.deps.fetch('b', { signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(queued).rejects.toThrow('stop');
    held.release();
    expect(net.asked).toEqual(['a']);
    const already = new AbortController();
    already.abort(new Error('gone'));
    const held2 = holdSpeculativeFetches({ fetch: net.fetch, now: () => new Date(), manualRedirects: false }, 0);
    await expect(held2.deps.fetch('c', { signal: already.signal })).rejects.toThrow('gone');
    expect(net.asked).toEqual(['a']);
  });

  it('frees the place of a request that fails', async () => {
    let calls = 0;
    const held = holdSpeculativeFetches({ fetch: () => (++calls === 1 ? Promise.reject(new Error('reset')) : Promise.resolve(new Response('x'))), now: () => new Date(), manualRedirects: false }, 1);
    const first = held.deps.fetch('a');
    const second = held.deps.fetch('b');
    await expect(first).rejects.toThrow('reset');
    expect((await second).status).toBe(200);
  });
});
