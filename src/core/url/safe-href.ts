/** Longest link we make clickable; longer values stay text. */
const MAX_HREF = 4096;

/**
 * The href for a URL taken from fetched content, or null when it must stay inert text: only
 * absolute http(s) and mailto URLs, normalised by the URL parser.
 */
export function safeHref(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HREF) return null;
  // A bare address (invalid in security.txt, but what people write) is still a way to reach them.
  if (isBareEmail(trimmed)) return `mailto:${trimmed}`;
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

/** `name@example.com` with nothing that could smuggle a query or a header into a mailto: link. */
function isBareEmail(value: string): boolean {
  return value.length <= 254 && /^[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$/.test(value);
}
