/** The subset of WHATWG fetch the core needs; the shells pass globalThis.fetch or a stub. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Injected I/O: the core never reaches for globals. */
export interface CoreDeps {
  fetch: FetchLike;
  now: () => Date;
  /**
   * Whether `redirect: 'manual'` exposes Location headers (Node: yes; browsers give an opaque
   * redirect). When false the fetcher lets the platform follow redirects and records the final URL only.
   */
  manualRedirects: boolean;
}

export interface SafeFetchOptions {
  /** Per-request timeout, covering connect, headers and body. */
  timeoutMs: number;
  /** Stop reading the body past this many bytes. */
  maxBytes: number;
  maxRedirects: number;
  accept?: string;
  /**
   * The browser's fetch priority: a request that cannot change the verdict (discovery probes, signature lookups)
   * is `low`, so over HTTP/1.1's six connections per host it waits behind those that can. Default: the browser's.
   */
  priority?: 'high' | 'low';
  signal?: AbortSignal;
}
