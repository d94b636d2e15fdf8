// fetchSafely against every hostile behaviour (test/support/hostile-routes.ts), over real sockets on loopback
// through the CLI's Node fetch. For each: a result (never a throw) within the timeout plus slack, the outcome
// classified as expected, bounded memory, no unhandled rejection, and no retry storm against the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSafely } from '../../../src/core/fetch/fetch-safely.ts';
import type { SafeFetchOptions } from '../../../src/core/fetch/types.ts';
import type { FetchRecord } from '../../../src/core/schemas/fetch-record.ts';
import { buildHostileBehaviours, hostileHost, isTarpit, REDIRECT_TARGET_HOST, type HostileBehaviour } from '../../support/hostile-routes.ts';
import { startHostileServer, type HostileServer } from '../../support/hostile-server.ts';
import { measure, watchUnhandledRejections } from './measure.ts';

const NOW = new Date();
const OPTIONS: SafeFetchOptions = { timeoutMs: 800, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 };
/** Scheduling slack on a shared 2-core machine. */
const SLACK_MS = 700;
/**
 * Peak heap + ArrayBuffer growth allowed for one fetch with a 2 MiB cap. Measured peaks are at most about 8 MiB
 * (printed after the run); reading a bomb or an endless body unbounded would pass this within milliseconds.
 */
const MAX_PEAK_GROWTH = 32 * 1024 * 1024;

type Check = (record: FetchRecord, b: HostileBehaviour) => void;

const failed = (kind: string, status: number | null = null): Check => (r) => {
  expect(r.error?.kind).toBe(kind);
  expect(r.status).toBe(status);
  expect(r.body).toBeNull();
};
const cappedZeros: Check = (r) => {
  expect(r.error).toBeNull();
  expect(r.truncated).toBe(true);
  expect(r.body?.byteLength).toBe(OPTIONS.maxBytes);
  expect(r.body?.every((byte) => byte === 0)).toBe(true);
};
const capped: Check = (r) => {
  expect(r.error).toBeNull();
  expect(r.truncated).toBe(true);
  expect(r.body?.byteLength).toBe(OPTIONS.maxBytes);
};
const refusedRedirect = (scheme: string): Check => (r) => {
  expect(r.error?.kind).toBe('unsupported_scheme');
  expect(r.redirects).toEqual([expect.stringMatching(new RegExp(`^${scheme}:`))]);
  expect(r.body).toBeNull();
};
const httpStatus = (status: number): Check => (r) => {
  expect(r.error).toBeNull();
  expect(r.status).toBe(status);
};
/** Content behaviours: the exact bytes served (no decoding, no normalisation), or the capped prefix. */
const servedBytes: Check = (r, b) => {
  const doc = b.document!;
  expect(r.error).toBeNull();
  expect(r.status).toBe(200);
  expect(r.content_type).toBe(doc.contentType);
  const expected = doc.bytes.byteLength > OPTIONS.maxBytes ? doc.bytes.subarray(0, OPTIONS.maxBytes) : doc.bytes;
  expect(r.truncated).toBe(doc.bytes.byteLength > OPTIONS.maxBytes);
  expect(Buffer.from(r.body!).equals(Buffer.from(expected))).toBe(true);
};

/** What fetchSafely must do with each behaviour. Behaviours with a `document` default to `servedBytes`. */
const EXPECTED: Record<string, Check> = {
  'soft-404-html': (r) => {
    expect(r.status).toBe(200);
    expect(r.content_type).toMatch(/^text\/html/);
  },
  'empty-200': (r) => {
    expect(r.status).toBe(200);
    expect(r.body?.byteLength).toBe(0);
  },
  'body-10mib': capped,
  'endless-fast': capped,
  'endless-drip': failed('timeout', 200),
  'headers-64kib': failed('network'),
  'headers-2000': failed('network'),
  'chunked-garbage': failed('network', 200),
  'gzip-bomb': cappedZeros,
  'deflate-bomb': cappedZeros,
  'brotli-bomb': cappedZeros,
  'content-length-lies': failed('network', 200),
  'reset-mid-body': failed('network', 200),
  'reset-before-headers': failed('network'),
  'never-answers': failed('timeout'),
  'headers-never-finish': failed('timeout'),
  'slow-headers': failed('timeout'),
  'not-http': failed('network'),
  'redirect-loop': (r) => {
    expect(r.error?.kind).toBe('redirect_loop');
    expect(r.redirects.map((u) => new URL(u).pathname)).toEqual(['/loop-a', '/loop-b', '/loop-a']);
  },
  'redirect-chain-20': (r) => {
    expect(r.error?.kind).toBe('too_many_redirects');
    expect(r.redirects).toHaveLength(OPTIONS.maxRedirects + 1);
  },
  'redirect-other-host': (r) => {
    expect(r.error).toBeNull();
    expect(new URL(r.final_url).hostname).toBe(REDIRECT_TARGET_HOST);
    expect(r.hops).toEqual([expect.objectContaining({ status: 302, cross_host: true })]);
  },
  'redirect-file-url': refusedRedirect('file'),
  'redirect-data-url': refusedRedirect('data'),
  'redirect-javascript-url': refusedRedirect('javascript'),
  'redirect-https-to-http': (r) => {
    expect(r.error).toBeNull();
    expect(r.status).toBe(200);
    expect(r.hops).toEqual([expect.objectContaining({ from: expect.stringMatching(/^https:/), to: expect.stringMatching(/^http:/) })]);
  },
  'redirect-no-location': (r) => {
    expect(r.error).toBeNull();
    expect(r.status).toBe(302);
    expect(r.redirects).toEqual([]);
  },
  'redirect-invalid-location': (r) => {
    expect(r.error?.kind).toBe('invalid_url');
    expect(r.status).toBe(302);
  },
  'status-500': httpStatus(500),
  'status-503': httpStatus(503),
  'status-429-retry-after': (r) => {
    httpStatus(429)(r, undefined as never);
    expect(r.headers['retry-after']).toBe('86400');
  },
  'status-404': httpStatus(404),
  'wrong-content-type': (r) => {
    httpStatus(200)(r, undefined as never);
    expect(r.content_type).toBe('image/png');
  },
};

const behaviours = await buildHostileBehaviours(NOW);

describe('fetchSafely against the hostile web', () => {
  let hostile: HostileServer;
  beforeAll(async () => {
    hostile = await startHostileServer({ now: NOW, behaviours });
  });
  const peaks: Array<[string, number]> = [];
  afterAll(async () => {
    await hostile?.close();
    const top = peaks.sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, v]) => `${n} ${(v / 1024 / 1024).toFixed(1)} MiB`);
    console.info(`[hostile] largest peak heap growth per fetch: ${top.join(', ')}`);
  });

  it('has an expectation for every behaviour, and at least 40 behaviours', () => {
    const missing = behaviours.filter((b) => !EXPECTED[b.name] && !b.document).map((b) => b.name);
    expect(missing).toEqual([]);
    expect(behaviours.length).toBeGreaterThanOrEqual(40);
    expect(new Set(behaviours.map((b) => b.name)).size).toBe(behaviours.length);
  });

  // One at a time, so each memory peak and time is its own; the tarpits, which only wait, run side by side.
  const run = async (_name: string, b: HostileBehaviour) => {
    const rejections = watchUnhandledRejections();
    const host = hostileHost(b.name);
    const { value: record, elapsedMs, peakGrowthBytes } = await measure(() => fetchSafely(hostile.urlOf(b), hostile.deps, OPTIONS));
    // Let late socket errors surface before judging "no unhandled rejection".
    await new Promise((r) => setTimeout(r, 20));
    peaks.push([b.name, peakGrowthBytes]);

    (EXPECTED[b.name] ?? servedBytes)(record, b);
    expect(elapsedMs).toBeLessThan(OPTIONS.timeoutMs + SLACK_MS);
    expect(record.elapsed_ms).toBeLessThan(OPTIONS.timeoutMs + SLACK_MS);
    if (record.error) expect(record.error.message.length).toBeLessThanOrEqual(300);
    expect(peakGrowthBytes).toBeLessThan(MAX_PEAK_GROWTH);
    expect(rejections.stop()).toEqual([]);
    // No retries: one request per redirect hop at most.
    const requests = hostile.server.requests.filter((q) => q.host === host);
    expect(requests.length).toBeLessThanOrEqual(OPTIONS.maxRedirects + 1);
  };
  it.each(behaviours.filter((b) => !isTarpit(b)).map((b) => [b.name, b] as const))('%s', run);
  it.concurrent.each(behaviours.filter(isTarpit).map((b) => [b.name, b] as const))('%s', run);
});
