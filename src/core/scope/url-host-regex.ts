import type { HostPattern } from './scope-pattern.ts';
import { escapeRegex, hostPatternRegexBody } from './burp-host-regex.ts';

// One character of a URL's host part: never the '/', '?', '#', ':' or '@' that end it, so a host regex
// inside a whole-URL regex cannot reach into the port, path or userinfo ("https://evil.test/.example.com").
const HOST_CHAR = '[^/?#:@]';
const LABEL_CHAR = '[^/?#:@.]';

/**
 * The body of a regex for the host part of a URL, matching exactly the hosts a pattern covers, on label
 * boundaries: `(?:[^/?#:@]+\.)?example\.com`, `[^/?#:@]+\.example\.com`, `api-[^/?#:@.]*\.example\.com`;
 * an IPv6 address in brackets. Null for IPv6 networks. Every quantifier is followed by a literal dot or
 * the end of the host: linear to match.
 */
export function urlHostRegexBody(host: HostPattern): string | null {
  switch (host.kind) {
    case 'exact':
      return escapeRegex(host.host);
    case 'wildcard':
      if (host.suffix === '') return `${HOST_CHAR}+`;
      return `${host.apex ? `(?:${HOST_CHAR}+\\.)?` : `${HOST_CHAR}+\\.`}${escapeRegex(host.suffix)}`;
    case 'glob': {
      const labels = host.labels.map((l) => (l === '*' ? `${LABEL_CHAR}+` : l.split('*').map(escapeRegex).join(`${LABEL_CHAR}*`)));
      const suffix = host.suffix === '' ? '' : `\\.${escapeRegex(host.suffix)}`;
      return `${host.anyPrefix ? `${HOST_CHAR}+\\.` : ''}${labels.join('\\.')}${suffix}`;
    }
    case 'ip': {
      const body = hostPatternRegexBody(host);
      return body === null ? null : host.network.version === 6 ? `\\[${body}\\]` : body;
    }
  }
}
