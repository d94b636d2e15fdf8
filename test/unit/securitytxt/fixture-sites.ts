// Loopback sites for the live security.txt tests (core discovery and the CLI), under real-looking names.
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { hang, redirect, startFixtureServer, type FixtureHandler, type FixtureServer, type StaticResponse } from '../../support/fixture-server.ts';
import { readCorpusText } from './corpus.ts';

export const NOW = '2026-11-21T00:00:00Z';
const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

export function securityTxt(host: string, extra = ''): StaticResponse {
  return {
    headers: TEXT,
    body: `Contact: mailto:security@${host}\nExpires: 2027-06-30T23:59:59Z\nEncryption: https://${host}/pgp-key.txt\n` +
      `Policy: https://${host}/security-policy\nCanonical: https://${host}/.well-known/security.txt\n${extra}`,
  };
}

/** Answers only over plain http (the https listener says 404 for this host). */
function httpOnly(route: StaticResponse): FixtureHandler {
  return (_req, res, info) => {
    res.writeHead(info.scheme === 'http' ? route.status ?? 200 : 404, info.scheme === 'http' ? route.headers : {});
    res.end(info.scheme === 'http' ? route.body : 'no https here');
  };
}

const soft404: StaticResponse = {
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: '<!DOCTYPE html>\n<html><head><title>Not found</title></head><body><p>Contact: support@example.test</p></body></html>\n',
};

export interface SecurityTxtFixture {
  certs: Certs;
  server: FixtureServer;
  /** `--connect-to` rules sending every name to the fixture's ports. */
  connectTo: string[];
  close: () => Promise<void>;
}

export async function startSecurityTxtFixture(): Promise<SecurityTxtFixture> {
  const certs = makeCerts({ extraNames: ['example.com'] });
  const server = await startFixtureServer({
    certs,
    sites: {
      // A file on the registrable domain, inherited by subdomains without their own.
      'example.test': { '/.well-known/security.txt': securityTxt('example.test') },
      'shop.example.test': { '/': { body: 'shop' } },
      'www.shop.example.test': { '/some/page': { body: 'page' } },
      // A redirect chain that leaves the host.
      'redirect.commerce7.test': {
        '/.well-known/security.txt': redirect('/r1', 301),
        '/r1': redirect('https://files.commerce7.test/security.txt', 302),
      },
      'files.commerce7.test': { '/security.txt': securityTxt('redirect.commerce7.test') },
      'loop.commerce7.test': { '/.well-known/security.txt': redirect('/a'), '/a': redirect('/.well-known/security.txt') },
      'soft404.commerce7.test': { '*': soft404 },
      // An unsigned file with a detached signature next to it (gpg --detach-sign --armor).
      'detached.commerce7.test': {
        '/.well-known/security.txt': securityTxt('detached.commerce7.test'),
        '/.well-known/security.txt.asc': { headers: { 'content-type': 'application/pgp-signature' }, body: '-----BEGIN PGP SIGNATURE-----\n\niHUEARYKAB0WIQRxldCbyGvmj7ZjP/+dazDJjnml\n=abcd\n-----END PGP SIGNATURE-----\n' },
      },
      'legacy.commerce7.test': { '/security.txt': securityTxt('legacy.commerce7.test') },
      'both.commerce7.test': {
        '/.well-known/security.txt': securityTxt('both.commerce7.test'),
        '/security.txt': securityTxt('both.commerce7.test', '# an older copy\n'),
      },
      'plain.commerce7.test': { '/.well-known/security.txt': httpOnly(securityTxt('plain.commerce7.test')) },
      'slow.commerce7.test': { '*': hang() },
      'error.commerce7.test': { '*': { status: 503, body: 'down' } },
      // The corpus' signed sample, with its key where its Encryption field points.
      'example.com': {
        '/.well-known/security.txt': { headers: TEXT, body: readCorpusText('valid-signed.txt') },
        '/pgp-key.txt': { headers: { 'content-type': 'application/pgp-keys' }, body: readCorpusText('test-signing-key.pub.asc') },
      },
    },
  });
  const connectTo = [`*:443:127.0.0.1:${server.httpsPort}`, `*:80:127.0.0.1:${server.httpPort}`];
  return {
    certs,
    server,
    connectTo,
    close: async () => {
      await server.close();
      certs.remove();
    },
  };
}
