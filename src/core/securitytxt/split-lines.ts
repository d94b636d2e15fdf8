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
 */
export function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push({ number: lines.length + 1, text: text.slice(start, i), ending: 'lf' });
      start = i + 1;
    } else if (c === 13) {
      const crlf = text.charCodeAt(i + 1) === 10;
      lines.push({ number: lines.length + 1, text: text.slice(start, i), ending: crlf ? 'crlf' : 'cr' });
      if (crlf) i++;
      start = i + 1;
    }
  }
  if (start < text.length) lines.push({ number: lines.length + 1, text: text.slice(start), ending: 'none' });
  return lines;
}
