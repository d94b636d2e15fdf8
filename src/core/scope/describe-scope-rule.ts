import type { ScopePhrase, ScopeRule } from './compiled-scope.ts';
import { formatHostPattern } from './format-scope-pattern.ts';
import type { ScopePattern } from './scope-pattern.ts';
import { joinMessages, msg, type Message, type MessageParam } from '../message/message.ts';

const ORIGIN_MESSAGES: Readonly<Record<string, string>> = { policy: 'origin_policy', user: 'origin_user', burp: 'origin_burp' };

/** "the policy", "your program scope", "your Burp scope"; another origin as it is named. */
export function describeOrigin(origin: string): MessageParam {
  const id = ORIGIN_MESSAGES[origin];
  return id ? msg(id) : origin;
}

/** `the out-of-scope entry "x" of the policy`. */
export function describeRule(rule: ScopeRule | ScopePhrase): Message {
  return msg(rule.effect === 'include' ? 'rule_include' : 'rule_exclude', { text: rule.text, origin: describeOrigin(rule.origin) });
}

/** What a pattern covers, in words: " (any subdomain of example.com)", "" for a plain host. */
export function describeCoverage(pattern: ScopePattern): MessageParam {
  const h = pattern.host;
  const parts: Message[] = [];
  if (h.kind === 'wildcard') {
    parts.push(h.suffix === '' ? msg('coverage_everyHost') : h.apex ? msg('coverage_apexAndSubdomains', { suffix: h.suffix }) : msg('coverage_subdomainsOnly', { suffix: h.suffix }));
  } else if (h.kind === 'glob') {
    parts.push(msg('coverage_glob', { pattern: formatHostPattern(h) }));
  } else if (h.kind === 'ip' && h.prefix < (h.network.version === 4 ? 32 : 128)) {
    parts.push(msg('coverage_network', { network: formatHostPattern(h) }));
  }
  const limits = describeLimits(pattern);
  if (limits) parts.push(limits);
  const joined = joinMessages(parts);
  return joined ? msg('coverage_parenthesised', { parts: joined }) : '';
}

/** The port and path part of a pattern: "port 8443", "paths under /admin". Null when it has none. */
export function describeLimits(pattern: ScopePattern): Message | null {
  const parts: Message[] = [];
  if (pattern.ports) {
    const ports = pattern.ports.map(String);
    parts.push(ports.length === 1 ? msg('limits_port', { port: ports[0]! }) : msg('limits_ports', { first: ports.slice(0, -1).join(', '), last: ports[ports.length - 1]! }));
  }
  if (pattern.path !== null) parts.push(msg(pattern.pathIsPartial ? 'limits_somePathsStarting' : 'limits_pathsUnder', { path: pattern.path }));
  else if (pattern.pathIsPartial) parts.push(msg('limits_somePathsOnly'));
  return joinMessages(parts, 'list_comma');
}
