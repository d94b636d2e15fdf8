import type { ScopePhrase, ScopeRule } from './compiled-scope.ts';
import { formatHostPattern } from './format-scope-pattern.ts';
import type { ScopePattern } from './scope-pattern.ts';

const ORIGIN_LABELS: Readonly<Record<string, string>> = { policy: 'the policy', user: 'your program scope', burp: 'your Burp scope' };

/** "the policy", "your program scope", "your Burp scope". */
export function describeOrigin(origin: string): string {
  return ORIGIN_LABELS[origin] ?? origin;
}

/** `the out-of-scope entry "x" of the policy`. */
export function describeRule(rule: ScopeRule | ScopePhrase): string {
  return `the ${rule.effect === 'include' ? 'in-scope' : 'out-of-scope'} entry "${rule.text}" of ${describeOrigin(rule.origin)}`;
}

/** What a pattern covers, in words: " (any subdomain of example.com)", "" for a plain host. */
export function describeCoverage(pattern: ScopePattern): string {
  const h = pattern.host;
  const parts: string[] = [];
  if (h.kind === 'wildcard') {
    parts.push(h.suffix === '' ? 'every host' : h.apex ? `${h.suffix} and all its subdomains` : `any subdomain of ${h.suffix}, not ${h.suffix} itself`);
  } else if (h.kind === 'glob') {
    parts.push(`names matching ${formatHostPattern(h)}, '*' within one label`);
  } else if (h.kind === 'ip' && h.prefix < (h.network.version === 4 ? 32 : 128)) {
    parts.push(`the network ${formatHostPattern(h)}`);
  }
  const limits = describeLimits(pattern);
  if (limits) parts.push(limits);
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}

/** The port and path part of a pattern: "port 8443", "paths under /admin". Empty when it has none. */
export function describeLimits(pattern: ScopePattern): string {
  const parts: string[] = [];
  if (pattern.ports) parts.push(`port ${pattern.ports.join(' or ')}`);
  if (pattern.path !== null) parts.push(pattern.pathIsPartial ? `some paths starting with ${pattern.path}` : `paths under ${pattern.path}`);
  else if (pattern.pathIsPartial) parts.push('some paths only');
  return parts.join(', ');
}
