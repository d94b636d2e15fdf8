/**
 * The first `max` lines of `text` (LF, CRLF or lone CR) and whether more follow. Native indexOf with
 * positions that only move forward: linear, and it stops after line `max` (a 10 MB line costs two scans).
 */
export function firstLines(text: string, max: number): { lines: string[]; more: boolean } {
  const lines: string[] = [];
  let start = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lines.length < max) {
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (end === -1) {
      if (start < text.length || lines.length === 0) lines.push(text.slice(start));
      return { lines, more: false };
    }
    lines.push(text.slice(start, end));
    start = end + (end === cr && lf === end + 1 ? 2 : 1);
  }
  return { lines, more: start < text.length };
}
