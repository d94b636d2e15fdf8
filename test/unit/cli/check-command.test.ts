import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliCheckSchema as CheckResultSchema } from '../../support/cli-schemas.ts';
import { loopbackConnectToArgs } from '../../support/loopback-connect-to.ts';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.ts';
import { runCliCaptured } from '../../support/run-cli.ts';

const text = (body: string) => ({ headers: { 'content-type': 'text/plain; charset=utf-8' }, body });

let certs: Certs;
let fx: FixtureServer;
let net: string[];

beforeAll(async () => {
  certs = makeCerts({ extraNames: ['quiet.example.nl', 'app.aikido.dev'] });
  fx = await startFixtureServer({
    certs,
    sites: {
      // Publishes nothing at all: coordinators are named.
      'quiet.example.nl': { '/': { headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>Quiet</title>' } },
      // Publishes nothing, but a platform programme (the bundled bounty-targets snapshot) lists it.
      'app.aikido.dev': { '/': { headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>App</title>' } },
      'example.test': {
        '/.well-known/security.txt': text('Contact: mailto:security@example.test\nExpires: 2027-06-01T00:00:00Z\nPolicy: https://example.test/vdp.txt\n'),
        '/vdp.txt': text([
          'Vulnerability disclosure policy',
          '',
          'In scope: *.example.test.',
          'Out of scope: www.example.test, our marketing website.',
          'Do not use automated vulnerability scanners. Include steps to reproduce in your report.',
          '',
        ].join('\n')),
      },
    },
  });
  writeFileSync(`${certs.dir}/user-scope.txt`, '!legacy.example.test\n');
  net = [...loopbackConnectToArgs(fx), '--ca', certs.caCertPath, '--now', '2026-11-21T00:00:00Z'];
});

afterAll(async () => {
  await fx.close();
  certs.remove();
});

describe('scopecheck check', () => {
  it('names a national CSIRT and CERT/CC, as coordinators only, when the site publishes nothing', async () => {
    const run = await runCliCaptured(['check', 'https://quiet.example.nl/', '--json', '--no-diodb', ...net]);
    expect(run.code).toBe(0);
    const doc = CheckResultSchema.parse(JSON.parse(run.stdout));
    expect(doc.policy).toBeNull();
    expect(doc.coordinators?.map((c) => [c.role, c.cc_tld])).toEqual([['national_csirt', 'nl'], ['fallback', null]]);
    for (const c of doc.coordinators ?? []) {
      expect(c.note).toBe('a coordinator, not the site owner: this gives no permission to test');
      expect(c.date_checked === '2026-12-06' || c.verification === 'from general knowledge, not verified').toBe(true);
    }
    const readable = await runCliCaptured(['check', 'https://quiet.example.nl/', '--no-diodb', ...net]);
    expect(readable.stdout).toMatch(/coordinator \(a coordinator, not the site owner: this gives no permission to test\): Nationaal Cyber Security Centrum/);
  });

  it('shows the platform programme that lists the host, and then names no coordinator', async () => {
    const run = await runCliCaptured(['check', 'https://app.aikido.dev/', '--json', '--no-diodb', ...net]);
    const doc = CheckResultSchema.parse(JSON.parse(run.stdout));
    expect(doc.scope?.programmes?.map((p) => [p.platform, p.verdict, p.data_date])).toEqual([['intigriti', 'in_scope', '2026-08-22']]);
    expect(doc.scope?.verdict).toBe('in_scope');
    expect(doc.coordinators).toBeUndefined();
    const off = CheckResultSchema.parse(JSON.parse((await runCliCaptured(['check', 'https://app.aikido.dev/', '--json', '--no-diodb', '--no-platforms', ...net])).stdout));
    expect(off.scope?.programmes).toBeUndefined();
    expect(off.coordinators?.length).toBeGreaterThan(0);
  });

  it('prints one scopecheck.check/1 document: security.txt, policy, verdict and draft', async () => {
    const run = await runCliCaptured(['check', 'https://api.example.test/login', '--json', '--name', 'Ada', ...net]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(CheckResultSchema.safeParse(doc).success).toBe(true);
    expect(doc.schema).toBe('scopecheck.check/1');
    expect(doc.scope.verdict).toBe('in_scope');
    expect(doc.txt.source.inherited_from_parent).toBe(true);
    expect(doc.policy.forbidden_activities.map((a: { id: string }) => a.id)).toContain('automated_scanning');
    expect(doc.draft.to).toEqual(['security@example.test']);
    expect(doc.draft.body).toMatch(/Ada/);
  });

  it('lets the user scope exclude a host the policy includes, and explains it in the summary', async () => {
    const run = await runCliCaptured(['check', 'https://legacy.example.test/', '--user-scope', `${certs.dir}/user-scope.txt`, ...net]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^legacy\.example\.test: out of scope/);
  });

  it('exits 2 on a usage error and 1 when the host does not answer', async () => {
    expect((await runCliCaptured(['check'])).code).toBe(2);
    expect((await runCliCaptured(['check', 'ftp://example.test/'])).code).toBe(2);
    const down = await runCliCaptured(['check', 'https://down.example.test/', '--no-diodb', '--connect-to', '*:443:127.0.0.1:9', '--connect-to', '*:80:127.0.0.1:9', '--timeout', '2000']);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/did not answer/);
  });
});
