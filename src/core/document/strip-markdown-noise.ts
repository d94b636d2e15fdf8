/** Blanks a leading YAML/TOML front-matter block (`---` … `---`), keeping line numbers. */
export function stripFrontMatter(text: string): string {
  const m = /^(---|\+\+\+)[ \t]*\n/.exec(text);
  if (!m) return text;
  const fence = m[1]!;
  let pos = m[0].length;
  for (let n = 0; n < 500 && pos < text.length; n++) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end === -1 ? text.length : end).trim();
    if (line === fence || (fence === '---' && line === '...')) {
      const cut = end === -1 ? text.length : end;
      return text.slice(0, cut).replace(/[^\n]/g, '') + text.slice(cut);
    }
    if (end === -1) break;
    pos = end + 1;
  }
  return text;
}

/**
 * Policies pasted as comments ("# What to include:", "# - Steps to reproduce") are not headings: a run of
 * three or more consecutive lines that all start with "# " loses that prefix (real ATX headings are rarely
 * stacked without a blank line or text between them).
 */
export function stripHashCommentRuns(lines: string[]): string[] {
  const out = [...lines];
  let i = 0;
  while (i < out.length) {
    if (!/^# \S/.test(out[i]!) && out[i] !== '#') { i++; continue; }
    let j = i;
    while (j < out.length && (/^# /.test(out[j]!) || out[j] === '#')) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out[k] = out[k]!.replace(/^# ?/, '');
    i = j;
  }
  return out;
}

/** Replaces every `<!-- … -->` with nothing but its line breaks (an unclosed one runs to the end). */
export function stripHtmlComments(text: string): string {
  if (!text.includes('<!--')) return text;
  let out = '';
  let last = 0;
  for (let i = text.indexOf('<!--'); i !== -1; i = text.indexOf('<!--', last)) {
    const end = text.indexOf('-->', i + 4);
    const stop = end === -1 ? text.length : end + 3;
    out += text.slice(last, i) + text.slice(i, stop).replace(/[^\n]/g, '');
    last = stop;
    if (end === -1) break;
  }
  return out + text.slice(last);
}
