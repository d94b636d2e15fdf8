// Node-only fetch for the CLI: undici's own fetch over an Agent whose connector can send chosen host names
// elsewhere (curl's --connect-to), trust an extra CA (--ca) or skip certificate checks (--insecure), or over
// undici's ProxyAgent / EnvHttpProxyAgent (--proxy, HTTPS_PROXY …: Burp, Caido).
// TLS still uses the requested host name for SNI and certificate checks.
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import type { Dispatcher, buildConnector, fetch as undiciFetch } from 'undici';
import { fileError, InputError, UsageError } from './command.ts';
import { msg, type FetchLike } from '../core/index.ts';

/** One `--connect-to HOST1:PORT1:HOST2:PORT2` rule; an empty or `*` HOST1/PORT1 matches anything. */
export interface ConnectToRule {
  /** Exact host, `*.suffix` (any subdomain of suffix), or null for any host. */
  host: string | null;
  port: number | null;
  toHost: string;
  toPort: number | null;
}

export interface NodeFetchOptions {
  connectTo?: ConnectToRule[];
  /** Extra trusted CA certificates (PEM text), added to Node's defaults. */
  ca?: string;
  /** Accept any certificate (staging hosts); the result still reports that TLS was not checked. */
  insecure?: boolean;
  /** Connect timeout in ms (the safe fetcher also bounds every request). */
  connectTimeoutMs?: number;
  /** Every request through this HTTP(S) proxy (CONNECT for https). */
  proxy?: string;
  /** The proxies of the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY), when no `proxy` is given. */
  envProxy?: EnvProxy;
}

/** Proxy settings as the environment gives them; '' for none. */
export interface EnvProxy {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

export interface NodeFetch {
  fetch: FetchLike;
  close: () => Promise<void>;
}

function parsePort(text: string, problem: 'cli_err_connectToSourcePort' | 'cli_err_connectToTargetPort'): number | null {
  if (text === '' || text === '*') return null;
  const n = Number(text);
  if (!/^\d{1,5}$/.test(text) || n < 1 || n > 65535) throw new UsageError(msg(problem, { value: text }));
  return n;
}

/** Parses `HOST1:PORT1:HOST2:PORT2` (IPv6 addresses in brackets). */
export function parseConnectTo(spec: string): ConnectToRule {
  const bad = () => new UsageError(msg('cli_err_connectTo', { value: spec }));
  const parts: string[] = [];
  let i = 0;
  while (parts.length < 4) {
    let end: number;
    if (spec[i] === '[') {
      end = spec.indexOf(']', i);
      if (end === -1) throw bad();
      parts.push(spec.slice(i + 1, end));
      end += 1;
    } else {
      const colon = spec.indexOf(':', i);
      end = colon === -1 ? spec.length : colon;
      parts.push(spec.slice(i, end));
    }
    i = end;
    if (parts.length < 4) {
      if (spec[i] !== ':') throw bad();
      i += 1;
    }
  }
  if (i !== spec.length || !parts[2]) throw bad();
  const host = parts[0] === '' || parts[0] === '*' ? null : parts[0]!.toLowerCase();
  return { host, port: parsePort(parts[1]!, 'cli_err_connectToSourcePort'), toHost: parts[2], toPort: parsePort(parts[3]!, 'cli_err_connectToTargetPort') };
}

function hostMatches(pattern: string | null, host: string): boolean {
  if (pattern === null) return true;
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (pattern.startsWith('*.')) return h.endsWith(pattern.slice(1)) && h.length > pattern.length - 1;
  return h === pattern;
}

/** Finds the first rule for a host and port (port defaults from the protocol). */
export function matchConnectTo(rules: ConnectToRule[], hostname: string, port: number): ConnectToRule | undefined {
  return rules.find((r) => hostMatches(r.host, hostname) && (r.port === null || r.port === port));
}

/** Reads a PEM file for --ca; a missing or non-PEM file is an input error (exit 1). */
export function readCaFile(path: string): string {
  let text: string;
  const what = msg('cli_input_named', { what: msg('cli_input_caFile'), path });
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw fileError('cli_err_cannotRead', what, error);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new InputError(msg('cli_err_noPem', { what }));
  return text;
}

/** undici, imported on the first request that needs it (not when a command merely starts). */
let undici: Promise<typeof import('undici')> | undefined;

/** A fetch for the CLI with the given connection options. Call `close()` when done. undici loads on the first request. */
export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  const rules = options.connectTo ?? [];
  const tlsOptions: buildConnector.BuildOptions = {
    timeout: options.connectTimeoutMs ?? 10_000,
    ...(options.insecure ? { rejectUnauthorized: false } : {}),
    ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}),
  };
  let ready: Promise<{ agent: Dispatcher; fetch: typeof undiciFetch }> | undefined;
  const start = () => (ready ??= (undici ??= import('undici')).then(({ Agent, EnvHttpProxyAgent, ProxyAgent, buildConnector, fetch }) => {
    const base = buildConnector(tlsOptions);
    const connect: buildConnector.connector = (opts, callback) => {
      const port = Number(opts.port) || (opts.protocol === 'https:' ? 443 : 80);
      const rule = matchConnectTo(rules, opts.hostname, port);
      if (!rule) return base(opts, callback);
      return base({ ...opts, hostname: rule.toHost, port: String(rule.toPort ?? port) }, callback);
    };
    // Through a proxy (--proxy, HTTPS_PROXY …: Burp, Caido) or straight, with the --connect-to rules.
    const agent: Dispatcher = options.proxy !== undefined
      ? new ProxyAgent({ uri: options.proxy, requestTls: tlsOptions, proxyTls: tlsOptions })
      : options.envProxy !== undefined
        ? new EnvHttpProxyAgent({ ...options.envProxy, connect, requestTls: tlsOptions, proxyTls: tlsOptions })
        : new Agent({ connect });
    return { agent, fetch };
  }));
  const fetch: FetchLike = async (input, init) => {
    const u = await start();
    return u.fetch(input, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher: u.agent }) as unknown as Promise<Response>;
  };
  return { fetch, close: async () => { if (ready) await (await ready).agent.close(); } };
}
