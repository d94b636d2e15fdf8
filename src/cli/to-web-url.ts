import { MAX_URL_LENGTH, parseWebUrl } from '../core/index.ts';

/** A scheme (`https:`, `mailto:`), told apart from `host:port` by what follows the colon. */
export const SCHEME = /^([a-z][a-z0-9+.-]*:)(?!\d)/i;
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Whether a URL's host is a plausible host name: dotted labels, an IP literal, or localhost. */
function isPlausibleHost(hostname: string): boolean {
  if (hostname.startsWith('[') || IPV4.test(hostname) || hostname === 'localhost') return true;
  const labels = hostname.replace(/\.$/, '').split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label));
}

/**
 * The page a command is about, as httpx and nuclei take it: an absolute http(s) URL, or a bare host
 * (`example.com`, `example.com:8443/path`, `[::1]:8443`) meaning https://host/. Anything else is null:
 * another scheme (`mailto:`), user info, spaces, a single word that is no host (a mistyped command), over-long input.
 */
export function toWebUrl(value: string): URL | null {
  const text = value.trim();
  if (text.length === 0 || text.length > MAX_URL_LENGTH) return null;
  if (SCHEME.test(text)) return parseWebUrl(text);
  if (/[\s\\@]/.test(text) || text.startsWith('/')) return null;
  const url = parseWebUrl(`https://${text}`);
  return url && isPlausibleHost(url.hostname) ? url : null;
}
