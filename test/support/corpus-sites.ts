// End-to-end fixture sites built from the real corpora (/work/shared/corpus): the sites' security.txt files paired
// with their policies (policies/labels.json `paired_securitytxt`), served under `.test` names. Each org's real host
// names are rewritten to `<org>.test` consistently in every body, and the Policy link points at the fixture copy.
// Node-only test support.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Site, StaticResponse } from './fixture-server.ts';

export const CORPUS_ROOT = process.env.SCOPECHECK_CORPUS ?? '/work/shared/corpus';
const DAY_MS = 86_400_000;

function corpusFile(...parts: string[]): string {
  return readFileSync(join(CORPUS_ROOT, ...parts), 'utf8');
}

export function htmlPage(title: string, body = ''): StaticResponse {
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
      `<body style="font:16px system-ui;margin:40px"><h1>${title}</h1>${body}</body></html>`,
  };
}

function plain(body: string, contentType = 'text/plain; charset=utf-8'): StaticResponse {
  return { status: 200, headers: { 'content-type': contentType }, body };
}

const notFound: StaticResponse = { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'not found\n' };

/** Replaces every literal `from` with `to` (plain strings, no regex: host names contain dots). */
export function rewriteAll(text: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.reduce((out, [from, to]) => out.split(from).join(to), text);
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Sets the Expires field to `expires` (replacing the first one, or appending one when the file has none). */
export function withExpires(txt: string, expires: Date): string {
  const lines = txt.replace(/\s+$/, '').split('\n');
  const at = lines.findIndex((l) => /^expires\s*:/i.test(l));
  if (at === -1) lines.push(`Expires: ${isoSeconds(expires)}`);
  else lines[at] = `Expires: ${isoSeconds(expires)}`;
  return `${lines.join('\n')}\n`;
}

/** Host names (as the browser sees them) the e2e scenarios use; the certificate must cover them. */
export const CORPUS_CERT_NAMES = [
  'bigbank.test', '*.bigbank.test',
  'gradle.test', '*.gradle.test', '*.shop.gradle.test',
  'internet.test', '*.internet.test',
  'soft404.test', '*.soft404.test',
  'github.com', 'raw.githubusercontent.com',
  'example.com', '*.example.com',
];
/** Real registrable domains the scenarios map to the fixture server (besides `*.test`). */
export const CORPUS_EXTRA_DOMAINS = ['github.com', 'githubusercontent.com', 'example.com'];

/**
 * Bigbank (bigbank.eu.txt + bigbank-security-policy.md): the policy lists bigbank.ee, bigbank.fi and
 * taotlused.bigbank.ee in scope; every Bigbank domain becomes bigbank.test, so bigbank.test is in scope.
 * The corpus file has no Expires: one is added (now + 180 days) so the file is current.
 */
export function bigbankSite(now: Date): Site {
  const hosts: Array<[string, string]> = [
    ['https://github.com/bigbank-as/security-txt/master/security-policy.md', 'https://bigbank.test/security-policy.md'],
    ['https://raw.githubusercontent.com/bigbank-as/security-txt/master/', 'https://bigbank.test/'],
    ['bigbank.eu', 'bigbank.test'], ['bigbank.ee', 'bigbank.test'], ['bigbank.fi', 'bigbank.test'], ['bigbank.se', 'bigbank.test'],
  ];
  const txt = withExpires(rewriteAll(corpusFile('sites/securitytxt/bigbank.eu.txt'), hosts), new Date(now.getTime() + 180 * DAY_MS));
  return {
    '/': htmlPage('Bigbank test bank', '<p>A fixture page on bigbank.test.</p>'),
    '/.well-known/security.txt': plain(txt),
    '/security-policy.md': plain(rewriteAll(corpusFile('policies/bigbank-security-policy.md'), hosts), 'text/markdown; charset=utf-8'),
    '*': notFound,
  };
}

/**
 * Gradle (gradle.org.txt + gradle-vulnerability-disclosure-policy.md): `*.gradle.org` and `*.gradle.com` are in
 * scope, both become `*.gradle.test`. Only gradle.test publishes files: a page on www.shop.gradle.test inherits them.
 * The Policy/Contact link to the SECURITY.md on GitHub points at the fixture copy on gradle.test.
 */
export function gradleSites(now: Date): Record<string, Site> {
  const hosts: Array<[string, string]> = [
    ['https://github.com/gradle/.github/blob/master/SECURITY.md', 'https://gradle.test/SECURITY.md'],
    ['gradle.org', 'gradle.test'], ['gradle.com', 'gradle.test'],
  ];
  const txt = withExpires(rewriteAll(corpusFile('sites/securitytxt/gradle.org.txt'), hosts), new Date(now.getTime() + 180 * DAY_MS));
  return {
    'gradle.test': {
      '/': htmlPage('Gradle test site'),
      '/.well-known/security.txt': plain(txt),
      '/SECURITY.md': plain(rewriteAll(corpusFile('policies/gradle-vulnerability-disclosure-policy.md'), hosts), 'text/markdown; charset=utf-8'),
      '*': notFound,
    },
    '*.gradle.test': { '/': htmlPage('Gradle test shop', '<p>A subdomain with no files of its own.</p>'), '*': notFound },
  };
}

/**
 * Internet.nl (internet.nl.txt + internetnl-responsible-disclosure.nl.md) as internet.test. The corpus file expired
 * in 2023 and is served as it is (its signature no longer matches the rewritten host names, which is fine here).
 */
export function internetSite(): Site {
  const hosts: Array<[string, string]> = [['internet.nl', 'internet.test']];
  return {
    '/': htmlPage('Internet test site'),
    '/.well-known/security.txt': plain(rewriteAll(corpusFile('sites/securitytxt/internet.nl.txt'), hosts)),
    '/disclosure/': plain(rewriteAll(corpusFile('policies/internetnl-responsible-disclosure.nl.md'), hosts), 'text/markdown; charset=utf-8'),
    '*': notFound,
  };
}

/** A soft-404 site: every path answers 200 with the same HTML page. */
export function soft404Site(): Site {
  return { '*': htmlPage('Soft 404 shop', '<p>Welcome! Whatever you asked for, here is our home page.</p>') };
}

/**
 * GitHub as a code host: a repository page on github.com and its SECURITY.md on raw.githubusercontent.com at the
 * URL policy discovery tries (list-policy-candidates.ts), with Microsoft's standard SECURITY.md from the corpus.
 */
export function githubSites(owner = 'microsoft', repo = 'TypeScript'): Record<string, Site> {
  return {
    'github.com': {
      [`/${owner}/${repo}`]: htmlPage(`${owner}/${repo}`, '<p>A repository page.</p>'),
      '*': notFound,
    },
    'raw.githubusercontent.com': {
      [`/${owner}/${repo}/HEAD/SECURITY.md`]: plain(corpusFile('policies/microsoft-security.md')),
      '*': notFound,
    },
  };
}

/** example.com serving the corpus' cleartext-signed valid-signed.txt and the key that signed it. */
export function signedExampleSite(): Site {
  return {
    '/': htmlPage('Example (signed security.txt)'),
    '/.well-known/security.txt': plain(corpusFile('securitytxt/valid-signed.txt')),
    '/pgp-key.txt': plain(corpusFile('securitytxt/test-signing-key.pub.asc')),
    '*': notFound,
  };
}

/** Commerce7's corpus policy (commerce7.com → commerce7.test) behind a security.txt that links it. */
export function commerce7CorpusSite(now: Date): Site {
  const hosts: Array<[string, string]> = [['commerce7.com', 'commerce7.test']];
  const txt = withExpires([
    'Contact: mailto:ResponsibleDisclosure@fullsteam.com',
    'Policy: https://commerce7.test/responsible-disclosure.txt',
    'Preferred-Languages: en',
  ].join('\n'), new Date(now.getTime() + 180 * DAY_MS));
  return {
    '/': htmlPage('Commerce7 test shop'),
    '/.well-known/security.txt': plain(txt),
    '/responsible-disclosure.txt': plain(rewriteAll(corpusFile('policies/commerce7-responsible-disclosure.txt'), hosts)),
    '*': notFound,
  };
}

/** Every corpus scenario site by host name (wildcards as the fixture server reads them). */
export function buildCorpusSites(now: Date): Record<string, Site> {
  const commerce7 = commerce7CorpusSite(now);
  return {
    'bigbank.test': bigbankSite(now),
    ...gradleSites(now),
    'internet.test': internetSite(),
    'soft404.test': soft404Site(),
    ...githubSites(),
    'example.com': signedExampleSite(),
    'commerce7.test': commerce7,
    '*.commerce7.test': { ...commerce7, '/': htmlPage('Commerce7 API'), '/.well-known/security.txt': notFound },
  };
}
