// `--lang de`: every command's readable output (stdout and the notes on stderr) on a loopback site holds no English
// word outside the policy's own quotes and the contract's values (ids, found_by, source notes, security.txt field
// names), as the German popup e2e checks the popup. The English run must show such words, so the check can fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackConnectToArgs } from '../../support/loopback-connect-to.ts';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { startFixtureServer, type FixtureServer, type Route } from '../../support/fixture-server.ts';
import { runCliCaptured } from '../../support/run-cli.ts';
import { ENGLISH_ONLY, wordsOf } from '../../support/english-words.ts';

const html = (body: string): Route => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><html lang="en"><body>${body}</body></html>` });
const POLICY = html([
  '<h1>Vulnerability disclosure policy</h1>',
  '<p>Report security vulnerabilities to security@shop.test.</p>',
  '<h2>Scope</h2><p>In scope: *.shop.test and shop.test.</p><p>Out of scope: blog.shop.test.</p>',
  '<h2>Rules</h2><ul><li>Do not perform denial of service attacks.</li><li>Do not use automated scanners.</li></ul>',
  '<p>Your report must include the steps to reproduce and the impact of the vulnerability.</p>',
  '<p>We will respond within 5 days. Please give us 90 days before you disclose anything.</p>',
  '<p>We will not take legal action against researchers who follow this policy.</p>',
].join(''));
const TXT = 'Contact: mailto:security@shop.test\nExpires: 2027-06-01T00:00:00Z\nPolicy: https://shop.test/vdp\nPreferred-Languages: en, de\n';

/** The contract's values and the document's own words, which stay as they are in every language. */
const CONTRACT = [
  /"[^"\n]*"|„[^“\n]*“/g, // quotes from the policy or the file (and quoted entries)
  /^ {2}\S+ +[a-z_]+ +\S+ {2}\(.*\)$/gm, // "Sources tried": a source's note, the machine value the JSON has (the popup shows it as code)
  /\b[a-z]+(?:_[a-z0-9]+)+\b/g, // ids: reproduction_steps, securitytxt_policy, not_signed
  /\([a-z_]+\)/g, // a contract value after its name: "Die Auswirkung (impact)", "Regel: x (policy)"
  /charset=\S+/g, // a Content-Type
  /<[^<>\n]+>/g, // the element names of ZAP's context format
  /\b(?:dos|Contact|Expires|Encryption|Policy|Canonical|Languages|Acknowl\.|Hiring|CSAF|Bug-Bounty|True|False)\b/g, // RFC 9116 field names and values
  /^-{72}$/gm,
];
function englishIn(text: string): string[] {
  let rest = text;
  for (const pattern of CONTRACT) rest = rest.replace(pattern, ' ');
  return [...new Set(wordsOf(rest).filter((w) => ENGLISH_ONLY.has(w)))];
}

let certs: Certs;
let fx: FixtureServer;
let net: string[];
let dir: string;

beforeAll(async () => {
  certs = makeCerts({ extraNames: ['shop.test', '*.shop.test'] });
  fx = await startFixtureServer({
    certs,
    sites: {
      'shop.test': { '/.well-known/security.txt': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: TXT }, '/vdp': POLICY, '/': html('<h1>Shop</h1>'), '*': { status: 404, body: 'nothing here' } },
      'app.shop.test': { '/': html('<h1>App</h1>'), '*': { status: 404, body: 'nothing here' } },
    },
  });
  net = [...loopbackConnectToArgs(fx), '--ca', certs.caCertPath, '--now', '2026-11-21T00:00:00Z', '--no-diodb', '--timeout', '8000'];
  dir = mkdtempSync(join(tmpdir(), 'scopecheck-de-'));
  // Lines the reader notes: a heading, a category line, a sign without a pattern, a phrase it cannot read.
  writeFileSync(join(dir, 'scope.txt'), 'Out of scope\nlegacy.shop.test\nWebsite Testing\n+\n+ all our partner portals\n');
  // Entries the tools' scopes cannot say exactly: the exports note them.
  writeFileSync(join(dir, 'export.txt'), 'https://partners.shop.test/portal\napi-*.shop.test\n!*.shop.test:8443\n');
});

afterAll(async () => {
  await fx.close();
  certs.remove();
  rmSync(dir, { recursive: true, force: true });
});

const RUNS: Array<[string, (net: string[], dir: string) => string[]]> = [
  ['txt', (n) => ['txt', 'https://app.shop.test/', ...n.filter((a) => a !== '--no-diodb')]],
  ['policy', (n) => ['policy', 'https://app.shop.test/', ...n]],
  ['scope', (n, d) => ['scope', 'https://app.shop.test/', '--host', 'blog.shop.test', '--host', 'other.test', '--user-scope', join(d, 'scope.txt'), '--no-platforms', ...n]],
  ['draft', (n) => ['draft', 'https://app.shop.test/', '--name', 'Ada', '--title', 'XSS', ...n]],
  ['check', (n, d) => ['check', 'https://app.shop.test/', '--user-scope', join(d, 'scope.txt'), '--no-platforms', ...n]],
  ['scope --export caido', (_n, d) => ['scope', '--user-scope', join(d, 'export.txt'), '--export', 'caido']],
  ['scope --export zap', (_n, d) => ['scope', '--user-scope', join(d, 'export.txt'), '--export', 'zap']],
  ['scope --export hosts', (_n, d) => ['scope', '--user-scope', join(d, 'export.txt'), '--export', 'hosts']],
];

describe('--lang de on every command', () => {
  it.each(RUNS)('%s says nothing in English outside quotes and contract values', async (_name, argv) => {
    const de = await runCliCaptured([...argv(net, dir), '--lang', 'de']);
    expect(de.code, de.stderr).toBe(0);
    expect(englishIn(de.stdout + de.stderr), de.stdout + de.stderr).toEqual([]);
    // The same run in English does show English words: the check can fail.
    const en = await runCliCaptured([...argv(net, dir), '--lang', 'en']);
    expect(en.code, en.stderr).toBe(0);
    expect(englishIn(en.stdout + en.stderr).length).toBeGreaterThan(0);
  });

  it('programs --readable says nothing in English either', async () => {
    const de = await runCliCaptured(['programs', 'nothing-listed.example', '--readable', '--lang', 'de']);
    expect(de.code, de.stderr).toBe(0);
    expect(englishIn(de.stdout + de.stderr)).toEqual([]);
    expect(englishIn((await runCliCaptured(['programs', 'nothing-listed.example', '--readable', '--lang', 'en'])).stdout).length).toBeGreaterThan(0);
  });
});
