// Linear SP/HTAB trimming. Regexes like /[ \t]+$/ backtrack quadratically on long runs of blanks
// followed by anything else, so they are never used on file content.

export const isWs = (c: number): boolean => c === 0x20 || c === 0x09;

/** Removes SP and HTAB at both ends. */
export function trimWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWs(text.charCodeAt(start))) start++;
  while (end > start && isWs(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Removes SP and HTAB at the end. */
export function trimWhitespaceEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isWs(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** True when the line is empty or only SP/HTAB. */
export function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWs(text.charCodeAt(i))) return false;
  return true;
}
