import { describe, expect, it } from 'vitest';
import { discoverPolicy } from '../../../src/core/policy/discover-policy.ts';
import { listPolicyCandidates } from '../../../src/core/policy/list-policy-candidates.ts';
import { buildDiodbIndex } from '../../../src/core/diodb/build-diodb-index.ts';
import type { CoreDeps } from '../../../src/core/fetch/types.ts';
import type { TxtResult } from '../../../src/core/schemas/txt-result.ts';

const POLICY = '# Security\n\nPlease report vulnerabilities to security@example.com. Do not run denial of service tests. ' +
  'Out of scope: social engineering. We will not take legal action against researchers. No bounty, but a hall of fame.\n';

type Site = Record<string, { status?: number; type?: string; body: string }>;

function stubDeps(site: Site) {
  const requested: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const deps: CoreDeps = {
    manualRedirects: true,
    now: () => new Date('2026-11-21T00:00:00Z'),
    fetch: async (input) => {
      const url = String(input);
      requested.push(url);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      const page = site[url];
      if (!page) return new Response('<html><title>Not found</title><h1>404 Page not found</h1></html>', { status: 404, headers: { 'content-type': 'text/html' } });
      return new Response(page.body, { status: page.status ?? 200, headers: { 'content-type': page.type ?? 'text/html' } });
    },
  };
  return { deps, requested, maxInFlight: () => maxInFlight };
}

function txtWithPolicy(url: string): TxtResult {
  return {
    schema: 'scopecheck.txt/1', valid: true, errors: [], warnings: [], infos: [], lines: {}, findings: [], source: null,
    parsed: { contact: [], expires: null, expires_utc: null, policy: [url], encryption: [], canonical: [], preferred_languages: [],
      acknowledgments: [], hiring: [], csaf: [], bug_bounty: null, unknown_fields: [], signed: false },
  };
}

describe('listPolicyCandidates', () => {
  it('orders security.txt links, SECURITY.md, page links and common paths, reading GitHub blob links as raw Markdown', () => {
    const list = listPolicyCandidates('https://github.com/acme/widget/issues', {
      txt: txtWithPolicy('https://github.com/acme/.github/blob/main/SECURITY.md'),
      pageLinks: [{ href: '/acme/widget/security/policy', text: 'Security policy' }, { href: 'https://example.org/', text: 'Home' }],
    });
    expect(list.map((c) => [c.found_by, c.url])).toEqual([
      ['securitytxt_policy', 'https://raw.githubusercontent.com/acme/.github/main/SECURITY.md'],
      ['user', 'https://github.com/acme/widget/issues'],
      ['github_security_md', 'https://raw.githubusercontent.com/acme/widget/HEAD/SECURITY.md'],
      ['github_security_md', 'https://raw.githubusercontent.com/acme/widget/HEAD/.github/SECURITY.md'],
      ['github_security_md', 'https://raw.githubusercontent.com/acme/widget/HEAD/docs/SECURITY.md'],
      ['github_security_md', 'https://raw.githubusercontent.com/acme/.github/HEAD/SECURITY.md'],
      ['page_link', 'https://github.com/acme/widget/security/policy'],
    ]);
  });

  it('probes common paths on ordinary sites, never on bug bounty platforms', () => {
    expect(listPolicyCandidates('https://shop.example.com/cart', { txt: null }).filter((c) => c.found_by === 'common_path').map((c) => c.url))
      .toContain('https://shop.example.com/responsible-disclosure');
    expect(listPolicyCandidates('https://hackerone.com/acme', { txt: null }).some((c) => c.found_by === 'common_path')).toBe(false);
  });
});

describe('discoverPolicy', () => {
  it('fetches every candidate in one concurrent round and prefers the security.txt Policy link', async () => {
    const { deps, requested, maxInFlight } = stubDeps({
      'https://example.com/policy.md': { body: POLICY, type: 'text/markdown' },
      'https://example.com/security': { body: `<html><body><h1>Security</h1><p>${POLICY}</p></body></html>` },
    });
    const result = await discoverPolicy('https://example.com/', { txt: txtWithPolicy('https://example.com/policy.md') }, deps, { timeoutMs: 2000 });
    expect(result.policy?.source).toMatchObject({ url: 'https://example.com/policy.md', found_by: 'securitytxt_policy', status: 200, format: 'markdown', note: 'chosen' });
    expect(result.policy?.contacts.map((c) => c.value)).toEqual(['mailto:security@example.com']);
    expect(requested.length).toBe(result.sources.length);
    expect(maxInFlight()).toBe(requested.length);
  });

  it('skips soft 404s and pages that do not read like a policy', async () => {
    const { deps } = stubDeps({
      'https://example.com/security': { body: '<html><h1>Page not found</h1><p>Sorry.</p></html>' },
      'https://example.com/responsible-disclosure': { body: POLICY, type: 'text/plain' },
    });
    const result = await discoverPolicy('https://example.com/about', { txt: null }, deps, { timeoutMs: 2000 });
    expect(result.policy?.source?.url).toBe('https://example.com/responsible-disclosure');
    expect(result.sources.find((s) => s.url === 'https://example.com/security')?.note).toBe('does not read like a disclosure policy');
  });

  it('reads a short policy the security.txt links to, but not a soft 404 behind that link', async () => {
    const short = 'Responsible disclosure\n\nIn scope: example.com.\nDo not perform denial of service attacks.\n';
    const { deps } = stubDeps({ 'https://example.com/policy.txt': { body: short, type: 'text/plain' } });
    const linked = await discoverPolicy('https://example.com/', { txt: txtWithPolicy('https://example.com/policy.txt') }, deps, { timeoutMs: 2000 });
    expect(linked.policy?.source?.url).toBe('https://example.com/policy.txt');
    // The same text found by probing a common path is one cue short of a policy.
    const { deps: probed } = stubDeps({ 'https://example.com/responsible-disclosure': { body: short, type: 'text/plain' } });
    const common = await discoverPolicy('https://example.com/', { txt: null }, probed, { timeoutMs: 2000 });
    expect(common.sources.find((s) => s.url === 'https://example.com/responsible-disclosure')?.note).toBe('does not read like a disclosure policy');
    const { deps: soft } = stubDeps({ 'https://example.com/policy.txt': { body: '<html><h1>Page not found</h1><p>Sorry.</p></html>' } });
    const missing = await discoverPolicy('https://example.com/', { txt: txtWithPolicy('https://example.com/policy.txt') }, soft, { timeoutMs: 2000 });
    expect(missing.sources.find((s) => s.url === 'https://example.com/policy.txt')?.note).toBe('does not read like a disclosure policy');
  });

  it('reports a PDF policy with its link instead of reading it', async () => {
    const { deps } = stubDeps({ 'https://example.com/vdp.pdf': { body: '%PDF-1.7 binary', type: 'application/pdf' } });
    const result = await discoverPolicy('https://example.com/', { txt: txtWithPolicy('https://example.com/vdp.pdf') }, deps, { timeoutMs: 2000 });
    expect(result.policy?.source?.format).toBe('pdf');
    expect(result.policy?.notes?.join(' ')).toMatch(/PDF .*not supported.*vdp\.pdf/);
  });

  it('falls back to the disclose.io database, labelled as community data, when nothing is published', async () => {
    const { deps } = stubDeps({});
    const diodb = buildDiodbIndex([
      { program_name: 'Example Corp', policy_url: 'https://example.com/legal/vdp', contact_email: 'psirt@example.com', offers_bounty: 'no', safe_harbor: 'full', public_disclosure: '' },
      { program_name: 'Other', policy_url: 'https://hackerone.com/other', contact_email: 'sec@gmail.com', offers_bounty: 'yes', public_disclosure: '' },
    ], { snapshot_date: '2026-07-12', commit: '44351eee15f0', source: 'test', license: 'CC0-1.0' });
    expect(Object.keys(diodb.hosts)).toEqual(['example.com']);
    const result = await discoverPolicy('https://www.shop.example.com/', { txt: null }, deps, { timeoutMs: 2000, diodb });
    expect(result.policy?.source).toMatchObject({ found_by: 'diodb', url: 'https://example.com/legal/vdp' });
    expect(result.policy?.contacts.map((c) => c.value)).toEqual(['mailto:psirt@example.com']);
    expect([result.policy?.safe_harbor, result.policy?.bounty]).toEqual([true, false]);
    expect(result.policy?.notes?.[0]).toMatch(/Community data .*2026-07-12.*44351eee15f0.*never permission to test/);
    const none = await discoverPolicy('https://unknown.example.net/', { txt: null }, deps, { timeoutMs: 2000, diodb });
    expect(none.policy).toBeNull();
  });
});
