// Full-width digits and Latin letters (CJK text writes "３営業日", "ＤｏＳ"): one code unit each, like their ASCII forms.
const FULL_WIDTH = /[０-９ａ-ｚ]/g;
const toHalfWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * Lower-cases text for matching while keeping every character at its offset (so a match position is also a
 * position in the original): typographic quotes and the Ukrainian apostrophe ʼ become ASCII, dashes become '-',
 * NBSP a space, full-width digits and letters their ASCII forms.
 */
export function normalizeForMatch(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    return lower.replace(/[’‘`´ʼ]/g, "'").replace(/[“”„«»]/g, '"').replace(/[–—‐‑]/g, '-').replace(/[\u00a0\n\t]/g, ' ')
      .replace(FULL_WIDTH, toHalfWidth);
  }
  let out = '';
  for (const ch of text) {
    let c: string;
    if (ch === '’' || ch === '‘' || ch === '`' || ch === '´' || ch === 'ʼ') c = "'";
    else if (ch === '“' || ch === '”' || ch === '„' || ch === '«' || ch === '»') c = '"';
    else if (ch === '–' || ch === '—' || ch === '‐' || ch === '‑') c = '-';
    else if (ch === '\u00a0' || ch === '\n' || ch === '\t') c = ' ';
    // Turkish dotted capital I lower-cases to two code units (i + U+0307): it is the letter i.
    else if (ch === 'İ') c = 'i';
    else {
      const lower = ch.toLowerCase();
      c = lower.length === ch.length ? lower.replace(FULL_WIDTH, toHalfWidth) : ch;
    }
    out += c.length === ch.length ? c : ch;
  }
  return out;
}
