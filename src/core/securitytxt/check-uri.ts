// RFC 3986 URI syntax, checked in one linear pass per component (no backtracking regex over the whole value).

const UNRESERVED_OR_SUBDELIM = /^[A-Za-z0-9\-._~!$&'()*+,;=]$/;
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

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9A-Fa-f]$/.test(c);
}

/** Every character is allowed in its component: unreserved, sub-delims, pct-encoded, plus `extra`. */
function allowedChars(text: string, extra: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '%') {
      if (!isHex(text[i + 1]) || !isHex(text[i + 2])) return false;
      i += 2;
    } else if (!UNRESERVED_OR_SUBDELIM.test(c) && !extra.includes(c)) {
      return false;
    }
  }
  return true;
}

function checkAuthority(authority: string): { ok: boolean; host: string } {
  const at = authority.lastIndexOf('@');
  const userinfo = at === -1 ? '' : authority.slice(0, at);
  const hostPort = at === -1 ? authority : authority.slice(at + 1);
  if (!allowedChars(userinfo, ':')) return { ok: false, host: '' };
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
    if (!allowedChars(host, '')) return { ok: false, host: '' };
  }
  if (!/^[0-9]*$/.test(port)) return { ok: false, host: '' };
  return { ok: true, host: host.toLowerCase() };
}

/**
 * Checks a value as an RFC 3986 URI (a fragment is tolerated). http(s) URIs also need a host
 * (RFC 9110 §4.2: an http URI with an empty host is invalid).
 */
export function checkUri(value: string): UriCheck {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value);
  if (!m) return { scheme: null, valid: false, host: null, path: null };
  const scheme = m[1]!.toLowerCase();
  let rest = value.slice(m[0].length);
  const invalid: UriCheck = { scheme, valid: false, host: null, path: null };
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    if (!allowedChars(rest.slice(hash + 1), ':@/?')) return invalid;
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question !== -1) {
    if (!allowedChars(rest.slice(question + 1), ':@/?')) return invalid;
    rest = rest.slice(0, question);
  }
  let host: string | null = null;
  let path = rest;
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
    path = slash === -1 ? '' : rest.slice(slash);
    const a = checkAuthority(authority);
    if (!a.ok) return invalid;
    host = a.host;
  }
  if (!allowedChars(path, ':@/')) return invalid;
  if ((scheme === 'http' || scheme === 'https') && !host) return { scheme, valid: false, host, path };
  return { scheme, valid: true, host, path: host === null ? null : path };
}
