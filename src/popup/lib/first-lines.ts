/**
 * The first `max` lines of `text` (LF, CRLF or lone CR) and whether more follow. One pass that stops
 * after line `max`, so the cost is bounded by what is shown (a 10 MB single line is one slice).
 */
export function firstLines(text: string, max: number): { lines: string[]; more: boolean } {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    lines.push(text.slice(start, i));
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
    if (lines.length === max) return { lines, more: start < text.length };
  }
  if (start < text.length || lines.length === 0) lines.push(text.slice(start));
  return { lines, more: false };
}
