import type { HostPattern } from './scope-pattern.ts';
import { formatIp } from './ip-address.ts';

/** Escapes a literal for a Java/JS regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The body (no anchors) of a regex matching exactly the hosts a pattern covers, on label boundaries:
 * `(?:.*\.)?example\.com` for "example.com and all subdomains", `.*\.example\.com` for "*.example.com",
 * `api-[^.]*\.example\.com` for a glob. Null for what a regex cannot say well (IPv6 networks).
 * None has nested quantifiers: each `.*` is followed by a literal dot or the end.
 */
export function hostPatternRegexBody(host: HostPattern): string | null {
  switch (host.kind) {
    case 'exact':
      return escapeRegex(host.host);
    case 'wildcard':
      if (host.suffix === '') return '.*';
      return `${host.apex ? '(?:.*\\.)?' : '.*\\.'}${escapeRegex(host.suffix)}`;
    case 'glob': {
      const labels = host.labels.map((l) => (l === '*' ? '[^.]+' : l.split('*').map(escapeRegex).join('[^.]*')));
      const suffix = host.suffix === '' ? '' : `\\.${escapeRegex(host.suffix)}`;
      return `${host.anyPrefix ? '.*\\.' : ''}${labels.join('\\.')}${suffix}`;
    }
    case 'ip':
      return host.network.version === 4 ? ipv4NetworkRegex(host.network.words[0]!, host.prefix) : host.prefix === 128 ? escapeRegex(formatIp(host.network)) : null;
  }
}

/** An IPv4 network as a regex: whole octets literal, the partial octet as an alternation (at most 256). */
function ipv4NetworkRegex(network: number, prefix: number): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256);
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) {
    const bits = Math.max(0, Math.min(8, prefix - i * 8));
    if (bits === 8) parts.push(String(octets[i]));
    else if (bits === 0) parts.push('(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)');
    else {
      const size = 2 ** (8 - bits);
      const values = Array.from({ length: size }, (_, k) => octets[i]! + k);
      parts.push(`(?:${values.join('|')})`);
    }
  }
  return parts.join('\\.');
}
