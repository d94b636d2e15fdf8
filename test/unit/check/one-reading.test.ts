import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackConnectToArgs } from '../../support/loopback-connect-to.ts';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { startFixtureServer, type FixtureServer, type Route } from '../../support/fixture-server.ts';
import { runCliCaptured } from '../../support/run-cli.ts';

// One reading of a URL: check, scope, policy and draft run the same pipeline stages (findSources,
// readSources, judge), so on each kind of site they name the same policy, verdict and contacts.

const html = (body: string): Route => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><html lang="en"><body>${body}</body></html>` });
const text = (body: string): Route => ({ headers: { 'content-type': 'text/plain; charset=utf-8' }, body });
const notFound: Route = { status: 404, body: 'nothing here' };

function policyText(domain: string): string {
  return [
    '# Vulnerability disclosure policy',
    '',
    `Report security vulnerabilities to security@${domain}.`,
    '',
    '## Scope',
    '',
    `In scope: *.${domain} and ${domain}.`,
    `Out of scope: blog.${domain}.`,
    '',
    '## Rules',
    '',
    '- Do not perform denial of service attacks.',
    '- Do not use automated scanners.',
    '',
    'Your report must include the steps to reproduce and the impact of the vulnerability.',
    'We will not take legal action against researchers who follow this policy.',
    '',
  ].join('\n');
}
function policyHtml(domain: string): Route {
  return html([
    '<h1>Vulnerability disclosure policy</h1>',
    `<p>Report security vulnerabilities to security@${domain}.</p>`,
    '<h2>Scope</h2>',
    `<p>In scope: *.${domain} and ${domain}.</p>`,
    `<p>Out of scope: blog.${domain}.</p>`,
    '<h2>Rules</h2>',
    '<ul><li>Do not perform denial of service attacks.</li><li>Do not use automated scanners.</li></ul>',
    '<p>Your report must include the steps to reproduce and the impact of the vulnerability.</p>',
    '<p>We will not take legal action against researchers who follow this policy.</p>',
  ].join(''));
}
const txt = (domain: string, policyUrl: string) => text(`Contact: mailto:security@${domain}\nExpires: 2027-06-01T00:00:00Z\nPolicy: ${policyUrl}\n`);

/** Each site: the URL all four commands read, what should be chosen, and the verdict for its host. */
const CASES = [
  { name: 'inherited security.txt with a Policy link', url: 'https://app.inherit.test/login', policy: 'https://inherit.test/vdp.md', verdict: 'in_scope' },
  { name: 'own security.txt linking to an HTML policy', url: 'https://www.linked.test/', policy: 'https://linked.test/policy', verdict: 'in_scope' },
  { name: 'SECURITY.md of a GitHub repository', url: 'https://github.com/acme/widget', policy: 'https://raw.githubusercontent.com/acme/widget/HEAD/SECURITY.md', verdict: 'unknown' },
  { name: 'a common path, no security.txt', url: 'https://common.test/', policy: 'https://common.test/responsible-disclosure', verdict: 'in_scope' },
  { name: 'a link on the page, no security.txt', url: 'https://pagelink.test/', policy: 'https://pagelink.test/legal/hackers', verdict: 'in_scope' },
  { name: 'a link on the parent domain\'s home page', url: 'https://shop.parent.test/', policy: 'https://parent.test/about/vulnerability-reporting', verdict: 'in_scope' },
  { name: 'nothing published', url: 'https://nothing.test/', policy: null, verdict: 'unknown' },
] as const;

let certs: Certs;
let fx: FixtureServer;
let net: string[];

beforeAll(async () => {
  certs = makeCerts({
    extraNames: ['inherit.test', '*.inherit.test', 'linked.test', '*.linked.test', 'github.com', 'raw.githubusercontent.com',
      'common.test', 'pagelink.test', 'parent.test', '*.parent.test', 'nothing.test'],
  });
  fx = await startFixtureServer({
    certs,
    sites: {
      'inherit.test': { '/.well-known/security.txt': txt('inherit.test', 'https://inherit.test/vdp.md'), '/vdp.md': { headers: { 'content-type': 'text/markdown' }, body: policyText('inherit.test') }, '*': notFound },
      'app.inherit.test': { '/login': html('<h1>Log in</h1>'), '*': notFound },
      'www.linked.test': { '/.well-known/security.txt': txt('linked.test', 'https://linked.test/policy'), '/': html('<h1>Welcome</h1>'), '*': notFound },
      'linked.test': { '/policy': policyHtml('linked.test'), '*': notFound },
      'github.com': { '/acme/widget': html('<h1>acme/widget</h1>'), '*': notFound },
      'raw.githubusercontent.com': { '/acme/widget/HEAD/SECURITY.md': text(policyText('acme.test')), '*': notFound },
      'common.test': { '/': html('<h1>Common</h1>'), '/responsible-disclosure': policyHtml('common.test'), '*': notFound },
      'pagelink.test': {
        '/': html('<h1>Shop</h1><footer><ul><li><a href="/legal/hackers">Report a security vulnerability</a></li></ul></footer>'),
        '/legal/hackers': policyHtml('pagelink.test'),
        '*': notFound,
      },
      'parent.test': {
        '/': html('<h1>Parent</h1><ul><li><a href="/about/vulnerability-reporting">Vulnerability disclosure</a></li></ul>'),
        '/about/vulnerability-reporting': policyHtml('parent.test'),
        '*': notFound,
      },
      'shop.parent.test': { '/': html('<h1>Shop</h1>'), '*': notFound },
      'nothing.test': { '/': html('<h1>Nothing to see</h1>'), '*': notFound },
    },
  });
  net = [...loopbackConnectToArgs(fx), '--ca', certs.caCertPath, '--now', '2026-11-21T00:00:00Z', '--no-diodb', '--timeout', '8000'];
});

afterAll(async () => {
  await fx.close();
  certs.remove();
});

const contactsOf = (policy: { contacts: Array<{ value: string }> } | null) => (policy?.contacts ?? []).map((c) => c.value).sort();

describe('one reading of a URL across check, scope, policy and draft', () => {
  it.each(CASES)('$name', async ({ url, policy: expectedPolicy, verdict }) => {
    const [check, scope, policy, draft] = await Promise.all([
      runCliCaptured(['check', url, '--json', ...net]),
      runCliCaptured(['scope', url, '--json', ...net]),
      runCliCaptured(['policy', url, '--json', ...net]),
      runCliCaptured(['draft', url, '--json', ...net]),
    ]);
    for (const run of [check, scope, policy, draft]) expect(run.code, run.stderr).toBe(0);
    const c = JSON.parse(check.stdout);
    const s = JSON.parse(scope.stdout);
    const p = JSON.parse(policy.stdout);
    const d = JSON.parse(draft.stdout);

    // The chosen policy.
    expect(c.policy?.source?.url ?? null).toBe(expectedPolicy);
    expect(p.source?.url ?? null).toBe(expectedPolicy);
    expect(d.evidence.policy_url).toBe(expectedPolicy);
    expect(scope.stderr).toContain(expectedPolicy ? `policy from ${expectedPolicy}` : 'no disclosure policy found');
    const chosen = (list: Array<{ url: string; note?: string }>) => list.filter((x) => x.note?.split('; ').includes('chosen')).map((x) => x.url);
    expect(chosen(c.policy_sources)).toEqual(expectedPolicy ? [expectedPolicy] : []);
    expect(chosen(p.sources)).toEqual(chosen(c.policy_sources));

    // The verdict.
    expect(c.scope.verdict).toBe(verdict);
    expect(s.verdict).toBe(verdict);
    expect(s.rule ?? null).toBe(c.scope.rule ?? null);

    // The contacts and the draft.
    expect(contactsOf(p.source ? p : null)).toEqual(contactsOf(c.policy));
    expect(d.to).toEqual(c.draft.to);
    if (expectedPolicy) {
      // The draft asks for what the policy asks for (live mode reads the same policy).
      expect(d.sections.filter((x: { asked: boolean }) => x.asked).map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(['reproduction_steps', 'impact']));
    }
  });
});
