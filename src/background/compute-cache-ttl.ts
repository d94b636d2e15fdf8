/** HTTP caching facts of one response the check used. */
export interface ResponseCacheInfo {
  url: string;
  status: number;
  cacheControl: string | null;
  expires: string | null;
  date: string | null;
  age: string | null;
}

export interface TtlInput {
  responses: readonly ResponseCacheInfo[];
  /** security.txt `Expires` (RFC 3339), when the file has one. */
  txtExpires: string | null;
  /** The published keys' validity ends: a key shown as valid must not outlive its date in the cache. */
  keysValidUntil?: readonly (string | null)[];
  /** Some source failed or could not be fetched: keep the result briefly, the next try may succeed. */
  incomplete: boolean;
  now: number;
}

export interface Ttl {
  ms: number;
  reason: 'default' | 'http_max_age' | 'http_expires' | 'no_store' | 'txt_expires' | 'key_valid_until' | 'failures' | 'floor';
}

export const DEFAULT_TTL_MS = 6 * 3600_000;
export const MAX_TTL_MS = 24 * 3600_000;
export const INCOMPLETE_TTL_MS = 15 * 60_000;
/** Even `no-store` answers are reused this long, so navigating around a site does not re-fetch on every page. */
export const MIN_TTL_MS = 5 * 60_000;

/**
 * How long a check result stays fresh: the shortest HTTP freshness lifetime among the responses
 * it used (RFC 9111: max-age minus Age, else Expires minus Date), capped by security.txt's Expires and the end of a
 * published key's validity (the result says whether each key has expired),
 * by a short lifetime when the check was incomplete, and kept between MIN and MAX.
 */
export function computeCacheTtl(input: TtlInput): Ttl {
  let best: Ttl = { ms: DEFAULT_TTL_MS, reason: 'default' };
  let fromHttp = false;
  const take = (candidate: Ttl) => {
    if (!fromHttp || candidate.ms < best.ms) best = candidate;
    fromHttp = true;
  };
  for (const response of input.responses) {
    if (response.status < 200 || response.status >= 400) continue;
    const lifetime = httpFreshness(response, input.now);
    if (lifetime) take(lifetime);
  }
  const txtExpiry = input.txtExpires ? Date.parse(input.txtExpires) : Number.NaN;
  if (Number.isFinite(txtExpiry) && txtExpiry > input.now && txtExpiry - input.now < best.ms) {
    best = { ms: txtExpiry - input.now, reason: 'txt_expires' };
  }
  for (const until of input.keysValidUntil ?? []) {
    const end = until ? Date.parse(until) : Number.NaN;
    if (Number.isFinite(end) && end > input.now && end - input.now < best.ms) best = { ms: end - input.now, reason: 'key_valid_until' };
  }
  if (input.incomplete && best.ms > INCOMPLETE_TTL_MS) best = { ms: INCOMPLETE_TTL_MS, reason: 'failures' };
  if (best.ms > MAX_TTL_MS) best = { ms: MAX_TTL_MS, reason: best.reason };
  if (best.ms < MIN_TTL_MS) best = { ms: MIN_TTL_MS, reason: best.reason === 'no_store' ? 'no_store' : 'floor' };
  return best;
}

function httpFreshness(response: ResponseCacheInfo, now: number): Ttl | null {
  const directives = parseCacheControl(response.cacheControl ?? '');
  if (directives.has('no-store') || directives.has('no-cache')) return { ms: 0, reason: 'no_store' };
  const maxAge = directives.get('max-age');
  if (maxAge !== undefined && /^\d{1,10}$/.test(maxAge)) {
    const age = response.age && /^\d{1,10}$/.test(response.age.trim()) ? Number(response.age.trim()) : 0;
    return { ms: Math.max(0, Number(maxAge) - age) * 1000, reason: 'http_max_age' };
  }
  if (response.expires !== null) {
    const expires = Date.parse(response.expires);
    // An invalid Expires (often "0" or "-1") means already expired (RFC 9111 §5.3).
    if (!Number.isFinite(expires)) return { ms: 0, reason: 'http_expires' };
    const date = response.date ? Date.parse(response.date) : Number.NaN;
    const base = Number.isFinite(date) ? date : now;
    return { ms: Math.max(0, expires - base), reason: 'http_expires' };
  }
  return null;
}

/** `max-age=60, no-cache` → { max-age: "60", no-cache: "" }; lower-case names, unquoted values. */
export function parseCacheControl(header: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of header.slice(0, 4096).split(',')) {
    const eq = part.indexOf('=');
    const name = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (!name) continue;
    const value = eq === -1 ? '' : part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (!out.has(name)) out.set(name, value);
  }
  return out;
}
