import type { ResponseCacheInfo } from './compute-cache-ttl.ts';
import type { FetchLike } from '../core/index.ts';
import { trace } from '../platform/trace.ts';

/** Raised instead of a request to a host the user has not granted: nothing is sent. */
export class NoHostPermissionError extends TypeError {
  override name = 'NoHostPermissionError';
}

export interface GuardedFetch {
  fetch: FetchLike;
  /** URLs not requested for lack of permission, in order. */
  denied: string[];
  /** Caching headers of every response received. */
  responses: ResponseCacheInfo[];
}

/**
 * Wraps fetch for one check: refuses hosts `mayFetch` rejects (so no request reaches a site the user
 * did not allow) and records each response's caching headers for the result's lifetime.
 */
export function createGuardedFetch(base: FetchLike, mayFetch: (url: string) => Promise<boolean>): GuardedFetch {
  const denied: string[] = [];
  const responses: ResponseCacheInfo[] = [];
  const fetch: FetchLike = async (input, init) => {
    trace('fetch:asked', input);
    if (!(await mayFetch(input))) {
      if (!denied.includes(input)) denied.push(input);
      throw new NoHostPermissionError(`No permission to fetch ${input}`);
    }
    const response = await base(input, init);
    responses.push({
      url: response.url || input,
      status: response.status,
      cacheControl: response.headers.get('cache-control'),
      expires: response.headers.get('expires'),
      date: response.headers.get('date'),
      age: response.headers.get('age'),
    });
    return response;
  };
  return { fetch, denied, responses };
}
