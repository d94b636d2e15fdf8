/** Longest link we make clickable; longer values stay text. */
const MAX_HREF = 4096;

/**
 * The href for a URL taken from fetched content, or null when it must stay inert text: only
 * absolute http(s) and mailto URLs, normalised by the URL parser.
 */
export function safeHref(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HREF) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return url.username || url.password ? null : url.href;
  if (url.protocol === 'mailto:') return url.href;
  return null;
}
