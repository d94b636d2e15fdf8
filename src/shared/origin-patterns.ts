/**
 * The host permission pattern that lets the extension fetch from `url`'s host over http and https
 * (match patterns ignore the port). Null for anything that is not an http(s) URL.
 */
export function originPatternFor(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return `*://${parsed.hostname}/*`;
  } catch {
    return null;
  }
}

/** Unique patterns for `urls`, in first-seen order, skipping unusable URLs. */
export function originPatternsFor(urls: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const url of urls) {
    const pattern = originPatternFor(url);
    if (pattern) seen.add(pattern);
  }
  return [...seen];
}

/** The host named by a pattern built by originPatternFor (`*://example.com/*` → `example.com`). */
export function hostOfPattern(pattern: string): string {
  const match = /^[^:]*:\/\/([^/]*)\//.exec(pattern);
  return match?.[1] ?? pattern;
}
