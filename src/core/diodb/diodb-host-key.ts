import { parse } from 'tldts';

/** A host as the index files it: lower case, no trailing dot, no leading "www.". Null when not a host name. */
export function diodbHostKey(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  if (h.length < 3 || h.length > 253 || !/^[a-z0-9.-]+$/.test(h) || !h.includes('.')) return null;
  const info = parse(h, { allowPrivateDomains: true });
  return info.domain && (info.isIcann || info.isPrivate) && !info.isIp ? h : null;
}

/** The registrable domain of a host key (private suffixes such as github.io count as public). */
export function registrableDomain(host: string): string | null {
  return parse(host, { allowPrivateDomains: true }).domain ?? null;
}
