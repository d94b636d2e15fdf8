import { decodeHTML, DecodingMode } from 'entities/decode';

/**
 * Decodes HTML character references in Markdown and plain text (`&name;`, `&#NN;`, `&#xHH;`) with `entities`, the
 * decoder htmlparser2 uses for HTML, so the three formats decode alike. Strict mode: a reference needs its `;`, as
 * in CommonMark, so "AT&T" or "&copy 2024" stay as written. Invalid code points become U+FFFD.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text, DecodingMode.Strict) : text;
}
