// A loopback fixture server with virtual hosts, shared by unit, CLI and e2e tests.
// http and (with certs) https on 127.0.0.1 only; the site is chosen by the Host header (port stripped).
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { Certs } from './make-certs.ts';

export type Scheme = 'http' | 'https';

/** What a handler learns about the request besides `req`. */
export interface RequestInfo {
  scheme: Scheme;
  /** Host header without port, lower-cased. */
  host: string;
  /** Path and query as requested. */
  path: string;
  url: URL;
  server: FixtureServer;
}

/** Full control: write the response however you like (drip, reset, hang …). */
export type FixtureHandler = (req: IncomingMessage, res: ServerResponse, info: RequestInfo) => void | Promise<void>;

/** A canned response. `body` (string, UTF-8) or `bytes`; `delayMs` before the headers. */
export interface StaticResponse {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string;
  bytes?: Uint8Array;
  delayMs?: number;
}

export type Route = FixtureHandler | StaticResponse;
/**
 * A site: path → route. Keys are matched against the path with query first, then without the query.
 * A `*` key answers every other path of the site. Site names may be `*.example.test` (any subdomain).
 */
export type Site = Record<string, Route>;

export interface LoggedRequest {
  scheme: Scheme;
  host: string;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** TLS server name the client sent (https only). */
  sni: string | null;
  status: number | null;
  at: number;
}

export interface FixtureServerOptions {
  sites: Record<string, Site>;
  /** Without certs no https server is started (httpsPort is null). */
  certs?: Certs;
}

export interface FixtureServer {
  httpPort: number;
  httpsPort: number | null;
  /** `scheme://host:port` for a fixture host (default https when certs were given, else http). */
  origin: (host: string, scheme?: Scheme) => string;
  /** Every request received, in arrival order. */
  requests: LoggedRequest[];
  /** Adds or replaces a site while running. */
  setSite: (host: string, site: Site) => void;
  close: () => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Host header → lower-case host without port (handles `[::1]:8080`). */
export function stripPort(hostHeader: string | undefined): string {
  const h = (hostHeader ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}

function findSite(sites: Map<string, Site>, host: string): Site | undefined {
  const exact = sites.get(host);
  if (exact) return exact;
  // Wildcards: the longest matching suffix wins.
  let best: { len: number; site: Site } | undefined;
  for (const [name, site] of sites) {
    if (!name.startsWith('*.')) continue;
    const suffix = name.slice(1);
    if (host.endsWith(suffix) && host.length > suffix.length && (!best || suffix.length > best.len)) {
      best = { len: suffix.length, site };
    }
  }
  return best?.site;
}

function findRoute(site: Site, path: string): Route | undefined {
  const q = path.indexOf('?');
  return site[path] ?? (q === -1 ? undefined : site[path.slice(0, q)]) ?? site['*'];
}

async function sendStatic(res: ServerResponse, route: StaticResponse, method: string): Promise<void> {
  if (route.delayMs) await sleep(route.delayMs);
  if (res.destroyed) return;
  const body = route.bytes ?? (route.body === undefined ? undefined : new TextEncoder().encode(route.body));
  const headers: Record<string, string | string[]> = { ...route.headers };
  if (body && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-length')) {
    headers['content-length'] = String(body.byteLength);
  }
  res.writeHead(route.status ?? 200, headers);
  res.end(method === 'HEAD' || !body ? undefined : body);
}

function notFound(res: ServerResponse, what: string): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`fixture: ${what}\n`);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts http (and https when certs are given) on 127.0.0.1, random ports. */
export async function startFixtureServer(options: FixtureServerOptions): Promise<FixtureServer> {
  const sites = new Map<string, Site>(Object.entries(options.sites).map(([k, v]) => [k.toLowerCase(), v]));
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  const ports = { http: 0, https: null as number | null };
  const server: FixtureServer = {
    get httpPort() { return ports.http; },
    get httpsPort() { return ports.https; },
    requests,
    origin: (host, scheme = ports.https === null ? 'http' : 'https') => {
      const port = scheme === 'https' ? ports.https : ports.http;
      if (port === null) throw new Error('fixture server has no https listener (no certs given)');
      return `${scheme}://${host}:${port}`;
    },
    setSite: (host, site) => void sites.set(host.toLowerCase(), site),
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([http, https].filter((s): s is Server => s !== null).map(
        (s) => new Promise<void>((resolve) => s.close(() => resolve())),
      ));
    },
  };

  const handle = (scheme: Scheme) => async (req: IncomingMessage, res: ServerResponse) => {
    const host = stripPort(req.headers.host);
    const path = req.url ?? '/';
    const tls = scheme === 'https' ? (req.socket as TLSSocket) : null;
    const entry: LoggedRequest = {
      scheme, host, method: req.method ?? 'GET', path, headers: req.headers,
      sni: tls && typeof tls.servername === 'string' ? tls.servername : null, status: null, at: Date.now(),
    };
    requests.push(entry);
    res.on('finish', () => { entry.status = res.statusCode; });
    try {
      const site = findSite(sites, host);
      if (!site) return notFound(res, `unknown host ${host}`);
      const route = findRoute(site, path);
      if (!route) return notFound(res, `no route ${path} on ${host}`);
      if (typeof route === 'function') {
        const port = scheme === 'https' ? ports.https : ports.http;
        const url = new URL(path.startsWith('/') ? path : '/', `${scheme}://${host}:${port}`);
        await route(req, res, { scheme, host, path, url, server });
      } else {
        await sendStatic(res, route, entry.method);
      }
    } catch (error) {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fixture handler failed: ${String(error)}\n`);
      } else {
        res.destroy();
      }
    }
  };

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const http = createHttpServer(handle('http'));
  http.on('connection', track);
  const https = options.certs
    ? createHttpsServer({ cert: options.certs.certPem, key: options.certs.keyPem }, handle('https'))
    : null;
  https?.on('connection', track);
  // A TLS client that rejects our cert raises tlsClientError; never let it crash the test process.
  https?.on('tlsClientError', () => {});
  http.on('clientError', (_e, socket) => socket.destroy());

  ports.http = await listen(http);
  ports.https = https ? await listen(https) : null;
  return server;
}

// Ready-made behaviours. Add more here: each is just a FixtureHandler.

/** A redirect to `location` (relative or absolute). */
export function redirect(location: string, status = 302): StaticResponse {
  return { status, headers: { location } };
}

/** Accepts the request and never answers (a tarpit); the socket closes when the server does. */
export function hang(): FixtureHandler {
  return () => new Promise<void>(() => {});
}

/** Resets the connection without a response. */
export function reset(): FixtureHandler {
  return (req) => { req.socket.destroy(); };
}

/** Sends headers, then the body in chunks with a pause between them. */
export function drip(body: string | Uint8Array, options: { chunkBytes?: number; intervalMs?: number; headers?: Record<string, string> } = {}): FixtureHandler {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const chunk = options.chunkBytes ?? 16;
  return async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', ...options.headers });
    for (let i = 0; i < bytes.length && !res.destroyed; i += chunk) {
      res.write(bytes.subarray(i, i + chunk));
      await sleep(options.intervalMs ?? 10);
    }
    if (!res.destroyed) res.end();
  };
}

/** An endless body (useful against byte caps): writes `chunkBytes` repeatedly until the client goes away. */
export function endless(chunkBytes = 16_384, headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' }): FixtureHandler {
  const block = new Uint8Array(chunkBytes).fill(0x41);
  return (_req, res) => new Promise<void>((resolve) => {
    res.writeHead(200, headers);
    const pump = () => {
      while (!res.destroyed && res.write(block)) { /* keep writing until backpressure */ }
      if (res.destroyed) resolve(); else res.once('drain', pump);
    };
    res.on('close', () => resolve());
    pump();
  });
}
