import { parse } from 'tldts';
import { trimTrailing } from '../scope/trim-trailing.ts';

export interface FoundHost {
  /** Lower-cased host, wildcard host (`*.example.com`), IPv4/IPv6 address or CIDR. */
  value: string;
  kind: 'host' | 'wildcard' | 'ip';
  start: number;
  end: number;
}

// Public suffixes that are more often file extensions in policies ("README.md", "setup.py").
const FILE_LIKE_TLDS = new Set(['md', 'sh', 'py', 'pl', 'rs', 'zip', 'mov', 'pm', 'do', 'so', 'ps', 'cs', 'txt', 'php', 'html']);
const FILE_STEMS = new Set(['readme', 'security', 'building', 'changelog', 'license', 'contributing', 'index', 'setup',
  'install', 'main', 'config', 'code_of_conduct', 'governance', 'support', 'pgp-key', 'policy', 'notice', 'authors']);
const TOKEN = /[A-Za-z0-9*_][A-Za-z0-9._*:/-]*/g;
// Special-use names (RFC 6761, RFC 2606, RFC 6762 .local, ICANN's private-use .internal): no public suffix, but legitimate host names in policies and tests.
export const SPECIAL_USE_TLDS: ReadonlySet<string> = new Set(['test', 'example', 'invalid', 'localhost', 'local', 'internal']);

function isLabel(label: string, first: boolean): boolean {
  if (label.length === 0 || label.length > 63) return false;
  if (first && label === '*') return true;
  if (!/^_?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(label)) return false;
  return true;
}

function ipValue(token: string): string | null {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(token);
  if (v4) {
    const ok = v4.slice(1, 5).every((o) => Number(o) <= 255) && (v4[5] === undefined || Number(v4[5]) <= 32);
    return ok ? token : null;
  }
  if (token.includes(':') && /^[0-9a-fA-F:]+(?:\/\d{1,3})?$/.test(token) && (token.match(/:/g) ?? []).length >= 2 && /[0-9a-fA-F]{1,4}:[0-9a-fA-F]{0,4}:/.test(token)) {
    return token.toLowerCase();
  }
  return null;
}

function hostValue(token: string): FoundHost['kind'] | null {
  const labels = token.split('.');
  if (labels.length < 2 || !labels.every((l, i) => isLabel(l, i === 0))) return null;
  const wildcard = labels[0] === '*';
  const host = (wildcard ? labels.slice(1) : labels).join('.').toLowerCase();
  const info = parse(host);
  const special = SPECIAL_USE_TLDS.has(labels[labels.length - 1]!.toLowerCase());
  if (!(info.isIcann || info.isPrivate || special) || info.hostname !== host || info.domain === null) return null;
  if (/^\d+$/.test(labels[labels.length - 1]!)) return null;
  const tld = labels[labels.length - 1]!.toLowerCase();
  if (FILE_LIKE_TLDS.has(tld) && (/[A-Z]/.test(token) || FILE_STEMS.has(labels[labels.length - 2]!.toLowerCase()))) return null;
  return wildcard ? 'wildcard' : 'host';
}

/** True for a plain host name with a public suffix ("internet.nl") or a special-use one ("shop.test"), not a file name or a wildcard. */
export function isHostToken(token: string): boolean {
  return hostValue(token) === 'host';
}

/**
 * Host names (with a public suffix, or under a special-use name such as `.test`), `*.` wildcards, IP addresses and CIDR blocks in text, skipping the
 * given ranges (e-mail addresses, URLs). One regex pass over candidate tokens, each validated with tldts.
 */
export function findHosts(text: string, skip: ReadonlyArray<{ start: number; end: number }> = []): FoundHost[] {
  const out: FoundHost[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let token = m[0];
    const start = m.index;
    if (skip.some((r) => start < r.end && start + token.length > r.start)) continue;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(token) || token.includes('/') && !ipValue(trimTrailing(token, '.,;:'))) {
      const slash = token.indexOf('/');
      if (slash <= 0 || /:\/\//.test(token)) continue;
      token = token.slice(0, slash);
    }
    token = trimTrailing(token, '.:_-');
    if (token.length < 3 || token.length > 253) continue;
    const ip = ipValue(token);
    if (ip) { out.push({ value: ip, kind: 'ip', start, end: start + token.length }); continue; }
    if (token.includes(':')) continue;
    const kind = hostValue(token);
    if (kind) out.push({ value: token.toLowerCase(), kind, start, end: start + token.length });
  }
  return out;
}
