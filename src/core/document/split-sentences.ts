import type { Span } from './block.ts';

// Words that end in a full stop without ending a sentence (EN, DE, NL, FR), compared lower-case without the dot.
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'cf', 'incl', 'excl', 'approx', 'inc', 'ltd', 'co', 'corp', 'mr', 'mrs', 'ms', 'dr',
  'prof', 'st', 'no', 'nr', 'fig', 'vol', 'dept', 'min', 'max', 'ca', 'resp', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'z.b', 'bzw', 'd.h', 'u.a', 'usw', 'ggf', 'evtl', 'bspw', 'inkl',
  'bijv', 'o.a', 'm.b.t', 'enz', 'mw', 'dhr', 'p.ex', 'cf', 'av', 'env', 'art', 'abs', 'para', 'sec', 'ch',
]);

const CLOSERS = new Set(['"', "'", ')', ']', '”', '’', '»', '*']);

function isUpperOrDigitStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (/[0-9"'“‘«([<*`_-]/.test(ch)) return true;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The word just before position `dot` (letters and inner dots), lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  const stop = Math.max(0, dot - 20);
  while (i >= stop && /[\p{L}.]/u.test(text[i]!)) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/**
 * Splits plain text into sentence spans in one left-to-right pass. A sentence ends at a line break, or at
 * `.`, `!`, `?` (plus closing quotes or brackets) followed by white space and a capital, digit or quote;
 * known abbreviations and single initials do not end one.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      pushTrimmed(text, start, i, out);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '。') continue;
    let j = i + 1;
    while (j < n && CLOSERS.has(text[j]!)) j++;
    if (j < n && text[j] !== ' ' && text[j] !== '\t' && text[j] !== '\n') continue;
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k < n && text[k] !== '\n' && !isUpperOrDigitStart(text[k])) continue;
    if (ch === '.') {
      const word = wordBefore(text, i);
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    pushTrimmed(text, start, j, out);
    start = j;
    i = j - 1;
  }
  pushTrimmed(text, start, n, out);
  return out;
}
