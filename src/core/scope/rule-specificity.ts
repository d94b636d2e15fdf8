import type { HostPattern, ScopePattern } from './scope-pattern.ts';

function countLabels(suffix: string): number {
  if (suffix === '') return 0;
  let n = 1;
  for (let i = 0; i < suffix.length; i++) if (suffix.charCodeAt(i) === 46) n++;
  return n;
}

/**
 * How specific a host pattern is: 4 per literal label, 3 per glob label, 1 per single-label '*',
 * +2 for an exact name, +1 for a wildcard. So `a.example.com` (14) > `api-*.example.com` (11) >
 * `*.example.com` (9), and `*.b.example.com` (13) > `*.example.com`. IP rules use their prefix length.
 */
export function hostSpecificity(host: HostPattern): number {
  switch (host.kind) {
    case 'exact':
      return 4 * countLabels(host.host) + 2;
    case 'wildcard':
      return 4 * countLabels(host.suffix) + 1;
    case 'glob': {
      let s = 4 * countLabels(host.suffix);
      for (const label of host.labels) s += label === '*' ? 1 : 3;
      return s;
    }
    case 'ip':
      return host.prefix;
  }
}

/** Host specificity first; among equal hosts a named port, then a longer path prefix, is more specific. */
export function ruleSpecificity(pattern: ScopePattern): number {
  return hostSpecificity(pattern.host) * 4096 + (pattern.ports ? 2048 : 0) + Math.min(pattern.path?.length ?? 0, 2047);
}
