import { formatIp } from './ip-address.ts';
import type { HostPattern, ScopePattern } from './scope-pattern.ts';

/** The host part in the user-scope text syntax ("*.example.com", "api-*.example.com", "10.0.0.0/8"). */
export function formatHostPattern(host: HostPattern): string {
  switch (host.kind) {
    case 'exact':
      return host.host;
    case 'wildcard':
      return host.suffix === '' ? '*' : `*.${host.suffix}`;
    case 'glob':
      return [...(host.anyPrefix ? ['*'] : []), ...host.labels, ...(host.suffix === '' ? [] : [host.suffix])].join('.');
    case 'ip': {
      const text = formatIp(host.network);
      const full = host.network.version === 4 ? 32 : 128;
      return host.prefix === full ? text : `${text}/${host.prefix}`;
    }
  }
}

/**
 * Canonical lines for a pattern in the user-scope text syntax: parseScopePattern reads each back to the
 * same coverage and specificity ("example.com and all subdomains" stays one entry). Several ports give
 * one line each.
 */
export function formatScopePattern(pattern: ScopePattern): string[] {
  const { host } = pattern;
  const apex = host.kind === 'wildcard' && host.apex && host.suffix !== '';
  const text = apex ? host.suffix : formatHostPattern(host);
  const bracketed = host.kind === 'ip' && host.network.version === 6 && host.prefix === 128 && (pattern.ports || pattern.path) ? `[${text}]` : text;
  const ports = pattern.ports ? pattern.ports.map((p) => `:${p}`) : [''];
  return ports.map((port) => `${bracketed}${port}${pattern.path ?? ''}${apex ? ' and all subdomains' : ''}`);
}
