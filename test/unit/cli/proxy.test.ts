// --proxy and HTTPS_PROXY/HTTP_PROXY/NO_PROXY: requests go through a tiny loopback CONNECT proxy (as through
// Burp or Caido), which counts them and sends every host to the loopback fixture server. No internet.
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import type { CliIo } from '../../../src/cli/command.ts';
import { parseProxyUrl, readEnvProxy } from '../../../src/cli/network-options.ts';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.ts';
import { makeCliIo } from '../../support/run-cli.ts';

let certs: Certs;
let fx: FixtureServer;
let proxy: Server;
let proxyUrl: string;
/** What the proxy was asked for: `CONNECT host:port` or `GET http://…`. */
let seen: string[] = [];
const sockets = new Set<Socket>();

beforeAll(async () => {
  certs = makeCerts();
  fx = await startFixtureServer({
    certs,
    sites: {
      'example.test': {
        '/.well-known/security.txt': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Contact: mailto:security@example.test\nExpires: 2027-06-01T00:00:00Z\n' },
      },
    },
  });
  proxy = createServer((req, res) => {
    // Plain http in absolute form: forwarded to the fixture's http port.
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '/');
    const upstream = request({ host: '127.0.0.1', port: fx.httpPort, method: req.method, path: target.pathname + target.search, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  proxy.on('connect', (req, client: Socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const port = req.url?.endsWith(':80') ? fx.httpPort : fx.httpsPort!;
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => { client.destroy(); upstream.destroy(); });
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await fx.close();
  certs.remove();
});

beforeEach(() => {
  seen = [];
});

async function run(argv: string[], env: CliIo['env'] = {}) {
  const t = makeCliIo();
  const code = await runCli(argv, { ...t.io, env });
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

const txtArgs = (host: string) => ['txt', host, '--ca', certs.caCertPath, '--no-http', '--json', '--now', '2026-11-21T00:00:00Z', '--timeout', '3000'];

describe('--proxy', () => {
  it('sends every request through the proxy (CONNECT for https), with the site\'s certificate still checked', async () => {
    const r = await run([...txtArgs('example.test'), '--proxy', proxyUrl]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.valid).toBe(true);
    expect(doc.source.final_url).toBe('https://example.test/.well-known/security.txt');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s === 'CONNECT example.test:443')).toBe(true);
    // Without --ca the fixture's certificate is refused, through the proxy as well.
    const untrusted = await run(['txt', 'example.test', '--no-http', '--json', '--timeout', '3000', '--proxy', proxyUrl]);
    expect(JSON.parse(untrusted.stdout).valid).toBe(false);
  });

  it('refuses a proxy that is not http(s), and --proxy with --connect-to', async () => {
    expect(parseProxyUrl('127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    const socks = await run(['txt', 'example.test', '--proxy', 'socks5://127.0.0.1:1080']);
    expect([socks.code, socks.stderr.split('\n')[0]]).toEqual([2, 'scopecheck txt: --proxy needs an http(s) proxy URL such as http://127.0.0.1:8080, not "socks5://127.0.0.1:1080"']);
    const both = await run(['txt', 'example.test', '--proxy', proxyUrl, '--connect-to', '*:443:127.0.0.1:1']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/give either --proxy or --connect-to, not both/);
    expect(seen).toEqual([]);
  });
});

describe('HTTPS_PROXY, HTTP_PROXY, NO_PROXY', () => {
  it('reads either case, the lower-case one first', () => {
    expect(readEnvProxy({ https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2', NO_PROXY: 'x.test' })).toEqual({ httpProxy: '', httpsProxy: 'http://a:1/', noProxy: 'x.test' });
    expect(readEnvProxy({ NO_PROXY: 'x.test' })).toBeUndefined();
    expect(() => readEnvProxy({ HTTP_PROXY: 'socks5://p:1' })).toThrow(/HTTP_PROXY needs an http\(s\) proxy URL/);
  });

  it('routes through the environment\'s proxy, except for NO_PROXY hosts', async () => {
    const viaEnv = await run(txtArgs('example.test'), { HTTPS_PROXY: proxyUrl, HTTP_PROXY: proxyUrl });
    expect(viaEnv.code).toBe(0);
    expect(JSON.parse(viaEnv.stdout).valid).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s === 'CONNECT example.test:443')).toBe(true);
    seen = [];
    // NO_PROXY sends it direct, where example.test does not resolve: nothing reaches the proxy.
    const direct = await run(txtArgs('example.test'), { HTTPS_PROXY: proxyUrl, NO_PROXY: 'example.test' });
    expect(direct.code).toBe(1);
    expect(seen).toEqual([]);
  });
});
