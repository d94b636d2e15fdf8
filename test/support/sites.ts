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

/** The sites the e2e suites serve, by host name. */
export function buildE2eSites(now: Date): Record<string, Site> {
  return { 'commerce7.test': commerce7Site(now) };
}
