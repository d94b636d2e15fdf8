import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage } from '../../../src/core/check/check-page.ts';
import { CheckResultSchema, type SourceProgress } from '../../../src/core/check/check-result.ts';
import type { CoreDeps } from '../../../src/core/fetch/types.ts';
import { buildDiodbIndex } from '../../../src/core/diodb/build-diodb-index.ts';
import { createNodeFetch, type NodeFetch } from '../../../src/cli/node-fetch.ts';
import { loopbackConnectTo } from '../../support/loopback-connect-to.ts';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { startFixtureServer, type FixtureServer, type Route } from '../../support/fixture-server.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const DELAY = 150;
const txtHeaders = { 'content-type': 'text/plain; charset=utf-8' };

const POLICY_HTML = (host: string) =>
  `<!doctype html><title>Vulnerability disclosure</title><h1>Vulnerability disclosure policy</h1>` +
  `<p>Report security vulnerabilities to security@${host}.</p><h2>In scope</h2><ul><li>api.${host}</li></ul>` +
  `<h2>Rules</h2><p>Do not perform denial of service attacks.</p><script>document.title = 'never run'</script>`;

function slow(route: { status?: number; headers?: Record<string, string>; body?: string }): Route {
  return { ...route, delayMs: DELAY };
}

let certs: Certs;
let fx: FixtureServer;
let net: NodeFetch;
let deps: CoreDeps;

beforeAll(async () => {
  certs = makeCerts({ extraNames: ['shop.test', '*.shop.test', 'bare.test', 'paths.test', '*.paths.test', 'links.test', 'early.test', 'first.test'] });
  fx = await startFixtureServer({
    certs,
    sites: {
      // Every response takes DELAY ms, so the number of sequential rounds shows in the timings.
      'shop.test': {
        '/.well-known/security.txt': slow({
          headers: txtHeaders,
          body: 'Contact: mailto:security@shop.test\nExpires: 2027-06-01T00:00:00Z\nPolicy: https://shop.test/disclosure.txt\n',
        }),
        '/disclosure.txt': slow({
          headers: txtHeaders,
          body: [
            'Responsible disclosure',
            '',
            'In scope: api.shop.test and any other subdomain of shop.test.',
            'Out of scope: the marketing website https://www.shop.test/.',
            'Do not perform denial of service attacks or social engineering.',
            'Please include steps to reproduce the issue.',
            '',
          ].join('\n'),
        }),
        '*': slow({ status: 404, headers: { 'content-type': 'text/html' }, body: '<html>not here</html>' }),
      },
      '*.shop.test': { '*': slow({ status: 404, headers: { 'content-type': 'text/html' }, body: '<html>not here</html>' }) },
      'bare.test': { '*': { status: 404, body: 'nothing' } },
      // A slow detached-signature lookup and slow common paths: neither can change the verdict the linked policy gives.
      'early.test': {
        '/.well-known/security.txt': slow({ headers: txtHeaders, body: 'Contact: mailto:security@early.test\nExpires: 2027-06-01T00:00:00Z\nPolicy: https://early.test/policy.txt\n' }),
        '/.well-known/security.txt.asc': { status: 404, body: 'none', delayMs: DELAY * 10 },
        '/security.txt': slow({ status: 404, body: 'none' }),
        '/policy.txt': slow({ headers: txtHeaders, body: 'Responsible disclosure\n\nIn scope: early.test.\nDo not perform denial of service attacks.\n' }),
        '*': { status: 404, headers: { 'content-type': 'text/html' }, body: '<html>not here</html>', delayMs: DELAY * 10 },
      },
      // The legacy path answers late and every probe is slow: the Policy link must neither wait for the legacy
      // path nor queue behind more probes than HTTP/1.1's six connections per host leave room for.
      'first.test': {
        '/.well-known/security.txt': slow({ headers: txtHeaders, body: 'Contact: mailto:security@first.test\nExpires: 2027-06-01T00:00:00Z\nPolicy: https://first.test/policy.txt\n' }),
        '/security.txt': { status: 404, body: 'none', delayMs: DELAY * 4 },
        '/policy.txt': slow({ headers: txtHeaders, body: 'Responsible disclosure\n\nIn scope: first.test.\nDo not perform denial of service attacks.\n' }),
        '*': { status: 404, headers: { 'content-type': 'text/html' }, body: '<html>not here</html>', delayMs: DELAY * 3 },
      },
      // No security.txt: the policy sits at a common path on one site, behind a page link on the other.
      'paths.test': {
        '/security': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: POLICY_HTML('paths.test') },
        '*': { status: 404, body: 'nothing' },
      },
      'links.test': {
        '/about/report-a-weakness': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: POLICY_HTML('links.test') },
        '*': { status: 404, body: 'nothing' },
      },
    },
  });
  const connectTo = loopbackConnectTo(fx);
  net = createNodeFetch({ connectTo, ca: certs.caPem });
  deps = { fetch: net.fetch, now: () => NOW, manualRedirects: true };
});

afterAll(async () => {
  await net.close();
  await fx.close();
  certs.remove();
});

describe('checkPage', () => {
  it('judges a host from the policy security.txt links to, with progress per source', async () => {
    const progress: SourceProgress[] = [];
    const result = await checkPage('https://api.shop.test/account', deps, { timeoutMs: 3000, draft: {} }, (p) => progress.push(p));
    expect(CheckResultSchema.safeParse(result).success).toBe(true);
    expect(result.host).toBe('api.shop.test');
    expect(result.txt?.source?.inherited_from_parent).toBe(true);
    expect(result.policy?.source?.found_by).toBe('securitytxt_policy');
    expect(result.scope?.verdict).toBe('in_scope');
    expect(result.policy?.forbidden_activities.map((a) => a.id)).toEqual(expect.arrayContaining(['dos', 'social_engineering']));
    expect(result.draft?.to).toEqual(['security@shop.test']);
    expect(progress.filter((p) => p.state === 'pending').map((p) => p.id)).toEqual(expect.arrayContaining(['securitytxt', 'policy', 'policy_link']));
    expect(result.sources.every((s) => s.state !== 'pending')).toBe(true);
  });

  it('says out of scope for the excluded marketing site, with the rule and its quote', async () => {
    const result = await checkPage('https://www.shop.test/', deps, { timeoutMs: 3000 });
    expect(result.scope?.verdict).toBe('out_of_scope');
    expect(result.scope?.quote).toMatch(/marketing website/);
  });

  it('fetches policy candidates in the same round as security.txt (about two round trips, not one per URL)', async () => {
    const start = fx.requests.length;
    await checkPage('https://api.shop.test/x', deps, { timeoutMs: 3000 });
    const requests = fx.requests.slice(start);
    const firstTxt = requests.find((r) => r.path === '/.well-known/security.txt');
    const commonPath = requests.find((r) => r.path === '/security' || r.path === '/responsible-disclosure');
    const linked = requests.find((r) => r.path === '/disclosure.txt');
    expect(firstTxt && commonPath && linked).toBeTruthy();
    // The common-path probe does not wait for security.txt's answer; the linked policy has to.
    expect(Math.abs(commonPath!.at - firstTxt!.at)).toBeLessThan(DELAY);
    expect(linked!.at - firstTxt!.at).toBeGreaterThanOrEqual(DELAY - 20);
  });

  it('gives the verdict as soon as the linked policy is read: the link goes out when the file is read, the signature lookup after it', async () => {
    const start = Date.now();
    const partials: { at: number; verdict: string | undefined; signature: string | undefined }[] = [];
    const result = await checkPage('https://early.test/', deps, {
      timeoutMs: 3000,
      onPartial: (r) => partials.push({ at: Date.now() - start, verdict: r.scope?.verdict, signature: r.txt?.signature?.status }),
    });
    const took = Date.now() - start;
    expect(result.scope?.verdict).toBe('in_scope');
    expect(partials).toHaveLength(1);
    // Same verdict, two rounds in (security.txt, then its Policy link), long before the slow probes answered.
    expect(partials[0]!.verdict).toBe('in_scope');
    expect(partials[0]!.signature).toBeUndefined();
    expect(result.txt?.signature?.status).toBe('not_signed');
    expect(partials[0]!.at).toBeLessThan(took - DELAY * 3);
    const requests = fx.requests.filter((r) => r.host === 'early.test');
    const asc = requests.find((r) => r.path === '/.well-known/security.txt.asc')!;
    const linked = requests.find((r) => r.path === '/policy.txt')!;
    // The detached-signature lookup (it only explains not_signed) waits until the linked policy is read.
    expect(asc.at - linked.at).toBeGreaterThanOrEqual(DELAY - 20);
    // The final result reads the policy once: its source is marked chosen once.
    expect(result.policy?.source?.note).toBe('chosen');
    expect(result.policy_sources?.filter((s) => s.note?.includes('chosen'))).toHaveLength(1);
  });

  it('follows the Policy link once the chosen file is read, before lower-ranked paths answer, with at most four probes out ahead of it', async () => {
    const start = fx.requests.length;
    const result = await checkPage('https://first.test/', deps, { timeoutMs: 3000 });
    expect(result.scope?.verdict).toBe('in_scope');
    const requests = fx.requests.slice(start).filter((r) => r.host === 'first.test');
    const wellKnown = requests.find((r) => r.path === '/.well-known/security.txt')!;
    const linked = requests.findIndex((r) => r.path === '/policy.txt');
    expect(linked).toBeGreaterThan(-1);
    // The legacy path answers DELAY * 4 after it was asked: the link went out long before that.
    expect(requests[linked]!.at - wellKnown.at).toBeLessThan(DELAY * 2);
    const probesBefore = requests.slice(0, linked).filter((r) => !r.path.endsWith('security.txt'));
    expect(probesBefore.length).toBeGreaterThan(0);
    expect(probesBefore.length).toBeLessThanOrEqual(4);
    // The held probes still go out, after the link: every place is tried and reported.
    expect(requests.slice(linked + 1).some((r) => !r.path.endsWith('security.txt') && !r.path.endsWith('.asc'))).toBe(true);
    expect(result.policy_sources?.length).toBeGreaterThan(5);
  });

  it('sends no early result when everything has answered by the time the verdict is known', async () => {
    const partials: unknown[] = [];
    await checkPage('https://paths.test/', deps, { timeoutMs: 3000, onPartial: (r) => partials.push(r) });
    expect(partials).toEqual([]);
  });

  it('answers unknown, not in scope, when a site publishes nothing', async () => {
    const result = await checkPage('https://bare.test/', deps, { timeoutMs: 3000 });
    expect(result.txt?.parsed).toBeNull();
    expect(result.policy).toBeNull();
    expect(result.scope?.verdict).toBe('unknown');
    expect(result.sources.find((s) => s.id === 'securitytxt')?.state).toBe('failed');
  });

  it('falls back to the disclose.io entry only when nothing is published, and never as permission', async () => {
    const index = buildDiodbIndex(
      // A real-looking name (the index only files public suffixes); --connect-to keeps every request on loopback.
      [{ program_name: 'Bare Org', policy_url: 'https://bare-org.com/vdp', contact_email: 'psirt@bare-org.com', offers_bounty: 'no', safe_harbor: 'full' }],
      { snapshot_date: '2026-07-12', commit: 'abc', source: 'test', license: 'CC0-1.0' },
    );
    let loads = 0;
    const loadDiodb = async () => (loads++, index);
    const bare = await checkPage('https://www.bare-org.com/', deps, { timeoutMs: 3000, loadDiodb });
    expect(loads).toBe(1);
    expect(bare.policy_sources?.at(-1)?.found_by).toBe('diodb');
    expect(bare.policy?.contacts.map((c) => c.value)).toContain('mailto:psirt@bare-org.com');
    expect(bare.scope?.verdict).toBe('unknown');
    // A site with its own policy never needs the database.
    await checkPage('https://api.shop.test/', deps, { timeoutMs: 3000, loadDiodb });
    expect(loads).toBe(1);
  });

  it('finds a policy at a common path, and one the page links to, when there is no security.txt', async () => {
    const common = await checkPage('https://paths.test/', deps, { timeoutMs: 3000 });
    expect(common.policy?.source?.found_by).toBe('common_path');
    // The policy lists api.paths.test only: the apex stays unknown.
    expect(common.scope?.verdict).toBe('unknown');
    expect(common.policy?.in_scope.map((e) => e.pattern)).toEqual(['api.paths.test']);
    expect(common.policy?.forbidden_activities.map((a) => a.id)).toContain('dos');
    const linked = await checkPage('https://links.test/', deps, {
      timeoutMs: 3000,
      pageLinks: [{ href: 'https://links.test/about/report-a-weakness', text: 'Report a security weakness' }],
    });
    expect(linked.policy?.source?.found_by).toBe('page_link');
    expect(linked.policy?.contacts.map((c) => c.value)).toContain('mailto:security@links.test');
  });

  it('refuses pages that are not http(s) without fetching anything', async () => {
    const start = fx.requests.length;
    const result = await checkPage('javascript:alert(1)', deps, { timeoutMs: 3000 });
    expect(result.scope).toBeNull();
    expect(result.sources[0]?.state).toBe('skipped');
    expect(fx.requests.length).toBe(start);
  });
});
