/** Longest URL accepted across the message boundary (browsers cap around 2 MB; nothing legitimate is longer). */
export const MAX_URL_LENGTH = 8192;

/** Whether `value` is an absolute http(s) URL: the only pages Scopecheck checks. */
export function isWebUrl(value: string): boolean {
  return value.length <= MAX_URL_LENGTH && parseWebUrl(value) !== null;
}

/** The URL when `value` is an absolute http(s) URL, else null. */
export function parseWebUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The cache and draft key of a page: its host with port (`example.com`, `example.com:8443`). */
export function siteKeyOf(url: string): string {
  return new URL(url).host.toLowerCase();
}
