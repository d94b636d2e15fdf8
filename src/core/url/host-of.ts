// Host of a URL. Validation asks for hosts many times per file, so plain ASCII hosts skip the WHATWG parser.

/**
 * An http(s) URL whose host is plain ASCII labels (letters, digits, hyphens; the last one starting with a letter,
 * none starting with "xn--") and whose port, if any, is short digits. For these the WHATWG URL parser only
 * lower-cases the host: no IDNA mapping, no IPv4 forms, nothing removed. Anything else goes to `new URL`.
 */
const PLAIN_HTTP_URL = /^https?:\/\/([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)(?::[0-9]{0,4})?(?:[/?#]|$)/i;

function plainHost(url: string): string | null {
  const m = PLAIN_HTTP_URL.exec(url);
  if (!m) return null;
  const host = m[1]!.toLowerCase();
  const last = host.lastIndexOf('.') + 1;
  const first = host.charCodeAt(last);
  if (first < 0x61 || first > 0x7a) return null; // a last label starting with a digit may be an IPv4 part
  if (host.startsWith('xn--') || host.includes('.xn--')) return null;
  return host;
}

/** The last answer of hostOf: a validation asks for the host of its retrieval URL several times in a row. */
let last: { url: string; host: string | null } = { url: '', host: null };

/** Host of a URL in lower case, or null when it does not parse or has none. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  if (url === last.url) return last.host;
  let host = plainHost(url);
  if (host === null) {
    try {
      host = new URL(url).hostname.toLowerCase() || null;
    } catch {
      host = null;
    }
  }
  last = { url, host };
  return host;
}
