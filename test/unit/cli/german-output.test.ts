// `--lang de`: every command's readable output (stdout and the notes on stderr), its JSON's words (messages, fixes,
// reasons, notes), its --help, and every usage and input error path hold no English word outside the documents' own
// quotes and the contract's values (ids, found_by, option names, security.txt field names, coordinators' proper
// names), as the German popup e2e checks the popup. The English run of each must show such words, so the check can fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackConnectToArgs } from '../../support/loopback-connect-to.ts';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { startFixtureServer, type FixtureServer, type Route } from '../../support/fixture-server.ts';
import { runCliCaptured } from '../../support/run-cli.ts';
import { CONTRACT_VALUE_LIST, ENGLISH_ONLY, wordsOf } from '../../support/english-words.ts';
import coordinators from '../../../src/core/coordinators/coordinators.json';

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
  /(?<![\w-])--?[a-z][a-z-]*(?:=\S*)?/g, // option names: --user-scope, -s
  new RegExp([coordinators.fallback, ...coordinators.national].map((c) => c.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g'), // proper names
  CONTRACT_VALUE_LIST, // the verdict and --fail-on values listed in the help
  /^(?:in_scope|out_of_scope|unknown)(?= {2})/gm, // a compact scope line's first column: the verdict id, for grep
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
  certs = makeCerts({ extraNames: ['shop.test', '*.shop.test', 'quiet.example.nl'] });
  fx = await startFixtureServer({
    certs,
    sites: {
      'shop.test': { '/.well-known/security.txt': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: TXT }, '/vdp': POLICY, '/': html('<h1>Shop</h1>'), '*': { status: 404, body: 'nothing here' } },
      'app.shop.test': { '/': html('<h1>App</h1>'), '*': { status: 404, body: 'nothing here' } },
      // Publishes nothing: coordinators are named, with their countries.
      'quiet.example.nl': { '/': html('<h1>Quiet</h1>'), '*': { status: 404, body: 'nothing here' } },
    },
  });
  net = [...loopbackConnectToArgs(fx), '--ca', certs.caCertPath, '--now', '2026-11-21T00:00:00Z', '--no-diodb', '--timeout', '8000'];
  dir = mkdtempSync(join(tmpdir(), 'scopecheck-de-'));
  // Lines the reader notes: a heading, a category line, a sign without a pattern, a phrase it cannot read.
  writeFileSync(join(dir, 'scope.txt'), 'Out of scope\nlegacy.shop.test\nWebsite Testing\n+\n+ all our partner portals\n');
  // Entries the tools' scopes cannot say exactly: the exports note them.
  writeFileSync(join(dir, 'export.txt'), 'https://partners.shop.test/portal\napi-*.shop.test\n!*.shop.test:8443\n');
  // A host list with lines that are no hosts, one of them too long to judge; a JSON document of another shape.
  writeFileSync(join(dir, 'hosts.txt'), `blog.shop.test\nnot a host\nftp://shop.test/\n${'x'.repeat(5000)}\n`);
  writeFileSync(join(dir, 'other.json'), '{"schema": 1}');
  // Documents the reader cannot read (its notes), and a HackerOne export (the importer's quotes).
  writeFileSync(join(dir, 'vdp.pdf'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  writeFileSync(join(dir, 'h1.csv'), 'identifier,asset_type,instruction,eligible_for_bounty,eligible_for_submission\nshop.test,URL,,true,true\nblog.shop.test,URL,,false,false\n');
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
  ['scope --export hosts of a phrase', (_n, d) => ['scope', '--user-scope', join(d, 'scope.txt'), '--export', 'hosts']],
  ['scope with a bad host list', (_n, d) => ['scope', '--user-scope', join(d, 'scope.txt'), '--hosts-file', join(d, 'hosts.txt')]],
  ['check where nothing is published (coordinators)', (n) => ['check', 'https://quiet.example.nl/', '--no-platforms', ...n]],
  ['policy where nothing is published (sources tried)', (n) => ['policy', 'https://quiet.example.nl/', ...n]],
  ['policy of a PDF (the reader\'s notes)', (_n, d) => ['policy', '--file', join(d, 'vdp.pdf')]],
  ['scope against a HackerOne export (the importer\'s quotes)', (_n, d) => ['scope', '--user-scope', join(d, 'h1.csv'), '--host', 'blog.shop.test', '--host', 'shop.test']],
];

const COMMANDS = ['txt', 'policy', 'scope', 'draft', 'check', 'programs'];
const DOWN = ['--connect-to', '*:443:127.0.0.1:1', '--connect-to', '*:80:127.0.0.1:1', '--timeout', '2000'];

/** Help, and every usage (exit 2) and input (exit 1) error path, each with its exit status. */
const PATHS: Array<[string, (net: string[], dir: string) => string[], number]> = [
  ['scopecheck --help', () => ['--help'], 0],
  ...COMMANDS.map((c): [string, () => string[], number] => [`${c} --help`, () => [c, '--help'], 0]),
  ['an unknown command', () => ['nope'], 2],
  ['an unknown option', () => ['policy', '--bogus'], 2],
  ['a missing value', () => ['policy', 'shop.test', '--file'], 2],
  ['a value for a flag', () => ['policy', '--json=yes'], 2],
  ['options that conflict', () => ['draft', 'https://a.test/', '--url', 'https://a.test/'], 2],
  ['an option without the one it needs', () => ['policy', 'https://a.test/', '--base-url', 'https://a.test/'], 2],
  ['no input', () => ['scope'], 2],
  ['a value not allowed', () => ['scope', '--export', 'csv', '--user-scope', 'u.txt'], 2],
  ['a list value not allowed', () => ['txt', '--file', 'x', '--fail-on', 'bogus'], 2],
  ['an option that needs a URL', () => ['policy', '--file', 'p.md', '--base-url', 'ftp://a.test/'], 2],
  ['too many arguments', () => ['policy', 'a.test', 'b.test'], 2],
  ['a bad --now', () => ['txt', '--file', 'x', '--now', 'tomorrow'], 2],
  ['a bad --timeout', () => ['policy', 'a.test', '--timeout', 'soon'], 2],
  ['a bad --connect-to', () => ['policy', 'a.test', '--connect-to', 'nonsense'], 2],
  ['a bad --proxy', () => ['policy', 'a.test', '--proxy', 'ftp://proxy.test'], 2],
  ['no URL', () => ['policy', 'not a host'], 2],
  ['another scheme', () => ['policy', 'ftp://a.test/'], 2],
  ['no host for programs', () => ['programs', 'a b'], 2],
  ['a bad --field', (_n, d) => ['draft', '--url', 'https://a.test/', '--txt-file', join(d, 'scope.txt'), '--field', 'bogus=1'], 2],
  ['--eml - with --json', () => ['draft', 'https://a.test/', '--eml', '-', '--json'], 2],
  ['scope without hosts', (_n, d) => ['scope', '--user-scope', join(d, 'scope.txt')], 2],
  ['scope with --host and --hosts-file', (_n, d) => ['scope', '--user-scope', join(d, 'scope.txt'), '--host', 'a.test', '--hosts-file', join(d, 'hosts.txt')], 2],
  ['scope with two URLs', () => ['scope', 'a.test', 'b.test'], 2],
  ['an unreadable file', () => ['policy', '--file', '/nonexistent/policy.md'], 1],
  ['a directory', (_n, d) => ['policy', '--file', d], 1],
  ['an unreadable user scope', () => ['scope', '--user-scope', '/nonexistent/scope.txt', '--host', 'a.test'], 1],
  ['an unreadable host list', (_n, d) => ['scope', '--user-scope', join(d, 'scope.txt'), '--hosts-file', '/nonexistent/hosts.txt'], 1],
  ['an unreadable --ca', () => ['policy', 'a.test', '--ca', '/nonexistent/ca.pem'], 1],
  ['a --ca without a certificate', (_n, d) => ['policy', 'a.test', '--ca', join(d, 'scope.txt')], 1],
  ['a --context that is no JSON', (_n, d) => ['txt', '--file', join(d, 'scope.txt'), '--context', join(d, 'scope.txt')], 1],
  ['a --policy-json of another shape', (_n, d) => ['scope', '--policy-json', join(d, 'other.json'), '--host', 'a.test'], 1],
  ['a missing platform index', () => ['programs', 'a.test', '--platform-data', '/nonexistent/index.json'], 1],
  ['an unreachable host (txt)', () => ['txt', 'https://down.test/', ...DOWN], 1],
  ['an unreachable host (policy)', () => ['policy', 'https://down.test/', '--no-diodb', ...DOWN], 1],
  ['--encrypt with no key to fetch', (n) => ['draft', 'https://app.shop.test/', '--encrypt', ...n], 1],
];

/** The JSON's words: every message, fix, reason and note (the rest are contract values and quotes). */
function jsonWords(stdout: string): string {
  const words: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (['message', 'fix', 'reasons', 'notes'].includes(key)) words.push(value);
    } else if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  // One pretty-printed document, or JSON Lines.
  for (const doc of stdout.startsWith('{\n') ? [stdout] : stdout.split('\n').filter((l) => l.startsWith('{'))) walk(JSON.parse(doc));
  return words.join('\n');
}

/** `--lang` right after the command, so a missing value cannot swallow it. */
const withLang = (argv: string[], lang: string) => [...argv.slice(0, 1), '--lang', lang, ...argv.slice(1)];

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

  it.each(PATHS)('%s: says nothing in English', async (_name, argv, code) => {
    const de = await runCliCaptured(withLang(argv(net, dir), 'de'));
    expect(de.code, de.stderr).toBe(code);
    expect(de.stdout + de.stderr).not.toBe('');
    expect(englishIn(de.stdout + de.stderr), de.stdout + de.stderr).toEqual([]);
    // The English run says it in other words (a short message may hold no word German never uses).
    const en = await runCliCaptured(withLang(argv(net, dir), 'en'));
    expect(en.code, en.stderr).toBe(code);
    expect(en.stdout + en.stderr).not.toBe(de.stdout + de.stderr);
  });

  it('the English runs of those paths do show English words', async () => {
    const runs = await Promise.all(PATHS.map(([, argv]) => runCliCaptured(withLang(argv(net, dir), 'en'))));
    expect(runs.filter((r) => englishIn(r.stdout + r.stderr).length > 0).length).toBeGreaterThan(PATHS.length / 2);
  });

  const JSON_RUNS = RUNS.filter(([name]) => ['txt', 'scope', 'draft', 'check', 'policy where nothing is published (sources tried)', 'policy of a PDF (the reader\'s notes)', 'scope --export hosts of a phrase'].includes(name));
  it.each(JSON_RUNS)('%s --json: its messages, fixes, reasons and notes are German', async (_name, argv) => {
    const de = await runCliCaptured([...argv(net, dir), '--json', '--lang', 'de']);
    expect(de.code, de.stderr).toBe(0);
    expect(englishIn(jsonWords(de.stdout) + de.stderr), de.stdout).toEqual([]);
    const en = await runCliCaptured([...argv(net, dir), '--json', '--lang', 'en']);
    expect(englishIn(jsonWords(en.stdout) + en.stderr).length).toBeGreaterThan(0);
  });

  it('words the importers\' quotes (its own words about a line, not the file\'s) in the run\'s language', async () => {
    const argv = ['scope', '--user-scope', join(dir, 'h1.csv'), '--host', 'blog.shop.test', '--json'];
    const [de, en] = [await runCliCaptured([...argv, '--lang', 'de']), await runCliCaptured([...argv, '--lang', 'en'])];
    expect(JSON.parse(de.stdout).quote).toBe('HackerOne, Zeile 3: blog.shop.test (URL, nicht für Meldungen zugelassen)');
    expect(JSON.parse(en.stdout).quote).toBe('HackerOne line 3: blog.shop.test (URL, not eligible for submission)');
  });

  it('programs --readable says nothing in English either', async () => {
    const de = await runCliCaptured(['programs', 'nothing-listed.example', '--readable', '--lang', 'de']);
    expect(de.code, de.stderr).toBe(0);
    expect(englishIn(de.stdout + de.stderr)).toEqual([]);
    expect(englishIn((await runCliCaptured(['programs', 'nothing-listed.example', '--readable', '--lang', 'en'])).stdout).length).toBeGreaterThan(0);
  });
});
