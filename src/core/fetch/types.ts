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
  signal?: AbortSignal;
}
