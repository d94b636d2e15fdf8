// The optional refresh of the platform data (issue 14): a newer bounty-targets-data copy replaces the one in
// use only when every file is whole, of the right shape, and the index built from it is not partial or shrunken.
// Fetched from a loopback server: no test reaches the internet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { acceptPlatformIndex, buildPlatformIndex, checkBountyTargetsFile, refreshPlatformData, type PlatformIndex } from '../../../src/core/platforms/index.ts';

const SHARED = new URL('../../../../shared/data/bounty-targets/', import.meta.url);
const PLATFORMS = ['bugcrowd', 'intigriti', 'yeswehack', 'federacy'];
const raw = Object.fromEntries(PLATFORMS.map((p) => [p, readFileSync(new URL(`${p}_data.json`, SHARED), 'utf8')]));
const parsed = Object.fromEntries(PLATFORMS.map((p) => [p, JSON.parse(raw[p]!) as unknown[]]));
const packaged: PlatformIndex = buildPlatformIndex(parsed, { source: 'packaged', license: 'MIT', notice: 'notice', data_date: '2026-08-22' });
const now = () => new Date('2026-12-07T01:00:00Z');

/** Directories on the loopback server: each maps a file name to its body (or an HTTP status). */
const sites: Record<string, Record<string, string | number>> = {
  good: { ...Object.fromEntries(PLATFORMS.map((p) => [`${p}_data.json`, raw[p]!])) },
  badjson: { ...Object.fromEntries(PLATFORMS.map((p) => [`${p}_data.json`, raw[p]!])), 'intigriti_data.json': '{ this is not json' },
  truncated: { ...Object.fromEntries(PLATFORMS.map((p) => [`${p}_data.json`, raw[p]!])), 'bugcrowd_data.json': raw.bugcrowd!.slice(0, raw.bugcrowd!.length / 2) },
  missing: { ...Object.fromEntries(PLATFORMS.map((p) => [`${p}_data.json`, raw[p]!])), 'federacy_data.json': 404 },
  schema: { ...Object.fromEntries(PLATFORMS.map((p) => [`${p}_data.json`, raw[p]!])), 'yeswehack_data.json': JSON.stringify({ programs: [] }) },
  strings: { ...Object.fromEntries(PLATFORMS.map((p) => [`${p}_data.json`, raw[p]!])), 'yeswehack_data.json': JSON.stringify(Array.from({ length: 50 }, (_, i) => `programme ${i}`)) },
  empty: { ...Object.fromEntries(PLATFORMS.map((p) => [`${p}_data.json`, raw[p]!])), 'intigriti_data.json': '[]' },
  small: Object.fromEntries(PLATFORMS.map((p) => [`${p}_data.json`, JSON.stringify(parsed[p]!.slice(0, 10))])),
};

let server: Server;
let base = '';
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const [, site, file] = (req.url ?? '').split('/');
    const body = sites[site ?? '']?.[file ?? ''];
    if (body === undefined || typeof body === 'number') {
      res.writeHead(typeof body === 'number' ? body : 404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const refresh = (site: string, current: PlatformIndex | null = packaged, maxBytes?: number) => refreshPlatformData(`${base}/${site}/`, { fetch: globalThis.fetch, now }, current, maxBytes);

describe('refreshPlatformData (loopback)', () => {
  it('builds the same index as the build step from good data, dated the day it was fetched', async () => {
    const outcome = await refresh('good');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.index.programmes).toEqual(packaged.programmes);
    expect(outcome.index.data_date).toBe('2026-12-07');
    expect(outcome.index.source).toContain(`${base}/good/`);
    expect(outcome.index.notice).toBe('notice');
    expect(requests.filter((r) => r.startsWith('/good/')).sort()).toEqual(PLATFORMS.map((p) => `/good/${p}_data.json`).sort());
  });

  it.each([
    ['badjson', /intigriti_data\.json is not JSON/],
    ['truncated', /bugcrowd_data\.json is not JSON \(cut short\?\)/],
    ['missing', /federacy_data\.json: HTTP 404/],
    ['schema', /yeswehack_data\.json: not a list of programmes/],
    ['strings', /yeswehack_data\.json: 50 of 50 records are not programmes/],
    ['empty', /no programmes of intigriti/],
    ['small', /only 40 programmes \(at least 100 expected\)/],
  ])('refuses %s data with its reason', async (site, reason) => {
    const outcome = await refresh(site);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
  });

  it('refuses a file larger than the limit', async () => {
    const outcome = await refresh('good', packaged, 100_000);
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/bugcrowd_data\.json is larger than/) });
  });

  it('refuses what is not an http(s) address, without fetching', async () => {
    const before = requests.length;
    expect(await refreshPlatformData('file:///etc/', { fetch: globalThis.fetch, now }, packaged)).toEqual({ ok: false, reason: 'only http(s) addresses are fetched' });
    expect(await refreshPlatformData('not a url', { fetch: globalThis.fetch, now }, packaged)).toEqual({ ok: false, reason: 'the address is not a URL' });
    expect(requests.length).toBe(before);
  });
});

describe('acceptPlatformIndex and checkBountyTargetsFile', () => {
  it('lets a whole copy replace the one in use, never a shrunken or partial one', () => {
    expect(acceptPlatformIndex(packaged, packaged).ok).toBe(true);
    expect(acceptPlatformIndex(packaged, null).ok).toBe(true);
    const half = { ...packaged, programmes: packaged.programmes.slice(0, Math.floor(packaged.programmes.length / 2) - 1) };
    expect(acceptPlatformIndex(half, packaged)).toEqual({ ok: false, reason: expect.stringMatching(/against 434 in the copy in use/) });
    const noFederacy = { ...packaged, programmes: packaged.programmes.filter((p) => p.platform !== 'federacy') };
    expect(acceptPlatformIndex(noFederacy, packaged)).toEqual({ ok: false, reason: 'no programmes of federacy' });
  });

  it('accepts the snapshot files and refuses other JSON', () => {
    for (const p of PLATFORMS) expect(checkBountyTargetsFile(parsed[p]).ok).toBe(true);
    expect(checkBountyTargetsFile({}).ok).toBe(false);
    expect(checkBountyTargetsFile([1, 2, 3]).ok).toBe(false);
    expect(checkBountyTargetsFile([]).ok).toBe(true);
  });
});
