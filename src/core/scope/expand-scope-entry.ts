/** At most this many hosts come out of one entry's alternations and ranges; more is read as a '*' label. */
export const MAX_EXPANSIONS = 256;
const MAX_RANGE = 1000;
const HOST_CHAR = /^[a-z0-9*_-]$/i;
const ALTERNATIVE = /^[a-z0-9*_.-]{0,63}$/i;
const RANGE = /^(\d{1,6}) ?(?:to|-|–|\.\.|…) ?(\d{1,6})$/i;
const GROUP_CLOSE: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
// Cheap test first: only these characters can start a group, a defanged dot or a stray space at a dot.
const MAY_EXPAND = /[([{]| \.|\. /;

/** Index of the next '(', '[' or '{' from `from`, or the text's length. */
function findOpening(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (GROUP_CLOSE[text[i]!] !== undefined) return i;
  return text.length;
}

export interface ExpandedEntry {
  /** The tokens the entry stands for (one when it has no group); empty when it was not a host spelling. */
  tokens: string[];
  /** A group was too large to list: its label became '*' (a broader reading, safe only for exclusions). */
  broadened: boolean;
}

/**
 * Spellings of several hosts in one entry, expanded into plain tokens: alternations
 * ("example.(com|co.uk)", "{www,api}.example.com"), numbered ranges ("node(1to8).example.com",
 * "node[1-8]", "node{1..8}"), defanged dots ("example[.]com") and stray spaces around dots
 * ("*. example.com"). Returns null when the text has none of these, so it is parsed as it is. Hand-written
 * scanner: one pass per group, bounded by MAX_EXPANSIONS.
 */
export function expandScopeEntry(raw: string): ExpandedEntry | null {
  if (!MAY_EXPAND.test(raw)) return null;
  let text = raw.replace(/\[\.\]|\(\.\)|\{\.\}/g, '.');
  // "*. example.com", "app .example.com", "example.(com | co.uk)": spaces inside one host spelling.
  const joined = text.replace(/ ?([.|]) ?/g, '$1').replace(/([([{]) /g, '$1').replace(/ ([)\]}])/g, '$1');
  if (!joined.includes(' ')) text = joined;
  if (text.includes(' ')) return text === raw ? null : { tokens: [text], broadened: false };
  let tokens = [''];
  let broadened = false;
  let changed = text !== raw;
  let i = 0;
  while (i < text.length) {
    const open = findOpening(text, i);
    if (open > i) {
      const literal = text.slice(i, open);
      tokens = tokens.map((t) => t + literal);
      i = open;
      if (i >= text.length) break;
    }
    const c = text[i]!;
    const end = text.indexOf(GROUP_CLOSE[c]!, i + 1);
    const before = i === 0 ? '' : text[i - 1]!;
    const options = end !== -1 && (before === '' || before === '.' || HOST_CHAR.test(before)) ? readGroup(text.slice(i + 1, end), c) : null;
    if (!options) {
      tokens = tokens.map((t) => t + c);
      i++;
      continue;
    }
    changed = true;
    if (options.length === 0 || tokens.length * options.length > MAX_EXPANSIONS) {
      broadened = true;
      tokens = tokens.map((t) => t + '*');
    } else {
      tokens = tokens.flatMap((t) => options.map((o) => t + o));
    }
    i = end + 1;
  }
  return changed ? { tokens, broadened } : null;
}

/** The options of one group, [] when it is a range too large to list, null when it is not a group. */
function readGroup(inner: string, open: string): string[] | null {
  const range = RANGE.exec(inner);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to < from) return null;
    if (to - from >= MAX_RANGE) return [];
    // "node(01-08)": the width of the first number is kept.
    const width = range[1]!.startsWith('0') ? range[1]!.length : 0;
    const out: string[] = [];
    for (let n = from; n <= to; n++) out.push(String(n).padStart(width, '0'));
    return out;
  }
  const separator = open === '{' && !inner.includes('|') ? ',' : '|';
  if (!inner.includes(separator)) return null;
  const parts = inner.split(separator);
  if (parts.length > MAX_EXPANSIONS) return [];
  return parts.every((p) => ALTERNATIVE.test(p)) ? parts : null;
}

const BARE_RANGE = /^([a-z][a-z0-9_-]{0,30}?)(\d{1,4})-(\d{1,4})(\..+)$/i;

/** "node1-8.example.com" as the range "node(1-8).example.com", or null. A label may be "node1-8" too. */
export function expandBareRange(text: string): string | null {
  const m = BARE_RANGE.exec(text);
  return m && Number(m[3]) > Number(m[2]) ? `${m[1]}(${m[2]}-${m[3]})${m[4]}` : null;
}
