export { fetchSafely } from './fetch-safely.ts';
export { readBodyCapped } from './read-body-capped.ts';
export { classifyFetchError } from './classify-fetch-error.ts';
export type { CoreDeps, FetchLike, SafeFetchOptions } from './types.ts';
