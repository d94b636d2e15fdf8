// RFC 3986 URI syntax, checked in one linear pass per component (no backtracking regex over the whole value).

/** Per ASCII code: bit 1 = unreserved or sub-delim; bit 2 = ':', bit 4 = '@' and '/', bit 8 = '?' (the extras of the components). */
const CHAR_CLASS = new Uint8Array(128);
const UNRESERVED_OR_SUBDELIM = 1;
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=") CHAR_CLASS[c.charCodeAt(0)] = UNRESERVED_OR_SUBDELIM;
CHAR_CLASS[0x3a] = 2; // :
CHAR_CLASS[0x40] = 4; // @
CHAR_CLASS[0x2f] = 4; // /
CHAR_CLASS[0x3f] = 8; // ?
/** The `extra` sets of the URI components, as masks over CHAR_CLASS. */
const NONE = UNRESERVED_OR_SUBDELIM;
const USERINFO = NONE | 2;
const PATH = USERINFO | 4;
const QUERY_OR_FRAGMENT = PATH | 8;
const DANGEROUS_SCHEMES = new Set(['javascript', 'data', 'vbscript', 'file', 'blob']);

export interface UriCheck {
  /** Lower-case scheme when the value starts with one, else null. */
  scheme: string | null;
  valid: boolean;
  /** Host of a hierarchical URI (lower case), or null. */
  host: string | null;
  /** Path of a hierarchical URI, or null. */
  path: string | null;
}

/** True for `javascript:`, `data:`, `vbscript:`, `file:` and `blob:` (never rendered as links). */
export function isDangerousScheme(scheme: string | null): boolean {
  return scheme !== null && DANGEROUS_SCHEMES.has(scheme);
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** Every character of text[from, to) is allowed in its component: unreserved, sub-delims, pct-encoded, plus the `mask`'s extras. */
function allowedChars(text: string, mask: number, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25 /* % */) {
      if (i + 2 >= to || !isHex(text.charCodeAt(i + 1)) || !isHex(text.charCodeAt(i + 2))) return false;
      i += 2;
    } else if (c >= 128 || (CHAR_CLASS[c]! & mask) === 0) {
      return false;
    }
  }
  return true;
}

function checkAuthority(authority: string): { ok: boolean; host: string } {
  const at = authority.lastIndexOf('@');
  const userinfo = at === -1 ? '' : authority.slice(0, at);
  const hostPort = at === -1 ? authority : authority.slice(at + 1);
  if (!allowedChars(userinfo, USERINFO)) return { ok: false, host: '' };
  let host: string;
  let port: string;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close === -1) return { ok: false, host: '' };
    host = hostPort.slice(0, close + 1);
    if (!/^\[[0-9A-Fa-f:.]+\]$|^\[v[0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+\]$/.test(host)) return { ok: false, host: '' };
    const rest = hostPort.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) return { ok: false, host: '' };
    port = rest.slice(1);
  } else {
    const colon = hostPort.indexOf(':');
    host = colon === -1 ? hostPort : hostPort.slice(0, colon);
    port = colon === -1 ? '' : hostPort.slice(colon + 1);
    if (!allowedChars(host, NONE)) return { ok: false, host: '' };
  }
  if (!/^[0-9]*$/.test(port)) return { ok: false, host: '' };
  return { ok: true, host: host.toLowerCase() };
}

/** Index of the colon ending a leading scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`), or -1. */
function schemeEnd(value: string): number {
  const first = value.charCodeAt(0) | 0x20;
  if (!(first >= 0x61 && first <= 0x7a)) return -1;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x3a) return i;
    const lower = c | 0x20;
    if (!((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e)) return -1;
  }
  return -1;
}

/** The lower-case scheme a value starts with, or null. */
export function schemeOf(value: string): string | null {
  const end = schemeEnd(value);
  return end === -1 ? null : value.slice(0, end).toLowerCase();
}

/**
 * Checks a value as an RFC 3986 URI (a fragment is tolerated). http(s) URIs also need a host
 * (RFC 9110 §4.2: an http URI with an empty host is invalid). Works on index ranges of the value.
 */
export function checkUri(value: string): UriCheck {
  const colon = schemeEnd(value);
  if (colon === -1) return { scheme: null, valid: false, host: null, path: null };
  const scheme = value.slice(0, colon).toLowerCase();
  const start = colon + 1;
  let end = value.length;
  const hash = value.indexOf('#', start);
  if (hash !== -1) {
    if (!allowedChars(value, QUERY_OR_FRAGMENT, hash + 1, end)) return { scheme, valid: false, host: null, path: null };
    end = hash;
  }
  const question = value.indexOf('?', start);
  if (question !== -1 && question < end) {
    if (!allowedChars(value, QUERY_OR_FRAGMENT, question + 1, end)) return { scheme, valid: false, host: null, path: null };
    end = question;
  }
  let host: string | null = null;
  let pathStart = start;
  if (value.startsWith('//', start)) {
    const slash = value.indexOf('/', start + 2);
    pathStart = slash === -1 || slash > end ? end : slash;
    const a = checkAuthority(value.slice(start + 2, pathStart));
    if (!a.ok) return { scheme, valid: false, host: null, path: null };
    host = a.host;
  }
  if (!allowedChars(value, PATH, pathStart, end)) return { scheme, valid: false, host: null, path: null };
  const path = value.slice(pathStart, end);
  if ((scheme === 'http' || scheme === 'https') && !host) return { scheme, valid: false, host, path };
  return { scheme, valid: true, host, path: host === null ? null : path };
}
