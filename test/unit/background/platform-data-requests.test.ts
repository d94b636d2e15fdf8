// The background's side of the optional platform-data refresh: only from a granted host, a whole copy
// stored and used by the next check, a bad one never replacing what is in use, and back to the packaged copy.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fake } from '../platform/mock-browser.ts';
import { EXTENSION_BASE } from '../platform/fake-browser.ts';
import { buildPlatformIndex } from '../../../src/core/platforms/index.ts';
import { buildPlatformSuffixTable } from '../../../src/core/platforms/build-platform-suffix-table.ts';

vi.mock('../../../src/platform/browser.ts', () => import('../platform/mock-browser.ts'));
const { createRequestHandlers } = await import('../../../src/background/request-handlers.ts');
const { loadPlatformIndex } = await import('../../../src/background/load-platform-index.ts');
const { mayFetch } = await import('../../../src/platform/permissions.ts');

const SHARED = new URL('../../../../shared/data/bounty-targets/', import.meta.url);
const PLATFORMS = ['bugcrowd', 'intigriti', 'yeswehack', 'federacy'];
const raw = Object.fromEntries(PLATFORMS.map((p) => [p, readFileSync(new URL(`${p}_data.json`, SHARED), 'utf8')]));
const packaged = buildPlatformIndex(Object.fromEntries(PLATFORMS.map((p) => [p, JSON.parse(raw[p]!) as unknown])), { source: 'packaged', license: 'MIT', notice: 'n', data_date: '2026-08-22' });
// The package's own files, as the background reads them (fetch of their extension URLs).
const files: Record<string, unknown> = { 'platform-index.json': packaged, 'platform-suffixes.json': buildPlatformSuffixTable(packaged) };
vi.stubGlobal('fetch', async (url: string) => {
  const file = url.startsWith(`${EXTENSION_BASE}data/`) ? files[url.slice(`${EXTENSION_BASE}data/`.length)] : undefined;
  return file ? new Response(JSON.stringify(file)) : new Response('', { status: 404 });
});

/** The data host, served in memory: `broken` answers cut-off JSON for one file. */
function dataHost(broken = false) {
  const asked: string[] = [];
  const fetch = async (url: string) => {
    asked.push(url);
    const m = /^https:\/\/data\.test\/dir\/([a-z]+)_data\.json$/.exec(url);
    if (!m || !raw[m[1]!]) return new Response('', { status: 404 });
    return new Response(broken && m[1] === 'intigriti' ? raw[m[1]!]!.slice(0, 1000) : raw[m[1]!]!, { status: 200 });
  };
  return { asked, fetch };
}

function handlers(fetch: (url: string) => Promise<Response>) {
  return createRequestHandlers({ service: {} as never, cache: {} as never, fetch, now: () => new Date('2026-12-07T01:00:00Z'), mayFetch });
}

describe('platform data requests', () => {
  beforeEach(() => fake.reset());

  it('says the packaged snapshot is in use, with its date and the default address', async () => {
    const info = await handlers(dataHost().fetch).platformDataInfo({}, {});
    expect(info).toEqual({ url: 'https://raw.githubusercontent.com/arkadiyt/bounty-targets-data/main/data/', packaged_date: '2026-08-22', refreshed: null });
  });

  it('fetches nothing from a host the user has not granted', async () => {
    const host = dataHost();
    await expect(handlers(host.fetch).refreshPlatformData({ url: 'https://data.test/dir/' }, {})).rejects.toThrow(/No permission/);
    expect(host.asked).toEqual([]);
  });

  it('stores a whole copy, which the next check uses; a broken one later does not replace it; back to the packaged one', async () => {
    await fake.browser.permissions.request({ origins: ['https://data.test/*'] });
    const good = dataHost();
    const done = await handlers(good.fetch).refreshPlatformData({ url: 'https://data.test/dir/' }, {});
    expect(done).toMatchObject({ ok: true, info: { packaged_date: '2026-08-22', refreshed: { date: '2026-12-07', programmes: packaged.programmes.length, fetched_at: '2026-12-07T01:00:00.000Z' } } });
    expect(good.asked).toHaveLength(4);
    globalThis.__scopecheckTrace = [];
    expect((await loadPlatformIndex('app.aikido.dev'))?.data_date).toBe('2026-12-07');
    // Its suffix table was stored with it, on the click: the check compiles no table.
    expect(globalThis.__scopecheckTrace.map((m) => m.name)).toEqual(expect.arrayContaining(['platforms:load', 'platforms:compiled']));
    expect(globalThis.__scopecheckTrace.map((m) => m.name)).not.toContain('platforms:table-built');

    const broken = await handlers(dataHost(true).fetch).refreshPlatformData({ url: 'https://data.test/dir/' }, {});
    expect(broken).toMatchObject({ ok: false, reason: expect.stringMatching(/intigriti_data\.json is not JSON/), info: { refreshed: { date: '2026-12-07' } } });
    expect((await loadPlatformIndex('app.aikido.dev'))?.data_date).toBe('2026-12-07');

    const back = await handlers(good.fetch).usePackagedPlatformData({}, {});
    expect(back.refreshed).toBeNull();
    expect((await loadPlatformIndex('app.aikido.dev'))?.data_date).toBe('2026-08-22');
  });
});
