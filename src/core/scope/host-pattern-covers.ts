import { ipInNetwork, parseIpv4, parseIpv6 } from './ip-address.ts';
import { matchLabelGlob } from './match-label-glob.ts';
import type { NormalizedHost } from './normalize-host.ts';
import type { HostPattern } from './scope-pattern.ts';
import { matchTldGlob } from './match-scope-rules.ts';

/**
 * Whether a host pattern covers a normalised host, checked directly (no index). The reference semantics
 * that matchScopeRules implements with its suffix index; also used for the few phrases that mention hosts.
 */
export function hostPatternCovers(pattern: HostPattern, target: NormalizedHost): boolean {
  if (pattern.kind === 'ip') {
    if (target.kind === 'dns') return false;
    const address = target.kind === 'ipv4' ? parseIpv4(target.host) : parseIpv6(target.host);
    return address !== null && ipInNetwork(address, pattern.network, pattern.prefix);
  }
  if (target.kind !== 'dns') return false;
  const host = target.host;
  if (pattern.kind === 'exact') return host === pattern.host;
  const suffix = pattern.suffix;
  let left: string;
  if (suffix === '') left = host;
  else if (host === suffix) return pattern.kind === 'wildcard' && pattern.apex;
  else if (host.endsWith(`.${suffix}`)) left = host.slice(0, host.length - suffix.length - 1);
  else return false;
  if (pattern.kind === 'wildcard') return true;
  const n = pattern.labels.length;
  const tld = suffix === '' && pattern.labels[n - 1] === '*';
  // Count the labels before splitting: most hosts fail on their number of labels, without allocating.
  let count = 1;
  for (let i = 0; i < left.length; i++) if (left.charCodeAt(i) === 46) count++;
  if (tld || pattern.anyPrefix ? count < n + (pattern.anyPrefix ? 1 : 0) : count !== n) return false;
  const labels = left.split('.');
  if (tld) return matchTldGlob(pattern.labels, pattern.anyPrefix, labels);
  return pattern.labels.every((glob, i) => matchLabelGlob(glob, labels[labels.length - n + i]!));
}
