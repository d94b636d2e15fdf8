/** One physical line: its text without terminator, its 1-based number and how it ended. */
export interface PhysicalLine {
  number: number;
  text: string;
  /** `lf`, `crlf`, a bare `cr` (an error in security.txt) or `none` (last line without terminator). */
  ending: 'lf' | 'crlf' | 'cr' | 'none';
}

/**
 * Splits text into physical lines in one linear pass. LF ends a line, CR LF is one terminator, a CR not
 * followed by LF also ends a line (reported by the caller). Nothing else ends a line (no VT, FF, NEL, U+2028).
 * An empty text has no lines; a final terminator does not start an extra empty line.
 * Terminators are found with indexOf (the next CR is searched again only once passed), so each character is
 * looked at natively, at most twice.
 */
export function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (start < text.length) {
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (lf === -1 && cr === -1) break;
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      lines.push({ number: lines.length + 1, text: text.slice(start, lf), ending: 'lf' });
      start = lf + 1;
    } else {
      const crlf = lf === cr + 1;
      lines.push({ number: lines.length + 1, text: text.slice(start, cr), ending: crlf ? 'crlf' : 'cr' });
      start = crlf ? lf + 1 : cr + 1;
    }
  }
  if (start < text.length) lines.push({ number: lines.length + 1, text: text.slice(start), ending: 'none' });
  return lines;
}
