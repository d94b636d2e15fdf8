// Fixture sites for the end-to-end scenarios (served by fixture-server.ts under real-looking `.test` names).
import type { Site } from './fixture-server.ts';

const DAY_MS = 86_400_000;

function html(title: string, body: string): { status: number; headers: Record<string, string>; body: string } {
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
      `<body style="font:16px system-ui;margin:40px"><h1>${title}</h1>${body}</body></html>`,
  };
}

function text(body: string, contentType = 'text/plain; charset=utf-8') {
  return { status: 200, headers: { 'content-type': contentType }, body };
}

/** A shop with a complete, valid security.txt (expires `now` + 180 days) and a plain-text policy. */
export function commerce7Site(now: Date): Site {
  const expires = new Date(now.getTime() + 180 * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    '/': html('Commerce7 test shop', '<p>A fixture page on commerce7.test.</p>'),
    '/.well-known/security.txt': text([
      'Contact: mailto:security@commerce7.test',
      `Expires: ${expires}`,
      'Policy: https://commerce7.test/security-policy.txt',
      'Preferred-Languages: en',
      'Canonical: https://commerce7.test/.well-known/security.txt',
      '',
    ].join('\n')),
    '/security-policy.txt': text([
      'Responsible disclosure',
      '',
      'Report vulnerabilities to security@commerce7.test.',
      'In scope: api.commerce7.test and any other subdomain of commerce7.test.',
      'Out of scope: the marketing website https://commerce7.test/.',
      'Do not run denial of service attacks, social engineering or physical attacks.',
      '',
    ].join('\n')),
  };
}

/**
 * example.com publishes the files; shop.example.com has none and inherits. On a real TLD on purpose: the policy
 * extractor reads host names and addresses only under public suffixes, so `.test` scope entries are not read.
 * (Served on loopback only: the browsers map these names to the fixture server.)
 */
export function exampleComSites(now: Date): Record<string, Site> {
  const expires = new Date(now.getTime() + 180 * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    'example.com': {
      '/': html('Example', '<p>The marketing site.</p>'),
      '/.well-known/security.txt': text(['Contact: mailto:security@example.com', `Expires: ${expires}`,
        'Policy: https://example.com/security-policy.txt', ''].join('\n')),
      '/security-policy.txt': text([
        'Vulnerability disclosure policy',
        '',
        'Report vulnerabilities to security@example.com.',
        'In scope: shop.example.com and any other subdomain of example.com.',
        'Out of scope: the marketing website https://example.com/.',
        'Do not run automated scanners. Do not access data of other customers.',
        '',
      ].join('\n')),
    },
    'shop.example.com': { '/': html('Example shop', '<p>An in-scope subdomain.</p>') },
  };
}

export const EXAMPLE_COM_CERT_NAMES = ['example.com', '*.example.com'];

/** The sites the e2e suites serve, by host name. */
export function buildE2eSites(now: Date): Record<string, Site> {
  return { 'commerce7.test': commerce7Site(now), ...exampleComSites(now) };
}

/** The scenarios built from the real corpora (bigbank, gradle, internet.nl, commerce7, GitHub, signed example.com). */
export { buildCorpusSites, CORPUS_CERT_NAMES, CORPUS_EXTRA_DOMAINS } from './corpus-sites.ts';
