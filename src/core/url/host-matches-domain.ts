/**
 * Whether `host` is `domain` or one of its subdomains. `domain` may be written `*.example.com`,
 * `example.com`, `.example.com` or a URL; comparison ignores case, a trailing dot and the port.
 */
export function hostMatchesDomain(host: string, domain: string): boolean {
  const h = toBareHost(host);
  const d = toBareHost(domain.trim().replace(/^\*?\./, ''));
  if (!h || !d) return false;
  return h === d || h.endsWith(`.${d}`);
}

/**
 * Lower-case host without port or trailing dot; accepts a bare host or a URL. Empty when unusable. No IDN
 * handling: for scope matching use core/scope normalizeHost, which also maps Unicode labels to ASCII.
 */
export function toBareHost(value: string): string {
  let host = value.trim().toLowerCase();
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname;
    } catch {
      return '';
    }
  }
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.indexOf(':');
  if (colon !== -1 && host.indexOf(':', colon + 1) === -1) host = host.slice(0, colon);
  const slash = host.indexOf('/');
  if (slash !== -1) host = host.slice(0, slash);
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

/** The first scope override that applies to `host`, the most specific domain winning. */
export function pickForHost<T extends { appliesTo: string }>(host: string, items: readonly T[]): T | null {
  let best: T | null = null;
  for (const item of items) {
    if (!hostMatchesDomain(host, item.appliesTo)) continue;
    if (!best || toBareHost(item.appliesTo).length > toBareHost(best.appliesTo).length) best = item;
  }
  return best;
}
