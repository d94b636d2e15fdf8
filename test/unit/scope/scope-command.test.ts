import { loopbackConnectToArgs } from '../../support/loopback-connect-to.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.ts';
import type { CliIo } from '../../../src/cli/command.ts';
import { makeCliIo } from '../../support/run-cli.ts';
import { scopeCommand } from '../../../src/cli/commands/scope.ts';
import { CliScopeVerdictSchema as ScopeVerdictSchema } from '../../support/cli-schemas.ts';
import { policyWith } from './helpers.ts';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.ts';
import { loadBundledDiodbIndex } from '../../../src/core/diodb/load-bundled-diodb-index.ts';

let dir = '';
const file = (name: string) => join(dir, name);

type FetchFn = CliIo['fetch'];
const run = async (args: string[], stdin: string[] = [], fetchImpl?: FetchFn, drain?: CliIo['drain']) => {
  const t = makeCliIo(stdin, () => new Date('2026-11-21T00:00:00Z'));
  const code = await runCli(['scope', ...args], { ...t.io, ...(fetchImpl ? { fetch: fetchImpl } : {}), ...(drain ? { drain } : {}) }, [scopeCommand]);
  return { code, out: t.stdout(), err: t.stderr() };
};
const notFound = (async () => new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } })) as FetchFn;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopecheck-scope-'));
  writeFileSync(file('policy.json'), JSON.stringify(policyWith(['*.gradle.org', 'gradle-prod-colony.herokuapp.com'], [['status.gradle.org', 'status.gradle.org -- CNAME to Atlassian'], 'this website'])));
  writeFileSync(file('hosts.txt'), 'docs.gradle.org\r\n# a comment\n\nstatus.gradle.org\ngradle.org\nevil.herokuapp.com\nnot a host\n');
  writeFileSync(file('user.txt'), '*.other.test\n!bad.other.test\n');
  writeFileSync(file('broken.json'), '{"schema":"scopecheck.policy/1"}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scopecheck scope', () => {
  it('shows every unreadable entry, and names the one that makes a host unknown (readable and JSON)', async () => {
    writeFileSync(file('unreadable.json'), JSON.stringify(policyWith(['*.example.com'], ['Anything hosted at staging.example.com or its mirrors', 'node(1to3).example.com'])));
    const readable = await run(['--policy-json', file('unreadable.json'), '--host', 'www.example.com']);
    expect(readable.err).toMatch(/unreadable: Cannot read the out-of-scope entry "Anything hosted at staging\.example\.com or its mirrors"/);
    expect(readable.out).toMatch(/www\.example\.com: unknown/);
    expect(readable.out).toMatch(/an exclusion could not be read: "Anything hosted at staging\.example\.com or its mirrors"/);
    const json = await run(['--policy-json', file('unreadable.json'), '--host', 'www.example.com', '--host', 'node2.example.com', '--json']);
    const [www, node] = json.out.trim().split('\n').map((l) => ScopeVerdictSchema.parse(JSON.parse(l)));
    expect(www).toMatchObject({ verdict: 'unknown', unreadable: ['Anything hosted at staging.example.com or its mirrors'] });
    expect(node).toMatchObject({ verdict: 'out_of_scope', rule: 'node(1to3).example.com' });
  });

  it('streams JSON Lines in input order for --hosts-file', async () => {
    const { code, out } = await run(['--policy-json', file('policy.json'), '--hosts-file', file('hosts.txt'), '--json']);
    expect(code).toBe(0);
    const docs = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.host, d.verdict])).toEqual([
      ['docs.gradle.org', 'in_scope'], ['status.gradle.org', 'out_of_scope'], ['gradle.org', 'unknown'],
      ['evil.herokuapp.com', 'out_of_scope'], ['not a host', 'unknown'],
    ]);
    for (const d of docs) expect(ScopeVerdictSchema.safeParse(d).success).toBe(true);
    expect(docs[1]).toMatchObject({ rule: 'status.gradle.org', quote: 'status.gradle.org -- CNAME to Atlassian' });
  });

  it('reads hosts from stdin with "-"', async () => {
    const { out } = await run(['--policy-json', file('policy.json'), '--hosts-file', '-', '--json'], ['docs.gra', 'dle.org\nstatus.gradle.org\n']);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).verdict)).toEqual(['in_scope', 'out_of_scope']);
  });

  it('prints a readable verdict with its rule, quote and reasons', async () => {
    const { code, out } = await run(['--policy-json', file('policy.json'), '--host', 'STATUS.gradle.org.']);
    expect(code).toBe(0);
    expect(out).toContain('status.gradle.org: out of scope\n  rule: status.gradle.org (policy)\n  quote: "status.gradle.org -- CNAME to Atlassian"\n  - Excluded by');
  });

  it('neutralises terminal escapes and bidi overrides from policy text in readable output', async () => {
    writeFileSync(file('evil.json'), JSON.stringify(policyWith([['*.evil.test', 'in scope\u001b]0;pwned\u0007 \u202eevil']])));
    const { out } = await run(['--policy-json', file('evil.json'), '--host', 'a.evil.test']);
    expect(out).toContain('quote: "in scope\uFFFD]0;pwned\uFFFD \uFFFDevil"');
    // eslint-disable-next-line no-control-regex -- looking for controls
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });

  it('maps "this site" through --base-url, and combines a user scope', async () => {
    const a = await run(['--policy-json', file('policy.json'), '--base-url', 'https://gradle.com/security', '--host', 'gradle.com', '--json']);
    expect(JSON.parse(a.out)).toMatchObject({ verdict: 'out_of_scope', rule: 'this website' });
    const b = await run(['--policy-json', file('policy.json'), '--user-scope', file('user.txt'), '--host', 'a.other.test', '--host', 'bad.other.test', '--json']);
    expect(b.out.trim().split('\n').map((l) => JSON.parse(l)).map((d) => [d.verdict, d.rule_source])).toEqual([['in_scope', 'user'], ['out_of_scope', 'user']]);
  });

  it('exports the resolved scope for Burp and as host lists', async () => {
    const burp = await run(['--policy-json', file('policy.json'), '--export', 'burp']);
    const doc = JSON.parse(burp.out);
    expect(doc.target.scope.advanced_mode).toBe(true);
    expect(doc.target.scope.include[0]).toEqual({ enabled: true, protocol: 'any', host: '^.*\\.gradle\\.org$', port: '^(80|443)$', file: '^/.*' });
    expect(burp.err).toMatch(/names no host.*this website/);
    const hosts = await run(['--policy-json', file('policy.json'), '--export', 'hosts']);
    expect(hosts.out).toMatch(/^\*\.gradle\.org$/m);
    expect(hosts.out).toMatch(/^!status\.gradle\.org$/m);
    const json = await run(['--policy-json', file('policy.json'), '--export', 'hosts', '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ schema: 'scopecheck.scope-export/1', exclude: ['status.gradle.org'] });
  });

  it('extracts a policy file with --file, "this site" and relative words read from --base-url', async () => {
    writeFileSync(file('policy.txt'), 'This policy applies to our hosted applications and to any other subdomains.\nWe do not accept reports about our marketing website (https://shop.test/).\n');
    const { code, out } = await run(['--file', file('policy.txt'), '--base-url', 'https://shop.test/security', '--host', 'shop.test', '--host', 'api.shop.test', '--host', 'other.test', '--json']);
    expect(code).toBe(0);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).verdict)).toEqual(['out_of_scope', 'in_scope', 'unknown']);
  });

  it('live mode finds the security.txt and the policy, then judges the URL or the --host list', async () => {
    const site: Record<string, { type: string; body: string }> = {
      'https://shop.test/.well-known/security.txt': { type: 'text/plain; charset=utf-8', body: 'Contact: mailto:security@shop.test\nExpires: 2027-11-01T00:00:00Z\nPolicy: https://shop.test/security-policy\n' },
      'https://shop.test/security-policy': {
        type: 'text/markdown; charset=utf-8',
        body: '# Vulnerability disclosure policy\n\nPlease report security vulnerabilities to security@shop.test. We will not take legal action (safe harbor).\n\n## Scope\n\nIn scope:\n\n- *.shop.test\n\nOut of scope:\n\n- status.shop.test\n\n## Rules\n\nDo not run denial of service attacks.\n',
      },
    };
    const fakeFetch = (async (input: string | URL | Request) => {
      const page = site[String(input)];
      return page ? new Response(page.body, { status: 200, headers: { 'content-type': page.type } }) : new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }) as FetchFn;
    const one = await run(['https://api.shop.test/login', '--json'], [], fakeFetch);
    expect(one.code).toBe(0);
    expect(one.err).toContain('policy from https://shop.test/security-policy');
    expect(JSON.parse(one.out)).toMatchObject({ host: 'api.shop.test', verdict: 'in_scope', rule: '*.shop.test' });
    const many = await run(['https://api.shop.test/', '--host', 'status.shop.test', '--host', 'elsewhere.test', '--json'], [], fakeFetch);
    expect(many.out.trim().split('\n').map((l) => JSON.parse(l).verdict)).toEqual(['out_of_scope', 'unknown']);
    const offline = await run(['https://api.shop.test/']);
    expect(offline.code).toBe(1);
    expect(offline.err).toMatch(/cannot reach api\.shop\.test/);
  });

  it('waits for stdout to drain between batches of a long stream, and keeps the order', async () => {
    const hosts = Array.from({ length: 600 }, (_, i) => `h${i}.gradle.org`);
    writeFileSync(file('many.txt'), hosts.join('\n'));
    let drains = 0;
    const drain = async () => { drains++; await new Promise((resolve) => setTimeout(resolve, 1)); };
    const { code, out } = await run(['--policy-json', file('policy.json'), '--hosts-file', file('many.txt'), '--json'], [], undefined, drain);
    expect(code).toBe(0);
    expect(out.trim().split('\n').map((l) => JSON.parse(l).host)).toEqual(hosts);
    expect(drains).toBeGreaterThan(1);
  });

  it('live mode falls back to the disclose.io database when the site publishes nothing, and says it has no scope', async (context) => {
    const index = loadBundledDiodbIndex();
    if (!index) context.skip();
    // Any host the bundled index files a programme under.
    const host = Object.keys(index!.hosts).find((h) => /^[a-z0-9.-]+$/.test(h))!;
    const found = await run([`https://${host}/`, '--json'], [], notFound);
    expect(found.code).toBe(0);
    expect(found.err).toMatch(/\(diodb\)\nscopecheck scope: Community data from the disclose\.io program database/);
    const verdict = JSON.parse(found.out);
    expect(verdict).toMatchObject({ host, verdict: 'unknown' });
    expect(verdict.reasons[0]).toMatch(/^Only community data \(the disclose\.io database\) names a programme for this site: it lists no scope/);
    const off = await run([`https://${host}/`, '--json', '--no-diodb'], [], notFound);
    expect(off.err).toMatch(/no disclosure policy found/);
  });

  it('exits 1 for input it cannot read and 2 for usage errors', async () => {
    expect((await run(['--policy-json', file('missing.json'), '--host', 'a.test'])).code).toBe(1);
    expect((await run(['--file', file('missing.md'), '--host', 'a.test'])).code).toBe(1);
    expect((await run(['--file', file('policy.txt'), '--policy-json', file('policy.json'), '--host', 'a.test'])).code).toBe(2);
    const broken = await run(['--policy-json', file('broken.json'), '--host', 'a.test']);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/not a scopecheck\.policy\/1 document/);
    expect((await run(['--policy-json', file('policy.json'), '--hosts-file', file('missing.txt')])).code).toBe(1);
    expect((await run(['--policy-json', file('policy.json')])).code).toBe(2);
    expect((await run(['--policy-json', file('policy.json'), '--host', 'a.test', '--export', 'nessus'])).code).toBe(2);
    expect((await run(['--host', 'a.test'])).code).toBe(2);
    expect((await run(['not a url'])).code).toBe(2);
    expect((await run(['ftp://example.com/'])).code).toBe(2);
    expect((await run(['https://a.test/', 'https://b.test/'])).code).toBe(2);
    const offlineNet = await run(['--policy-json', file('policy.json'), '--host', 'a.test', '--insecure']);
    expect([offlineNet.code, offlineNet.err.split('\n')[0]]).toEqual([2, 'scopecheck scope: --insecure only applies with a URL']);
    expect((await run(['https://a.test/', '--connect-to', 'nonsense'])).code).toBe(2);
    expect((await run(['https://a.test/', '--ca', file('missing.pem')])).code).toBe(1);
  });
});

describe('scopecheck scope <url> (live, loopback fixture under real names)', () => {
  let certs: Certs;
  let server: FixtureServer;
  let net: string[];
  beforeAll(async () => {
    certs = makeCerts();
    server = await startFixtureServer({
      certs,
      sites: {
        'shop.example.test': {
          '/.well-known/security.txt': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Contact: mailto:security@shop.example.test\nExpires: 2027-11-01T00:00:00Z\nPolicy: https://shop.example.test/vdp.md\n' },
          '/vdp.md': {
            headers: { 'content-type': 'text/markdown; charset=utf-8' },
            body: '# Vulnerability disclosure policy\n\nReport to security@shop.example.test.\n\n## Scope\n\nIn scope:\n\n- *.shop.example.test\n\nOut of scope:\n\n- *.cdn.shop.example.test, except for img.cdn.shop.example.test\n',
          },
        },
      },
    });
    net = [...loopbackConnectToArgs(server), '--timeout', '3000'];
  });
  afterAll(async () => {
    await server.close();
    certs.remove();
  });

  it('reaches the site through --connect-to and --ca, and judges against its policy', async () => {
    const r = await run(['https://shop.example.test/', ...net, '--ca', certs.caCertPath, '--host', 'api.shop.example.test', '--host', 'a.cdn.shop.example.test', '--host', 'img.cdn.shop.example.test', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('policy from https://shop.example.test/vdp.md');
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).verdict)).toEqual(['in_scope', 'out_of_scope', 'in_scope']);
    expect(server.requests.some((q) => q.host === 'shop.example.test' && q.path === '/vdp.md' && q.sni === 'shop.example.test')).toBe(true);
  });

  it('does not trust the fixture\'s certificate without --ca, and warns about --insecure', async () => {
    // Only the plain-http security.txt answers; the https policy fails its certificate check.
    const untrusted = await run(['https://shop.example.test/', ...net, '--no-diodb', '--host', 'api.shop.example.test', '--json']);
    expect(untrusted.code).toBe(0);
    expect(untrusted.err).toMatch(/no disclosure policy found for shop\.example\.test/);
    expect(JSON.parse(untrusted.out).verdict).toBe('unknown');
    const insecure = await run(['https://shop.example.test/', ...net, '--insecure', '--host', 'api.shop.example.test', '--json']);
    expect(insecure.err).toContain('scopecheck scope: warning: --insecure: TLS certificates are not checked');
    expect(JSON.parse(insecure.out).verdict).toBe('in_scope');
  });
});
