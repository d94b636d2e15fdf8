import { formatIp, parseIpv4, parseIpv6 } from './ip-address.ts';

export type HostKind = 'dns' | 'ipv4' | 'ipv6';

/** A host in its one canonical form: ASCII (punycode), lower case, no trailing dot, IPv6 without brackets. */
export interface NormalizedHost {
  host: string;
  kind: HostKind;
}

const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
/** Characters that end a host inside a URL, or change its meaning: never part of a bare host. */
const NOT_IN_HOST = /[\s/\\?#@%<>^|"'`{}]/;

/**
 * Normalises a host name or IP literal, or returns null when it is not one.
 * Unicode and punycode spellings come out equal (WHATWG URL toASCII); case and one trailing dot are
 * dropped; "[::1]" and "::1" are the same. Never throws. Idempotent: normalizing the output gives it back.
 */
export function normalizeHost(input: string): NormalizedHost | null {
  if (input.length === 0 || input.length > 1024) return null;
  const fast = normalizeAsciiFast(input);
  return fast !== undefined ? fast : normalizeSlow(input);
}

/** The common case, without URL parsing: ASCII letters, digits, '-', '_' and dots. undefined = needs the slow path. */
function normalizeAsciiFast(input: string): NormalizedHost | null | undefined {
  let upper = false;
  let labelLength = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c === 46 /* . */) {
      if (labelLength === 0) return null; // leading dot or empty label
      labelLength = 0;
      continue;
    }
    labelLength++;
    if (labelLength > MAX_LABEL_LENGTH) return null;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95) continue;
    if (c >= 65 && c <= 90) { upper = true; continue; }
    return undefined;
  }
  // A trailing dot: drop exactly one (a second one made an empty label above).
  let host = labelLength === 0 ? input.slice(0, -1) : input;
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return null;
  if (upper) host = host.toLowerCase();
  const last = host.lastIndexOf('.') + 1;
  const c0 = host.charCodeAt(last);
  if (c0 >= 48 && c0 <= 57) {
    // Ends in a number: a plain dotted quad is canonical as it is; other forms (and "0x…") go to the URL parser.
    if (isNumericTail(host)) return parseIpv4(host) ? { host, kind: 'ipv4' } : undefined;
  }
  if (host.startsWith('xn--') || host.includes('.xn--')) return undefined; // punycode must decode
  return { host, kind: 'dns' };
}

/** Last label like "0x1f" or all digits: WHATWG treats the whole host as IPv4. */
function isNumericTail(host: string): boolean {
  const last = host.slice(host.lastIndexOf('.') + 1);
  return /^(?:\d+|0x[0-9a-f]*)$/.test(last);
}

function normalizeSlow(input: string): NormalizedHost | null {
  let text = input.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (text.includes(':')) {
    const v6 = parseIpv6(text.toLowerCase());
    return v6 ? { host: formatIp(v6), kind: 'ipv6' } : null;
  }
  if (text.length === 0 || NOT_IN_HOST.test(text) || text.includes('[') || text.includes(']')) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${text}/`).hostname;
  } catch {
    return null;
  }
  if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  if (ascii.length === 0 || ascii.length > MAX_HOST_LENGTH) return null;
  const v4 = parseIpv4(ascii);
  if (v4) return { host: formatIp(v4), kind: 'ipv4' };
  const labels = ascii.split('.');
  for (const label of labels) {
    if (label.length === 0 || label.length > MAX_LABEL_LENGTH || !/^[a-z0-9_-]+$/.test(label)) return null;
  }
  if (isNumericTail(ascii)) return null;
  return { host: ascii, kind: 'dns' };
}
