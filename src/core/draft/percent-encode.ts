const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone UTF-16 surrogates (which have no UTF-8 form) with U+FFFD. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * UTF-8 percent-encoding of everything outside RFC 3986 `unreserved` (ALPHA DIGIT - . _ ~).
 * Stricter than RFC 6068 needs: no `&`, `=`, `?`, `#`, `%` or line break can survive literally.
 */
export function percentEncode(text: string): string {
  return encodeURIComponent(toWellFormed(text)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
