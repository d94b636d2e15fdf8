import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, fetch as undiciFetch } from 'undici';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { startFixtureServer, redirect, reset, type FixtureServer } from '../../support/fixture-server.ts';

let certs: Certs;
let fx: FixtureServer;
let agent: Agent;

beforeAll(async () => {
  certs = makeCerts();
  fx = await startFixtureServer({
    certs,
    sites: {
      'example.test': {
        '/hello': { body: 'hi', headers: { 'content-type': 'text/plain' } },
        '/q?x=1': { body: 'with query' },
        '/moved': redirect('/hello', 301),
        '/reset': reset(),
        '/fn': (_req, res, info) => { res.end(`${info.scheme} ${info.host} ${info.url.pathname}`); },
      },
      '*.example.test': { '*': { body: 'wildcard' } },
    },
  });
  // Connect every name to loopback, trusting the throwaway CA.
  agent = new Agent({ connect: { ca: certs.caPem, lookup: (_h, _o, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]) } });
});

afterAll(async () => {
  await agent.close();
  await fx.close();
  certs.remove();
});

const get = (url: string) => undiciFetch(url, { dispatcher: agent, redirect: 'manual' });

describe('fixture server', () => {
  it('serves virtual hosts over http and https with a trusted throwaway CA', async () => {
    const a = await get(`${fx.origin('example.test', 'https')}/hello`);
    expect(a.status).toBe(200);
    expect(await a.text()).toBe('hi');
    const b = await get(`${fx.origin('example.test', 'http')}/fn`);
    expect(await b.text()).toBe('http example.test /fn');
    expect(certs.spki).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('matches query routes, wildcards, redirects, unknown hosts and paths', async () => {
    expect(await (await get(`${fx.origin('example.test')}/q?x=1`)).text()).toBe('with query');
    expect(await (await get(`${fx.origin('www.shop.example.test')}/any`)).text()).toBe('wildcard');
    const moved = await get(`${fx.origin('example.test')}/moved`);
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/hello');
    expect((await get(`${fx.origin('nobody.test', 'http')}/hello`)).status).toBe(404);
    expect((await get(`${fx.origin('example.test')}/nope`)).status).toBe(404);
    await expect(get(`${fx.origin('example.test')}/reset`)).rejects.toThrow();
  });

  it('logs requests with host and SNI', () => {
    const hello = fx.requests.find((r) => r.path === '/hello' && r.scheme === 'https');
    expect(hello?.host).toBe('example.test');
    expect(hello?.sni).toBe('example.test');
    expect(hello?.status).toBe(200);
  });
});
