import { normalizeHost, type NormalizedHost } from './normalize-host.ts';

/** What is being judged: a host, and the port and path when the input was a URL or host:port. */
export interface ScopeTarget extends NormalizedHost {
  /** Explicit port, or the scheme's default for a URL; null = a bare host (default web ports). */
  port: number | null;
  /** URL path; null = the whole host. */
  path: string | null;
}

const SCHEME = /^[a-z][a-z0-9+.-]{0,20}:\/\//i;
const DEFAULT_PORTS: Readonly<Record<string, number>> = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443, 'ftp:': 21 };
const MAX_TARGET_LENGTH = 4096;

/**
 * Reads what the user asked about: "example.com", "Example.COM.", "example.com:8443", "[::1]:80",
 * "2001:db8::1", or a URL. Returns null for anything that is not a host (patterns like "*.example.com"
 * included: they are scope entries, not targets). Never throws.
 */
export function parseScopeTarget(input: string): ScopeTarget | null {
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_TARGET_LENGTH) return null;
  const host = normalizeHost(text);
  if (host) return { host: host.host, kind: host.kind, port: null, path: null };
  if (SCHEME.test(text) || text.includes('/')) return parseUrlTarget(text);
  const bracket = /^\[([0-9a-fA-F:.]+)\]:(\d{1,5})$/.exec(text);
  if (bracket) return withPort(normalizeHost(bracket[1]!), bracket[2]!);
  const colon = text.lastIndexOf(':');
  if (colon > 0 && text.indexOf(':') === colon) return withPort(normalizeHost(text.slice(0, colon)), text.slice(colon + 1));
  return null;
}

function withPort(host: NormalizedHost | null, portText: string): ScopeTarget | null {
  if (!host || !/^\d{1,5}$/.test(portText)) return null;
  const port = Number(portText);
  return port >= 1 && port <= 65535 ? { host: host.host, kind: host.kind, port, path: null } : null;
}

function parseUrlTarget(text: string): ScopeTarget | null {
  let url: URL;
  const schemeless = !SCHEME.test(text);
  try {
    url = new URL(schemeless ? `http://${text.replace(/^\/\//, '')}` : text);
  } catch {
    return null;
  }
  if (url.hostname.length === 0 || url.username || url.password) return null;
  const host = normalizeHost(url.hostname);
  if (!host) return null;
  const port = url.port ? Number(url.port) : schemeless ? null : DEFAULT_PORTS[url.protocol] ?? null;
  return { host: host.host, kind: host.kind, port, path: url.pathname || '/' };
}
