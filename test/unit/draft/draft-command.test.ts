import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { runCli } from '../../../src/cli/main.ts';
import type { CliIo } from '../../../src/cli/command.ts';
import { decodeMailto } from '../../../src/core/draft/decode-mailto.ts';
import { DraftSchema } from '../../../src/core/schemas/draft.ts';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.ts';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { policyFromLabels } from './corpus-fixtures.ts';

const NOW = '2026-11-21T00:00:00Z';
const SITES = '/work/shared/corpus/sites/securitytxt';
let dir: string;

function makeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: async function* () {},
    fetch: globalThis.fetch, now: () => new Date(NOW),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

async function cli(args: string[]) {
  const m = makeIo();
  const code = await runCli(['draft', '--now', NOW, ...args], m.io);
  return { code, out: m.out(), err: m.err() };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopecheck-draft-'));
  writeFileSync(join(dir, 'bigbank.policy.json'), JSON.stringify(policyFromLabels('bigbank-security-policy.md')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scopecheck draft (offline)', () => {
  it('prints a scopecheck.draft/1 document from a saved security.txt and policy JSON', async () => {
    const r = await cli(['--json', '--url', 'https://bigbank.eu/login', '--txt-file', `${SITES}/bigbank.eu.txt`, '--txt-url', 'https://bigbank.eu/.well-known/security.txt',
      '--policy-json', join(dir, 'bigbank.policy.json'), '--name', 'Ada', '--email', 'ada@example.org', '--title', 'Open redirect', '--field', 'reproduction_steps=1. Open /login?next=//evil.test']);
    expect(r.code).toBe(0);
    const draft = DraftSchema.parse(JSON.parse(r.out));
    expect(draft).toMatchObject({ schema: 'scopecheck.draft/1', to: ['security@bigbank.eu'], subject: '[Security] Open redirect – bigbank.eu' });
    expect(draft.warnings).toEqual(expect.arrayContaining(['txt_unsigned', 'txt_invalid']));
    expect(draft.sections!.map((s) => s.id)).toEqual(['description', 'reproduction_steps', 'other', 'reporter_name']);
    expect(draft.body).toContain('Steps to reproduce\n------------------\n1. Open /login?next=//evil.test');
    expect(draft.body).toContain('90 days have passed');
    expect(decodeMailto(draft.mailto!).value!.body).toBe(draft.body);
  });

  it('reads a saved policy with the extractor (--policy-file)', async () => {
    const r = await cli(['--json', '--url', 'https://otrscommunityedition.com/', '--policy-file', '/work/shared/corpus/policies/otrs-community-edition-vulnerability-disclosure.md', '--policy-url', 'https://otrscommunityedition.com/']);
    expect(r.code).toBe(0);
    const draft = DraftSchema.parse(JSON.parse(r.out));
    expect(draft.to).toEqual(['security@otrscommunityedition.com']);
    expect(draft.sections!.filter((x) => x.asked).map((x) => x.id)).toEqual(expect.arrayContaining(['location_url', 'impact', 'reproduction_steps', 'proof_of_concept', 'reporter_name']));
    expect(draft.disclosure).toContain('50 days');
    expect(draft.evidence).toMatchObject({ policy_url: 'https://otrscommunityedition.com/', contact_source: 'policy' });
    expect((await cli(['--url', 'https://x.test/', '--policy-file', 'a', '--policy-json', 'b'])).code).toBe(2);
  });

  it('writes an .eml, Markdown, and German', async () => {
    const eml = join(dir, 'report.eml');
    const r = await cli(['--markdown', '--lang', 'de', '--url', 'https://gradle.org/', '--txt-file', `${SITES}/gradle.org.txt`, '--eml', eml, '--name', 'Jörg', '--email', 'j@example.org']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# \\\[Security\\\] Meldung einer Sicherheitslücke – gradle\.org\n\n## Zusammenfassung/);
    const message = readFileSync(eml, 'utf8');
    expect(message).toMatch(/^X-Unsent: 1\r\nFrom: =\?UTF-8\?B\?SsO2cmc=\?= <j@example\.org>\r\nTo: security@gradle\.com\r\n/);
    expect(message).not.toMatch(/[^\r]\n/);
  });

  it('prints a readable summary by default', async () => {
    const r = await cli(['--url', 'https://nodejs.org/', '--txt-file', `${SITES}/nodejs.org.txt`]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^To: {7}\(no e-mail address found\)\nWeb form: https:\/\/hackerone\.com\/nodejs\nSubject: {2}\[Security\] Security vulnerability report – nodejs\.org\n/);
    expect(r.out).toContain('i contact_platform: Reports go through HackerOne');
  });

  it('exits 2 on usage errors and 1 on unreadable input', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['--url', 'https://example.com/'])).code).toBe(2);
    expect((await cli(['--url', 'https://example.com/', '--txt-file', 'x', '--lang', 'fr'])).code).toBe(2);
    expect((await cli(['--url', 'https://example.com/', '--txt-file', 'x', '--field', 'bogus=1'])).code).toBe(2);
    expect((await cli(['--url', 'ftp://example.com/', '--txt-file', 'x'])).code).toBe(2);
    const missing = await cli(['--url', 'https://example.com/', '--txt-file', join(dir, 'nope.txt')]);
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/cannot read --txt-file .*nope\.txt: ENOENT/) });
    writeFileSync(join(dir, 'bad.json'), '{"schema":"scopecheck.txt/1"}');
    expect((await cli(['--url', 'https://example.com/', '--policy-json', join(dir, 'bad.json')])).err).toMatch(/not a scopecheck\.policy\/1 document/);
  });

  it('encrypts to a given key, and refuses an expired one with exit 1', async () => {
    const pair = await openpgp.generateKey({ type: 'ecc', userIDs: [{ email: 'security@bigbank.eu' }], date: new Date('2025-01-01T00:00:00Z'), format: 'armored' });
    const old = await openpgp.generateKey({ type: 'ecc', userIDs: [{ email: 'security@bigbank.eu' }], date: new Date('2016-03-08T00:00:00Z'), keyExpirationTime: 365 * 86400, format: 'armored' });
    writeFileSync(join(dir, 'key.asc'), pair.publicKey);
    writeFileSync(join(dir, 'old.asc'), old.publicKey);
    const base = ['--json', '--url', 'https://bigbank.eu/', '--txt-file', `${SITES}/bigbank.eu.txt`];
    const plain = DraftSchema.parse(JSON.parse((await cli(base)).out));
    const r = await cli([...base, '--encrypt-key', join(dir, 'key.asc')]);
    const draft = DraftSchema.parse(JSON.parse(r.out));
    expect(draft.body).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    expect(draft.encrypted_to).toBe((await openpgp.readKey({ armoredKey: pair.publicKey })).getFingerprint().toUpperCase());
    const { data } = await openpgp.decrypt({ message: await openpgp.readMessage({ armoredMessage: draft.body }), decryptionKeys: await openpgp.readPrivateKey({ armoredKey: pair.privateKey }) });
    expect(data).toBe(plain.body);
    expect(draft.findings!.map((f) => f.id)).toContain('subject_not_encrypted');
    const refused = await cli([...base, '--encrypt-key', join(dir, 'old.asc')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/will not encrypt to .*old\.asc: The key [0-9A-F]{40} expired on 2017-03-08/);
    expect(refused.out).toBe('');
  });
});

describe('scopecheck draft <url> (live, loopback)', () => {
  let server: FixtureServer;
  let certs: Certs;
  let key: { publicKey: string; privateKey: string };
  beforeAll(async () => {
    certs = makeCerts();
    key = await openpgp.generateKey({ type: 'ecc', userIDs: [{ email: 'security@shop.example.test' }], date: new Date('2025-01-01T00:00:00Z'), format: 'armored' });
    const txt = 'Contact: mailto:security@shop.example.test\nExpires: 2027-06-01T00:00:00Z\nEncryption: https://shop.example.test/key.asc\n'
      + 'Policy: https://shop.example.test/security-policy\nPreferred-Languages: de, en\n';
    const policyHtml = '<!doctype html><title>Security</title><h1>Vulnerability disclosure</h1>'
      + '<p>Please include detailed steps to reproduce the issue and a proof of concept.</p>'
      + '<p>Do not disclose the issue publicly before 60 days have passed.</p>';
    server = await startFixtureServer({ sites: { 'shop.example.test': {
      '/.well-known/security.txt': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: txt },
      '/key.asc': { headers: { 'content-type': 'application/pgp-keys' }, body: key.publicKey },
      '/security-policy': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: policyHtml },
    } }, certs });
  });
  afterAll(async () => {
    await server.close();
    rmSync(certs.dir, { recursive: true, force: true });
  });

  it('discovers security.txt and drafts to its contact', async () => {
    const r = await cli(['https://shop.example.test/cart', '--json', '--lang', 'de', '--connect-to', `*.test:443:127.0.0.1:${server.httpsPort}`, '--ca', certs.caCertPath, '--timeout', '3000']);
    expect(r.code).toBe(0);
    const draft = DraftSchema.parse(JSON.parse(r.out));
    expect(draft.to).toEqual(['security@shop.example.test']);
    expect(draft.evidence!.contact_source).toBe('securitytxt');
    expect(draft.body).toContain('Kontakt gefunden in: https://shop.example.test/.well-known/security.txt');
    expect(draft.encryption_keys).toEqual([{ source: 'securitytxt', url: 'https://shop.example.test/key.asc', fingerprint: null, key_id: null, valid_until: null, expired: null }]);
    // The policy named by security.txt was fetched and read.
    expect(draft.sections!.map((x) => x.id)).toEqual(['reproduction_steps', 'proof_of_concept']);
    expect(draft.disclosure).toContain('60 Tage');
    expect(draft.evidence!.policy_url).toBe('https://shop.example.test/security-policy');
  });

  it('--encrypt fetches the published key and encrypts to it', async () => {
    const r = await cli(['https://shop.example.test/cart', '--json', '--encrypt', '--connect-to', `*.test:443:127.0.0.1:${server.httpsPort}`, '--ca', certs.caCertPath]);
    expect(r.code).toBe(0);
    const draft = DraftSchema.parse(JSON.parse(r.out));
    const { data } = await openpgp.decrypt({ message: await openpgp.readMessage({ armoredMessage: draft.body }), decryptionKeys: await openpgp.readPrivateKey({ armoredKey: key.privateKey }) });
    expect(data).toMatch(/^Hello,\n\nI would like to report a security vulnerability I found on shop\.example\.test\./);
    expect(server.requests.some((q) => q.path === '/key.asc' && q.scheme === 'https')).toBe(true);
  });
});
