import { describe, expect, it } from 'vitest';
import {
  computeCacheTtl, DEFAULT_TTL_MS, INCOMPLETE_TTL_MS, MAX_TTL_MS, MIN_TTL_MS, parseCacheControl, type ResponseCacheInfo,
} from '../../../src/background/compute-cache-ttl.ts';

const now = Date.parse('2026-11-21T10:00:00Z');
const res = (over: Partial<ResponseCacheInfo>): ResponseCacheInfo => ({
  url: 'https://example.com/.well-known/security.txt', status: 200, cacheControl: null, expires: null, date: null, age: null, ...over,
});
const ttl = (responses: ResponseCacheInfo[], extra: { txtExpires?: string | null; incomplete?: boolean } = {}) =>
  computeCacheTtl({ responses, txtExpires: extra.txtExpires ?? null, incomplete: extra.incomplete ?? false, now });

describe('computeCacheTtl', () => {
  it('uses the default without caching headers', () => {
    expect(ttl([])).toEqual({ ms: DEFAULT_TTL_MS, reason: 'default' });
    expect(ttl([res({})])).toEqual({ ms: DEFAULT_TTL_MS, reason: 'default' });
  });
  it('takes max-age minus Age, the shortest across responses', () => {
    expect(ttl([res({ cacheControl: 'public, max-age=3600' })])).toEqual({ ms: 3600_000, reason: 'http_max_age' });
    expect(ttl([res({ cacheControl: 'max-age=3600', age: '600' })])).toEqual({ ms: 3000_000, reason: 'http_max_age' });
    expect(ttl([res({ cacheControl: 'max-age=7200' }), res({ cacheControl: 'max-age=1800' })]).ms).toBe(1800_000);
  });
  it('a longer HTTP lifetime than the default wins, up to the maximum', () => {
    expect(ttl([res({ cacheControl: 'max-age=43200' })]).ms).toBe(43200_000);
    expect(ttl([res({ cacheControl: 'max-age=9999999' })]).ms).toBe(MAX_TTL_MS);
  });
  it('uses Expires minus Date without max-age, and treats an invalid Expires as expired', () => {
    expect(ttl([res({ expires: 'Sat, 21 Nov 2026 12:00:00 GMT', date: 'Sat, 21 Nov 2026 10:00:00 GMT' })]))
      .toEqual({ ms: 2 * 3600_000, reason: 'http_expires' });
    expect(ttl([res({ expires: '0' })])).toEqual({ ms: MIN_TTL_MS, reason: 'floor' });
  });
  it('max-age beats Expires (RFC 9111 §4.2.1)', () => {
    expect(ttl([res({ cacheControl: 'max-age=60000', expires: 'Sat, 21 Nov 2026 10:30:00 GMT' })]).reason).toBe('http_max_age');
  });
  it('no-store and no-cache keep the result only for the floor', () => {
    expect(ttl([res({ cacheControl: 'no-store' })])).toEqual({ ms: MIN_TTL_MS, reason: 'no_store' });
    expect(ttl([res({ cacheControl: 'No-Cache, max-age=600' })])).toEqual({ ms: MIN_TTL_MS, reason: 'no_store' });
  });
  it('ignores error responses and malformed values', () => {
    expect(ttl([res({ status: 404, cacheControl: 'max-age=60' })]).reason).toBe('default');
    expect(ttl([res({ cacheControl: 'max-age=abc' })]).reason).toBe('default');
  });
  it('never outlives the security.txt Expires', () => {
    expect(ttl([], { txtExpires: '2026-11-21T12:00:00Z' })).toEqual({ ms: 2 * 3600_000, reason: 'txt_expires' });
    expect(ttl([], { txtExpires: '2027-11-21T12:00:00Z' }).reason).toBe('default');
    expect(ttl([], { txtExpires: '2020-01-01T00:00:00Z' }).reason).toBe('default');
  });
  it('never shows a key as valid past its validity: the lifetime ends with the first key to expire', () => {
    const keys = (keysValidUntil: (string | null)[]) => computeCacheTtl({ responses: [], txtExpires: null, keysValidUntil, incomplete: false, now });
    expect(keys(['2026-11-21T13:00:00Z', null, '2026-11-21T11:00:00Z'])).toEqual({ ms: 3600_000, reason: 'key_valid_until' });
    expect(keys(['2025-01-01', 'not a date', '2027-01-01']).reason).toBe('default');
  });
  it('keeps an incomplete check briefly', () => {
    expect(ttl([res({ cacheControl: 'max-age=86400' })], { incomplete: true })).toEqual({ ms: INCOMPLETE_TTL_MS, reason: 'failures' });
  });
});

describe('parseCacheControl', () => {
  it('parses directives case-insensitively, first one wins, quotes removed', () => {
    const d = parseCacheControl('Max-Age="60", max-age=5, private, , no-transform');
    expect(d.get('max-age')).toBe('60');
    expect(d.has('private')).toBe(true);
    expect(d.has('')).toBe(false);
  });
});
