import type { Finding } from '../schemas/finding.ts';
import type { MessageParams } from '../message/message.ts';
import { maskIp, parseIpv4, parseIpv6, formatIp } from './ip-address.ts';
import { normalizeHost } from './normalize-host.ts';
import { trimTrailing } from './trim-trailing.ts';
import { parseIpRange } from './parse-ip-range.ts';
import type { HostPattern, ScopeEffect, ScopePattern } from './scope-pattern.ts';

export interface ParsedToken {
  value: ScopePattern | null;
  findings: Finding[];
}

const MAX_TOKEN_LENGTH = 2048;
const SCHEME = /^[a-z][a-z0-9+.-]{0,20}:\/\//i;
const CIDR = /^([0-9a-f:.]{2,45})\/(\d{1,3})$/i;
const EXPLICIT_PORT = /^(?:[a-z][a-z0-9+.-]{0,20}:)?\/\/(?:[^@/?#]*@)?(?:\[[0-9a-f:.]*\]|[^:/?#[\]]*):(\d{1,5})(?:[/?#]|$)/i;
const GLOB_LABEL = /^[a-z0-9_*-]{1,63}$/;

/** A finding of severity warning about a scope token (a value: nothing is printed). */
function warningFinding(id: string, params: MessageParams, messageId: string): Finding {
  return { id, severity: 'warning', line: null, params, message_id: messageId };
}

/**
 * Parses one whitespace-free scope token: a host, "*.host", a mid-label glob ("api-*.host"), host:port,
 * a URL (host, port and path prefix), host/path, an IPv4/IPv6 address or a CIDR network. Returns null
 * (with a finding) for anything else. `effect` decides ambiguous spellings conservatively: read narrowly
 * for an inclusion, broadly for an exclusion. Never throws.
 */
export function parseScopeToken(raw: string, effect: ScopeEffect): ParsedToken {
  const token = stripWrapping(raw.trim());
  const findings: Finding[] = [];
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return { value: null, findings };
  const cidr = CIDR.exec(token);
  if (cidr && (parseIpv4(cidr[1]!) || parseIpv6(cidr[1]!.toLowerCase()))) return parseCidr(cidr[1]!, Number(cidr[2]), findings);
  if (SCHEME.test(token) || token.includes('/')) return parseUrlToken(token, effect, findings);
  // "10.0.0.*" is a network; "10.0.0.1-10.0.0.9" is several (parseScopePattern reads it whole), never a name.
  const range = parseIpRange(token);
  if (range) return { value: range.length === 1 ? { host: { kind: 'ip', ...range[0]! }, ports: null, path: null, pathIsPartial: false } : null, findings };
  let hostText = token;
  let ports: number[] | null = null;
  const bracket = /^\[([0-9a-f:.]+)\](?::(\d{1,5}|\*))?$/i.exec(token);
  if (bracket) {
    hostText = bracket[1]!;
    ports = parsePort(bracket[2]);
  } else if (token.indexOf(':') !== -1 && token.indexOf(':') === token.lastIndexOf(':')) {
    const colon = token.indexOf(':');
    hostText = token.slice(0, colon);
    const port = token.slice(colon + 1);
    if (!/^(?:\d{1,5}|\*)$/.test(port)) return { value: null, findings };
    ports = parsePort(port);
  }
  if (ports && ports.length === 0) return { value: null, findings: [warningFinding('scope_pattern_invalid', { token }, 'finding_scope_pattern_invalid')] };
  const host = parseHostPattern(hostText, effect, findings);
  return { value: host ? { host, ports, path: null, pathIsPartial: false } : null, findings };
}

function stripWrapping(text: string): string {
  let t = text;
  for (let i = 0; i < 3; i++) {
    const first = t[0];
    const last = t[t.length - 1];
    if (t.length >= 2 && ((first === '`' && last === '`') || (first === '"' && last === '"') || (first === "'" && last === "'") || (first === '<' && last === '>'))) {
      t = t.slice(1, -1).trim();
    }
  }
  return trimTrailing(t, ',;');
}

function parsePort(text: string | undefined): number[] | null {
  if (text === undefined || text === '*') return null;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? [n] : [];
}

function parseCidr(address: string, prefix: number, findings: Finding[]): ParsedToken {
  const ip = parseIpv4(address) ?? parseIpv6(address.toLowerCase());
  const max = ip?.version === 4 ? 32 : 128;
  if (!ip || prefix > max) {
    findings.push(warningFinding('scope_pattern_invalid', { network: `${address}/${prefix}` }, 'finding_scope_pattern_invalid_network'));
    return { value: null, findings };
  }
  const network = maskIp(ip, prefix);
  if (formatIp(network) !== formatIp(ip)) {
    findings.push(warningFinding('scope_cidr_host_bits', { network: `${address}/${prefix}`, read: `${formatIp(network)}/${prefix}` }, 'finding_scope_cidr_host_bits'));
  }
  return { value: { host: { kind: 'ip', network, prefix }, ports: null, path: null, pathIsPartial: false }, findings };
}

function parseUrlToken(token: string, effect: ScopeEffect, findings: Finding[]): ParsedToken {
  let url: URL;
  try {
    url = new URL(SCHEME.test(token) ? token : `http://${token.replace(/^\/\//, '')}`);
  } catch {
    return { value: null, findings };
  }
  const hostText = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (hostText.length === 0) return { value: null, findings };
  const host = parseHostPattern(hostText, effect, findings);
  if (!host) return { value: null, findings };
  let path: string | null = url.pathname;
  let pathIsPartial = false;
  const star = path.indexOf('*');
  if (star !== -1) {
    const rest = path.slice(star).replace(/^\*+/, '');
    path = path.slice(0, star);
    // "/api/*" is a plain prefix; a '*' with more path after it cannot be a prefix: for an inclusion
    // it only ever decides part of a host, for an exclusion the shorter prefix is the safe reading.
    if (rest.length > 0 && effect === 'include') pathIsPartial = true;
  }
  if (path === '/' || path === '') path = null;
  // url.port drops a scheme's default port ("http://x:80"); a port the entry names is kept.
  const explicitPort = EXPLICIT_PORT.exec(SCHEME.test(token) ? token : `//${token.replace(/^\/\//, '')}`)?.[1];
  const ports = explicitPort !== undefined ? parsePort(explicitPort) : null;
  if (ports && ports.length === 0) return { value: null, findings };
  return { value: { host, ports, path, pathIsPartial }, findings };
}

/** Host part of a token: exact name, IP literal, "*.suffix", or a glob. */
export function parseHostPattern(text: string, effect: ScopeEffect, findings: Finding[]): HostPattern | null {
  if (!text.includes('*')) {
    if (text.startsWith('.') && !text.startsWith('..')) {
      const suffix = normalizeHost(text.slice(1));
      if (!suffix || suffix.kind !== 'dns') return null;
      findings.push(warningFinding('scope_pattern_ambiguous', { host: suffix.host }, effect === 'include' ? 'finding_scope_pattern_ambiguous' : 'finding_scope_pattern_ambiguous_exclusion'));
      return { kind: 'wildcard', suffix: suffix.host, apex: effect === 'exclude' };
    }
    const host = normalizeHost(text);
    if (!host) return null;
    // A single label ("Gradle", "applications") is a word in a sentence, not a host a policy would list.
    if (host.kind === 'dns') return host.host.includes('.') ? { kind: 'exact', host: host.host } : null;
    const ip = host.kind === 'ipv4' ? parseIpv4(host.host) : parseIpv6(host.host);
    return ip ? { kind: 'ip', network: ip, prefix: ip.version === 4 ? 32 : 128 } : null;
  }
  const labels = text.toLowerCase().split('.');
  if (labels[labels.length - 1] === '') labels.pop();
  let last = -1;
  for (let i = 0; i < labels.length; i++) if (labels[i]!.includes('*')) last = i;
  const suffixText = labels.slice(last + 1).join('.');
  let suffix = '';
  if (suffixText.length > 0) {
    const normalized = normalizeHost(suffixText);
    if (!normalized || normalized.kind !== 'dns') return null;
    suffix = normalized.host;
  }
  const left = labels.slice(0, last + 1).map((l) => l.replace(/\*{2,}/g, '*'));
  const anyPrefix = left[0] === '*';
  if (anyPrefix) left.shift();
  if (left.length === 0) return { kind: 'wildcard', suffix, apex: false };
  for (const label of left) if (!GLOB_LABEL.test(label)) return null;
  return { kind: 'glob', suffix, labels: left, anyPrefix };
}
