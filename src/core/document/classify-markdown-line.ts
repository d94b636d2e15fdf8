// Line-level recognisers for the Markdown reader. Each one looks at a single line, anchored, with no nested
// quantifiers, so the reader stays linear on hostile input.

export interface ListMarker {
  indent: number;
  /** Column where the item's text starts. */
  contentIndent: number;
  ordered: boolean;
  rest: string;
}

/** Expands leading tabs to 4 columns and returns the indentation width and the rest of the line. */
export function measureIndent(line: string): { indent: number; rest: string } {
  let indent = 0;
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
    indent += line[i] === '\t' ? 4 - (indent % 4) : 1;
    i++;
  }
  return { indent, rest: line.slice(i) };
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

export function matchFence(line: string): { char: string; length: number } | null {
  const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
  if (!m) return null;
  const run = m[1]!;
  if (run[0] === '`' && line.slice(m[0].length).includes('`')) return null;
  return { char: run[0]!, length: run.length };
}

/** Characters `.` does not match: a heading line never contains them. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/** `# Title` … `###### Title` (CommonMark ATX), scanned by hand: at most 3 spaces, 1–6 `#`, then blank or a space or tab. */
export function matchAtxHeading(line: string): { level: number; text: string } | null {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  const hashes = i;
  while (line[i] === '#' && i - hashes < 7) i++;
  const level = i - hashes;
  if (level < 1 || level > 6) return null;
  const rest = line.slice(i);
  if (rest !== '' && rest[0] !== ' ' && rest[0] !== '\t') return null;
  if (LINE_TERMINATOR.test(rest)) return null;
  let text = rest.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end < text.length && (end === 0 || text[end - 1] === ' ')) text = text.slice(0, end).trim();
  return { level, text };
}

/** `<h2>Scope</h2>` on a line of its own, in Markdown. */
export function matchHtmlHeading(line: string): { level: number; text: string } | null {
  const m = /^\s*<h([1-6])(?:\s[^>]*)?>(.*)<\/h([1-6])>\s*$/i.exec(line);
  return m && m[1] === m[3] ? { level: Number(m[1]), text: m[2]! } : null;
}

export function matchSetextUnderline(line: string): 1 | 2 | null {
  const t = line.trim();
  if (t.length === 0 || line.length - line.trimStart().length > 3) return null;
  if (/^=+$/.test(t)) return 1;
  if (/^-+$/.test(t)) return 2;
  return null;
}

export function isThematicBreak(line: string): boolean {
  const t = line.replace(/[ \t]/g, '');
  return t.length >= 3 && (/^\*+$/.test(t) || /^-+$/.test(t) || /^_+$/.test(t));
}

export function matchListMarker(line: string): ListMarker | null {
  const { indent, rest } = measureIndent(line);
  const m = /^([-*+•‣◦▪]|\d{1,9}[.)]|[a-z][.)])( +|\t|$)/.exec(rest);
  if (!m) return null;
  const ordered = /^[\da-z]/.test(m[1]!);
  // "a." or "b)" only as an ordered marker when followed by text, and never "e.g." style words.
  if (/^[a-z]/.test(m[1]!) && (m[2] === '' || /^[a-z]\.[a-z]/i.test(rest))) return null;
  const body = rest.slice(m[0].length);
  if (m[1] === '*' && body.startsWith('.')) return null;
  return { indent, contentIndent: indent + m[1]!.length + Math.max(1, Math.min(4, m[2]!.length)), ordered, rest: body };
}

export function matchBlockquote(line: string): string | null {
  const m = /^ {0,3}> ?/.exec(line);
  return m ? line.slice(m[0].length) : null;
}

/** A table delimiter row: only `|`, `:`, `-` and spaces, with at least one `-` and one `|` (or `---`). */
export function isTableDelimiter(line: string): boolean {
  const t = line.trim();
  if (!t.includes('-') || !/^[|:\- \t]+$/.test(t)) return false;
  return t.includes('|') || /^:?-{3,}:?$/.test(t);
}

export function splitTableCells(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '\\' && t[i + 1] === '|') { cur += '|'; i++; continue; }
    if (t[i] === '|') { cells.push(cur.trim()); cur = ''; continue; }
    cur += t[i];
  }
  cells.push(cur.trim());
  return cells;
}
