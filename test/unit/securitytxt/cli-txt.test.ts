// `scopecheck txt` end to end in-process: offline --file/--context/--key, and live against the loopback
// fixture under real host names (--connect-to, --ca).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/run-cli.ts';
import * as z from 'zod/mini';
import { CliTxtSchema } from '../../support/cli-schemas.ts';
type CliTxt = z.infer<typeof CliTxtSchema>;
import { CORPUS_DIR } from './corpus.ts';
import { NOW, startSecurityTxtFixture, type SecurityTxtFixture } from './fixture-sites.ts';

const corpus = (f: string) => fileURLToPath(new URL(f, CORPUS_DIR));

const run = (args: string[], stdin: string[] = []) => runCliCaptured(['txt', ...args], { stdin });

function json(stdout: string): CliTxt {
  const parsed = CliTxtSchema.safeParse(JSON.parse(stdout));
  expect(parsed.success).toBe(true);
  return parsed.data!;
}

describe('scopecheck txt --file (offline)', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'scopecheck-txt-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates a saved body with a context and a key, as the corpus manifest says', async () => {
    const ctx = join(dir, 'ctx.json');
    writeFileSync(ctx, JSON.stringify({ retrieved_from: 'https://example.com/.well-known/security.txt', http_status: 200, content_type: 'text/plain; charset=utf-8' }));
    const r = await run(['--file', corpus('valid-signed.txt'), '--context', ctx, '--key', corpus('test-signing-key.pub.asc'), '--now', NOW, '--json']);
    expect(r.code).toBe(0);
    const result = json(r.stdout);
    expect(result).toMatchObject({ schema: 'scopecheck.txt/1', valid: true, errors: [], warnings: [], infos: [] });
    expect(result.signature?.status).toBe('verified');
    expect(result.source?.applies_to_host).toBe('example.com');
  });

  it('resolves a context\'s verification_key next to the context file, and reads stdin', async () => {
    const ctx = join(dir, 'ctx-key.json');
    writeFileSync(ctx, JSON.stringify({ retrieved_from: 'https://example.com/.well-known/security.txt', verification_key: corpus('test-signing-key.pub.asc') }));
    const tampered = json((await run(['--file', corpus('invalid-signed-tampered.txt'), '--context', ctx, '--now', NOW, '--json'])).stdout);
    expect(tampered.errors).toEqual(['signature_invalid']);
    const piped = await run(['--file', '-', '--now', NOW, '--json'], ['Contact: mailto:a@example.com\n', 'Expires: 2027-01-01T00:00:00Z\n']);
    expect(json(piped.stdout).infos).toEqual(['mailto_without_encryption', 'no_canonical', 'no_policy', 'not_signed']);
  });

  it('prints a readable summary without --json, with terminal escapes neutralised', async () => {
    const evil = join(dir, 'evil.txt');
    writeFileSync(evil, 'Contact: mailto:a@example.com\u001b[31m\nExpires: 2020-01-01T00:00:00Z\n');
    const r = await run(['--file', evil, '--now', NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/INVALID \(3 errors/);
    expect(r.stdout).toMatch(/expired {2}line 2: The file has expired/);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('exits 1 for unreadable input and 2 for usage errors', async () => {
    expect((await run(['--file', join(dir, 'missing.txt')])).code).toBe(1);
    const badCtx = join(dir, 'bad.json');
    writeFileSync(badCtx, '{"retrieved_from": 5}');
    const r = await run(['--file', corpus('valid-minimal.txt'), '--context', badCtx]);
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/--context .*retrieved_from/)]);
    expect((await run([])).code).toBe(2);
    expect((await run(['https://example.test/', '--file', corpus('valid-minimal.txt')])).code).toBe(2);
    expect((await run(['mailto:x@example.test'])).code).toBe(2);
    expect((await run(['https://example.test/', '--connect-to', 'nonsense'])).code).toBe(2);
    expect((await run(['--file', corpus('valid-minimal.txt'), '--now', 'yesterday'])).code).toBe(2);
  });
});

describe('scopecheck txt <url> (live, loopback fixture under real names)', () => {
  let fx: SecurityTxtFixture;
  let net: string[];
  beforeAll(async () => {
    fx = await startSecurityTxtFixture();
    net = [...fx.connectTo.flatMap((r) => ['--connect-to', r]), '--ca', fx.certs.caCertPath, '--now', NOW, '--timeout', '3000'];
  });
  afterAll(() => fx.close());

  it('records a redirect chain', async () => {
    const r = await run(['https://redirect.commerce7.test/', ...net, '--json']);
    expect(r.code).toBe(0);
    const result = json(r.stdout);
    expect(result.source?.redirects).toEqual(['https://redirect.commerce7.test/r1', 'https://files.commerce7.test/security.txt']);
    expect(result.warnings).toContain('redirect_other_host');
  });

  it('reports a soft-404 without parsing it', async () => {
    const result = json((await run(['https://soft404.commerce7.test/x', ...net, '--json'])).stdout);
    expect(result.errors).toContain('html_response');
    expect(result.parsed).toBeNull();
  });

  it('verifies a signed file against the key at its Encryption URL', async () => {
    const result = json((await run(['https://example.com/', ...net, '--json'])).stdout);
    expect(result.signature).toMatchObject({ status: 'verified', fingerprint: '7195D09BC86BE68FB6633FFF9D6B30C98E79A5A3' });
    expect(fx.server.requests.some((q) => q.host === 'example.com' && q.path === '/pgp-key.txt' && q.sni === 'example.com')).toBe(true);
  });

  it('labels an inherited parent file, in JSON and in the summary', async () => {
    const result = json((await run(['https://www.shop.example.test/some/page', ...net, '--json'])).stdout);
    expect(result.source).toMatchObject({ applies_to_host: 'example.test', inherited_from_parent: true });
    expect(result.warnings).toContain('scope_parent_domain');
    const text = (await run(['https://www.shop.example.test/some/page', ...net])).stdout;
    expect(text).toMatch(/applies {2}only to example\.test \(inherited/);
  });

  it('fails TLS without the CA, and exits 1 when nothing answers at all', async () => {
    const noCa = json((await run(['https://example.test/', ...fx.connectTo.flatMap((r) => ['--connect-to', r]), '--no-http', '--json'])).stdout);
    expect(noCa.errors).toEqual(['tls_certificate_invalid']);
    const dead = await run(['https://dead.test/', '--connect-to', 'dead.test::127.0.0.1:1', '--timeout', '1000']);
    expect(dead.code).toBe(1);
    expect(dead.stderr).toMatch(/cannot reach dead\.test/);
  });
});
