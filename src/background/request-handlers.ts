import type { CheckService } from './check-service.ts';
import { fetchKey } from './fetch-key.ts';
import { createGuardedFetch, NoHostPermissionError } from './guarded-fetch.ts';
import type { RequestHandlers } from './handle-request.ts';
import type { ResultCache } from './result-cache.ts';
import { buildPlatformSuffixTable, refreshPlatformData, type FetchLike } from '../core/index.ts';
import { platformDataItem } from '../platform/platform-data-store.ts';
import type { PlatformDataInfo } from '../shared/platform-data.ts';
import { forgetPlatformIndex, loadPackagedPlatformIndex, readPlatformIndex } from './load-platform-index.ts';

export interface HandlerDeps {
  service: CheckService;
  cache: ResultCache;
  fetch: FetchLike;
  now: () => Date;
  mayFetch: (url: string, activeTabOrigin: string | null) => Promise<boolean>;
}

export function createRequestHandlers(deps: HandlerDeps): RequestHandlers {
  return {
    getCached: ({ url }) => deps.service.lookup(url),
    fetchKey: async ({ url, pageUrl }) => {
      // A key on the page's own host is covered like the page; any other host needs a grant.
      const may = (u: string) => deps.mayFetch(u, new URL(pageUrl).origin);
      if (!(await may(url))) throw new NoHostPermissionError(`No permission to fetch ${url}`);
      return fetchKey(url, createGuardedFetch(deps.fetch, may).fetch, deps.now);
    },
    clearCache: async () => ({ cleared: await deps.cache.clear() }),
    platformDataInfo: () => describePlatformData(),
    refreshPlatformData: async ({ url }) => {
      // Only from a host the user granted (the options page asks, from the click); nothing else is fetched.
      const may = (u: string) => deps.mayFetch(u, null);
      if (!(await may(url))) throw new NoHostPermissionError(`No permission to fetch ${url}`);
      await platformDataItem.update((d) => ({ ...d, url }));
      const outcome = await refreshPlatformData(url, { fetch: createGuardedFetch(deps.fetch, may).fetch, now: deps.now }, await readPlatformIndex());
      if (!outcome.ok) return { ok: false, reason: outcome.reason, info: await describePlatformData() };
      // The suffix table is built here, on the user's click, so that no check compiles the whole index.
      await platformDataItem.set({ url, refreshed: { index: outcome.index, fetched_at: deps.now().toISOString(), suffixes: buildPlatformSuffixTable(outcome.index) } });
      forgetPlatformIndex();
      return { ok: true, info: await describePlatformData() };
    },
    usePackagedPlatformData: async () => {
      await platformDataItem.update((d) => ({ ...d, refreshed: null }));
      forgetPlatformIndex();
      return describePlatformData();
    },
  };
}

async function describePlatformData(): Promise<PlatformDataInfo> {
  const [stored, packaged] = await Promise.all([platformDataItem.get(), loadPackagedPlatformIndex()]);
  const r = stored.refreshed;
  return {
    url: stored.url,
    packaged_date: packaged?.data_date ?? null,
    refreshed: r ? { date: r.index.data_date, url: r.index.source, fetched_at: r.fetched_at, programmes: r.index.programmes.length } : null,
  };
}
