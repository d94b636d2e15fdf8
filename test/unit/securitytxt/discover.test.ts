import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverSecurityTxt, type DiscoverOptions } from '../../../src/core/securitytxt/discover-security-txt.ts';
import { createNodeFetch, parseConnectTo, type NodeFetch } from '../../../src/cli/node-fetch.ts';
import { NOW, startSecurityTxtFixture, type SecurityTxtFixture } from './fixture-sites.ts';
import { englishSay, enFinding } from '../../support/english.ts';

let fx: SecurityTxtFixture;
let net: NodeFetch;
const options: DiscoverOptions = { now: new Date(NOW), timeoutMs: 2000 };

beforeAll(async () => {
  fx = await startSecurityTxtFixture();
  net = createNodeFetch({ connectTo: fx.connectTo.map(parseConnectTo), ca: fx.certs.caPem });
});

afterAll(async () => {
  await net.close();
  await fx.close();
});

const discover = (url: string, extra: Partial<DiscoverOptions> = {}) =>
  discoverSecurityTxt(url, { fetch: net.fetch, now: () => new Date(NOW), manualRedirects: true }, { ...options, ...extra });

describe('discoverSecurityTxt (live, loopback)', () => {
  it('finds the file of the page host at /.well-known/', async () => {
    const r = await discover('https://example.test/anything?q=1');
    expect(r.valid).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.source).toMatchObject({ retrieved_from: 'https://example.test/.well-known/security.txt', location: 'well-known', applies_to_host: 'example.test', inherited_from_parent: false, http_status: 200 });
    expect(r.parsed?.contact).toEqual(['mailto:security@example.test']);
    expect(r.raw).toContain('Contact: mailto:security@example.test');
  });

  it('explains a detached .asc signature next to an unsigned file (RFC 9116 readers do not check it)', async () => {
    const r = await discover('https://detached.commerce7.test/');
    const notSigned = r.findings.find((f) => f.id === 'not_signed');
    expect(notSigned && enFinding(notSigned)).toContain('A detached signature was found at https://detached.commerce7.test/.well-known/security.txt.asc');
    expect(notSigned && englishSay.finding(notSigned).fix).toContain('gpg --clearsign');
    expect(r.signature?.status).toBe('not_signed');
    // Without one, not_signed keeps its plain words (the .asc was asked for and was not there).
    const plain = await discover('https://example.test/');
    expect(enFinding(plain.findings.find((f) => f.id === 'not_signed')!)).toBe('The file is not OpenPGP-signed.');
    expect(fx.server.requests.some((q) => q.host === 'example.test' && q.path === '/.well-known/security.txt.asc' && q.status === 404)).toBe(true);
  });

  it('inherits a parent domain\'s file, labelled with the §3.1 caveat', async () => {
    const r = await discover('https://www.shop.example.test/some/page');
    expect(r.warnings).toContain('scope_parent_domain');
    expect(r.source).toMatchObject({ applies_to_host: 'example.test', inherited_from_parent: true });
    const tried = r.source!.attempts!.map((a) => `${a.url} ${a.outcome}`);
    expect(tried).toEqual(expect.arrayContaining([
      'https://www.shop.example.test/.well-known/security.txt not_found',
      'https://shop.example.test/security.txt not_found',
      'https://example.test/.well-known/security.txt file',
    ]));
    // https found something, so plain http was never tried.
    expect(tried.some((t) => t.startsWith('http:'))).toBe(false);
  });

  it('follows and records a redirect chain that leaves the host', async () => {
    const r = await discover('https://redirect.commerce7.test/');
    expect(r.infos).toContain('redirect_recorded');
    expect(r.warnings).toContain('redirect_other_host');
    expect(r.source?.redirects).toEqual(['https://redirect.commerce7.test/r1', 'https://files.commerce7.test/security.txt']);
    expect(r.source?.hops?.map((h) => h.cross_host)).toEqual([false, true]);
    expect(r.source?.final_url).toBe('https://files.commerce7.test/security.txt');
  });

  it('does not parse an HTML soft-404', async () => {
    const r = await discover('https://soft404.commerce7.test/');
    expect(r.errors).toEqual(['content_type_not_text_plain', 'html_response']);
    expect(r.parsed).toBeNull();
  });

  it('reports legacy-only files, differing copies, loops, server errors and silence', async () => {
    expect((await discover('https://legacy.commerce7.test/')).errors).toContain('legacy_location_only');
    const both = await discover('https://both.commerce7.test/', { requireTopLevelLocation: true });
    expect(both.warnings).toContain('legacy_location_differs');
    expect(both.infos).not.toContain('legacy_location_missing');
    expect((await discover('https://example.test/', { requireTopLevelLocation: true })).infos).toContain('legacy_location_missing');
    expect((await discover('https://loop.commerce7.test/')).errors).toContain('too_many_redirects');
    const down = await discover('https://error.commerce7.test/', { httpFallback: false });
    expect([down.errors, down.source?.http_status]).toEqual([['fetch_http_error'], 503]);
    const slow = await discover('https://slow.commerce7.test/', { timeoutMs: 150, httpFallback: false });
    expect(slow.errors).toEqual(['fetch_not_found']);
    expect(enFinding(slow.findings[0]!)).toBe('No security.txt could be read from https://slow.commerce7.test/.well-known/security.txt: timed out after 150 ms waiting for a response.');
    expect(slow.parsed).toBeNull();
  });

  it('falls back to plain http only as a last resort, and flags it', async () => {
    const r = await discover('https://plain.commerce7.test/');
    expect(r.errors).toContain('not_https');
    expect(r.source?.retrieved_from).toBe('http://plain.commerce7.test/.well-known/security.txt');
    expect((await discover('https://plain.commerce7.test/', { httpFallback: false })).errors).toEqual(['fetch_not_found']);
  });

  it('verifies a signed file against the key its Encryption field names', async () => {
    const r = await discover('https://example.com/');
    expect(r.signature).toMatchObject({ status: 'verified', fingerprint: '7195D09BC86BE68FB6633FFF9D6B30C98E79A5A3', key_source: 'https://example.com/pgp-key.txt' });
    expect(r.valid).toBe(true);
    const noKey = await discover('https://example.com/', { fetchKeys: false });
    expect(noKey.infos).toContain('signature_key_unavailable');
  });

  it('answers a non-web URL without fetching', async () => {
    const r = await discover('ftp://example.test/');
    expect(r.errors).toEqual(['fetch_not_found']);
    expect(r.source).toBeNull();
  });
});
