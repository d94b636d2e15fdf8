import { stripHidden } from './hidden-characters.ts';
import { toWellFormed } from './percent-encode.ts';

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]+/g;

/** One line of header text: every control character run (CR, LF, TAB, …) becomes one space. */
export function sanitizeHeaderText(text: string, maxChars = 250): string {
  const flat = toWellFormed(text.slice(0, maxChars * 4 + 16)).replace(CONTROLS, ' ').trim();
  return truncateCodePoints(flat, maxChars);
}

/**
 * Fetched text shown inside a report (a URL, a policy quote): no controls, no bidi overrides or
 * zero-width characters that would make it read differently from what it is, bounded length.
 */
export function sanitizeFetchedText(text: string, maxChars = 300): string {
  const clean = stripHidden(toWellFormed(text.slice(0, maxChars * 4 + 16))).replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
  return truncateCodePoints(clean, maxChars);
}

/** Text the user typed: line breaks normalised to LF, other controls except TAB removed. */
export function normalizeUserText(text: string): string {
  return toWellFormed(text)
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** Cuts after `max` code points (never inside a surrogate pair), with an ellipsis. */
export function truncateCodePoints(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/** Fetched text inside a finding message: quoted, without controls or bidi tricks (terminals print it). */
export function quoteForMessage(text: string, maxChars = 120): string {
  return `"${sanitizeFetchedText(text, maxChars)}"`;
}
