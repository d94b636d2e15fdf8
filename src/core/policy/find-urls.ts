export interface FoundUrl {
  url: string;
  start: number;
  end: number;
}

const URL_CHAR = /[^\s<>"'`{}|\\^]/;

/** Bare http(s) URLs in text, trimmed of trailing punctuation and unbalanced closing brackets (linear). */
export function findUrls(text: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  for (;;) {
    const a = lower.indexOf('http', from);
    if (a === -1) break;
    from = a + 4;
    const scheme = lower.startsWith('https://', a) ? 8 : lower.startsWith('http://', a) ? 7 : 0;
    if (scheme === 0 || (a > 0 && /[A-Za-z0-9]/.test(text[a - 1]!))) continue;
    let e = a + scheme;
    while (e < text.length && e - a < 2048 && URL_CHAR.test(text[e]!)) e++;
    let url = text.slice(a, e);
    for (;;) {
      const last = url[url.length - 1];
      if (last !== undefined && '.,;:!?*'.includes(last)) { url = url.slice(0, -1); continue; }
      if (last === ')' && count(url, '(') < count(url, ')')) { url = url.slice(0, -1); continue; }
      if (last === ']' && count(url, '[') < count(url, ']')) { url = url.slice(0, -1); continue; }
      break;
    }
    from = Math.max(from, e);
    if (url.length <= scheme) continue;
    out.push({ url, start: a, end: a + url.length });
  }
  return out;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
