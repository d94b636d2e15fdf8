import type { FetchRecord, RedirectHop } from '../schemas/fetch-record.ts';
import type { CoreDeps, SafeFetchOptions } from './types.ts';
import { classifyFetchError, oneLine } from './classify-fetch-error.ts';
import { readBodyCapped } from './read-body-capped.ts';

const MAX_HEADERS = 100;
const MAX_HEADER_CHARS = 4096;

type Failure = NonNullable<FetchRecord['error']>;

interface Attempt {
  response: Response | null;
  body: Uint8Array | null;
  truncated: boolean;
  error: Failure | null;
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function collectHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  let count = 0;
  headers.forEach((value, name) => {
    if (count++ >= MAX_HEADERS) return;
    out[name.toLowerCase()] = value.length > MAX_HEADER_CHARS ? value.slice(0, MAX_HEADER_CHARS) : value;
  });
  return out;
}

/** One request with its own timeout (connect, headers and body), linked to the caller's signal. */
async function requestOnce(url: string, deps: CoreDeps, options: SafeFetchOptions, follow: boolean, readBody: (r: Response) => boolean): Promise<Attempt> {
  const controller = new AbortController();
  let reason: 'timeout' | 'aborted' | null = null;
  const timer = setTimeout(() => { reason = 'timeout'; controller.abort(); }, options.timeoutMs);
  const onAbort = () => { reason ??= 'aborted'; controller.abort(); };
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let response: Response;
  try {
    response = await deps.fetch(url, {
      method: 'GET',
      redirect: follow ? 'follow' : 'manual',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: options.accept ?? '*/*' },
      ...(options.priority ? { priority: options.priority } : {}),
      signal: controller.signal,
    });
  } catch (error) {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    return { response: null, body: null, truncated: false, error: classifyFetchError(error, reason, { phase: 'response', timeoutMs: options.timeoutMs }) };
  }
  try {
    if (!readBody(response)) {
      await response.body?.cancel().catch(() => {});
      return { response, body: null, truncated: false, error: null };
    }
    const { body, truncated } = await readBodyCapped(response, options.maxBytes);
    return { response, body, truncated, error: null };
  } catch (error) {
    // Headers arrived but the body did not (timeout, reset): keep what the headers said.
    return { response, body: null, truncated: false, error: classifyFetchError(error, reason, { phase: 'body', timeoutMs: options.timeoutMs }) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function emptyRecord(url: string, started: number): FetchRecord {
  return {
    requested_url: url, final_url: url, redirects: [], hops: [], redirects_opaque: false, status: null,
    content_type: null, headers: {}, body: null, truncated: false, error: null, elapsed_ms: Date.now() - started,
  };
}

function parseHttpUrl(url: string): URL | Failure {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'invalid_url', message: `not a URL: ${oneLine(url, 200)}` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { kind: 'unsupported_scheme', message: `only http(s) URLs are fetched, not ${oneLine(parsed.protocol, 40)}` };
  }
  return parsed;
}

/**
 * Fetches a URL defensively: per-request timeout, body capped at `maxBytes`, redirects followed by hand
 * (up to `maxRedirects`, each hop recorded and cross-host hops flagged), no credentials. Never throws.
 * When the platform cannot expose redirects (`deps.manualRedirects` false), it lets fetch follow them and
 * records only the final URL (`redirects_opaque`).
 */
export async function fetchSafely(url: string, deps: CoreDeps, options: SafeFetchOptions): Promise<FetchRecord> {
  const started = Date.now();
  const record = emptyRecord(url, started);
  const first = parseHttpUrl(url);
  if (!(first instanceof URL)) return { ...record, error: first };
  record.requested_url = first.href;
  record.final_url = first.href;

  let current = first;
  let follow = !deps.manualRedirects;
  const seen = new Set<string>([current.href]);
  for (;;) {
    const attempt = await requestOnce(current.href, deps, options, follow, (r) => follow || !isRedirect(r.status));
    const response = attempt.response;
    if (!response) return finish(record, started, { error: attempt.error });

    if (!follow && (response.type === 'opaqueredirect' || response.status === 0)) {
      // The platform hid the redirect after all (a browser): let it follow, and say so.
      follow = true;
      continue;
    }
    record.status = response.status;
    record.content_type = response.headers.get('content-type');
    record.headers = collectHeaders(response.headers);
    if (attempt.error) return finish(record, started, { error: attempt.error });

    if (follow) {
      const finalUrl = response.url || current.href;
      record.redirects_opaque = true;
      record.final_url = finalUrl;
      if (response.redirected || finalUrl !== current.href) {
        record.redirects.push(finalUrl);
        record.hops.push(makeHop(current.href, finalUrl, 0));
      }
      return finish(record, started, { body: attempt.body, truncated: attempt.truncated });
    }

    if (!isRedirect(response.status)) {
      return finish(record, started, { body: attempt.body, truncated: attempt.truncated });
    }
    const location = response.headers.get('location');
    if (location === null) return finish(record, started, { body: new Uint8Array(0) });
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      return finish(record, started, { error: { kind: 'invalid_url', message: `redirect to an invalid URL: ${oneLine(location, 200)}` } });
    }
    record.redirects.push(next.href);
    record.hops.push(makeHop(current.href, next.href, response.status));
    if (next.protocol !== 'https:' && next.protocol !== 'http:') {
      return finish(record, started, { error: { kind: 'unsupported_scheme', message: `redirect to a ${oneLine(next.protocol, 40)} URL was not followed` } });
    }
    if (record.redirects.length > options.maxRedirects) {
      return finish(record, started, { error: { kind: 'too_many_redirects', message: `more than ${options.maxRedirects} redirects` } });
    }
    if (seen.has(next.href)) {
      return finish(record, started, { error: { kind: 'redirect_loop', message: `redirect loop back to ${oneLine(next.href, 200)}` } });
    }
    seen.add(next.href);
    current = next;
    record.final_url = next.href;
  }
}

function makeHop(from: string, to: string, status: number): RedirectHop {
  let crossHost = true;
  try {
    crossHost = new URL(from).hostname !== new URL(to).hostname;
  } catch {
    // unparsable: treat as cross-host
  }
  return { from, to, status, cross_host: crossHost };
}

function finish(record: FetchRecord, started: number, part: { body?: Uint8Array | null; truncated?: boolean; error?: Failure | null }): FetchRecord {
  return {
    ...record,
    body: part.body ?? null,
    truncated: part.truncated ?? false,
    error: part.error ?? null,
    elapsed_ms: Date.now() - started,
  };
}
