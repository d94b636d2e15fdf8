import { parseWebUrl } from '../core/index.ts';

/**
 * The host permissions to ask for so the extension may fetch from `url`'s host, over https and http (match
 * patterns ignore the port). One pattern per scheme: Chrome refuses `*://host/*` ("Only permissions specified in
 * the manifest may be requested") because the manifest's optional hosts are `https://*\/*` and `http://*\/*`.
 * Empty for anything that is not an http(s) URL.
 */
export function originPatternsForUrl(url: string): string[] {
  const parsed = parseWebUrl(url);
  return parsed ? [`https://${parsed.hostname}/*`, `http://${parsed.hostname}/*`] : [];
}

/** The narrowest pattern covering `url` (its own scheme): what `permissions.contains` should be asked. */
export function exactOriginPatternFor(url: string): string | null {
  const parsed = parseWebUrl(url);
  return parsed ? `${parsed.protocol}//${parsed.hostname}/*` : null;
}

/** Unique request patterns for `urls` (both schemes per host), in first-seen order, skipping unusable URLs. */
export function originPatternsFor(urls: readonly string[]): string[] {
  return [...new Set(urls.flatMap(originPatternsForUrl))];
}

/** The host named by a pattern built by originPatternFor (`*://example.com/*` → `example.com`). */
export function hostOfPattern(pattern: string): string {
  const match = /^[^:]*:\/\/([^/]*)\//.exec(pattern);
  return match?.[1] ?? pattern;
}

/**
 * Whether a granted match pattern (`<all_urls>`, `https://*\/*`, `*://*.example.com/*`,
 * `http://example.com/*`) covers `url`'s origin. Paths are ignored: host permissions are per origin.
 */
export function patternCoversUrl(pattern: string, url: string): boolean {
  const parsed = parseWebUrl(url);
  if (!parsed) return false;
  if (pattern === '<all_urls>') return true;
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) return false;
  const [, scheme, hostPart] = match as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== parsed.protocol) return false;
  const host = hostPart.replace(/:\d+$/, '').toLowerCase();
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return parsed.hostname === base || parsed.hostname.endsWith(`.${base}`);
  }
  return parsed.hostname === host;
}
