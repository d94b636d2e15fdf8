import type { CheckService } from './check-service.ts';
import { fetchKey } from './fetch-key.ts';
import { createGuardedFetch, NoHostPermissionError } from './guarded-fetch.ts';
import type { RequestHandlers } from './handle-request.ts';
import type { ResultCache } from './result-cache.ts';
import type { FetchLike } from '../core/index.ts';

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
  };
}
