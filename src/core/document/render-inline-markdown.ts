import { decodeEntities } from './decode-entities.ts';
import { InlineScanner } from './scan-inline.ts';
import type { TextBuilder } from './text-builder.ts';

const MAX_DEPTH = 3;
const MAX_TAG = 2000;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const OPENERS = /[([{"'“‘«]/;
const CLOSERS = /[)\]}"'”’».,;:!?\-–—/<]/;
const BLOCK_TAGS = /^(p|div|li|tr|td|th|h[1-6]|table|ul|ol|blockquote|hr|section|article)$/;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
}

function linkDestination(inside: string): string {
  const t = inside.trim();
  if (t.startsWith('<')) {
    const end = t.indexOf('>');
    return end === -1 ? t.slice(1) : t.slice(1, end);
  }
  const space = t.search(/\s/);
  return space === -1 ? t : t.slice(0, space);
}

/** `local@domain.tld` with no spaces or angle brackets (a linear check, no regex backtracking). */
function isBareEmail(text: string): boolean {
  if (/[\s<>]/.test(text)) return false;
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return false;
  const domain = text.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return dot > 0 && dot < domain.length - 1;
}

interface State {
  builder: TextBuilder;
  plain: string;
  lastOut: string;
  /** Open inline-HTML anchors: where their text starts and their href. */
  anchors: Array<{ start: number; href: string }>;
}

function flush(state: State): void {
  if (state.plain === '') return;
  const decoded = decodeEntities(state.plain);
  state.builder.push(decoded);
  state.lastOut = decoded[decoded.length - 1] ?? state.lastOut;
  state.plain = '';
}

function emit(state: State, text: string): void {
  flush(state);
  state.builder.push(text);
  if (text !== '') state.lastOut = text[text.length - 1]!;
}

function lastChar(state: State): string {
  return state.plain !== '' ? state.plain[state.plain.length - 1]! : state.lastOut;
}

/** `<…>` at i: a comment, an autolink, or an HTML tag (dropped; `<br>` breaks, `<a href>` links). */
function renderAngle(scan: InlineScanner, i: number, state: State): number {
  const src = scan.src;
  if (src.startsWith('<!--', i)) {
    const end = scan.next('-->', i + 4);
    return end === -1 ? src.length : end + 3;
  }
  const close = scan.next('>', i + 1);
  if (close === -1 || close - i > MAX_TAG) return -1;
  const inner = src.slice(i + 1, close);
  if (/^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/.test(inner) || isBareEmail(inner)) {
    flush(state);
    // "<https://example.com/report.>": sentence punctuation typed inside the brackets is not part of the link.
    let target = inner;
    while (/^https?:/i.test(target) && target.length > 8 && '.,;:!?'.includes(target[target.length - 1]!)) target = target.slice(0, -1);
    const start = state.builder.length;
    emit(state, target);
    state.builder.addLink(target, /^[A-Za-z][A-Za-z0-9+.-]*:/.test(target) ? target : `mailto:${target}`, start);
    if (target !== inner) emit(state, inner.slice(target.length));
    return close + 1;
  }
  const tag = /^(\/?)([A-Za-z][A-Za-z0-9-]{0,30})(?:\s[^<]*)?$/.exec(inner);
  if (!tag) return -1;
  const name = tag[2]!.toLowerCase();
  flush(state);
  if (name === 'br') state.builder.newline();
  else if (name === 'a' && tag[1] === '') {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(inner);
    if (href) state.anchors.push({ start: state.builder.length, href: decodeEntities(href[1] ?? href[2] ?? href[3] ?? '') });
  } else if (name === 'a') {
    const open = state.anchors.pop();
    if (open) state.builder.addLink('', open.href, open.start);
  } else if (name === 'img' && state.anchors.length > 0) {
    // An image inside a link (a button drawn as a picture): its alt text names the link, as for a screen reader.
    const alt = /\balt\s*=\s*(?:"([^"]{0,200})"|'([^']{0,200})')/i.exec(inner);
    const name = decodeEntities(alt?.[1] ?? alt?.[2] ?? '').trim();
    if (name !== '') emit(state, ` ${name} `);
  } else if (BLOCK_TAGS.test(name)) emit(state, ' ');
  return close + 1;
}

/** `*` / `_` runs: dropped when they open or close emphasis, kept inside words and in `*.example.com`. */
function renderEmphasis(src: string, i: number, state: State): number {
  const ch = src[i]!;
  let j = i;
  while (j < src.length && src[j] === ch) j++;
  const run = src.slice(i, j);
  const next = src[j];
  if (ch === '*' && run.length === 1 && next === '.' && /[A-Za-z0-9]/.test(src[j + 1] ?? '')) {
    state.plain += run;
    return j;
  }
  const prev = lastChar(state);
  const opening = (isSpace(prev) || OPENERS.test(prev)) && !isSpace(next);
  const closing = !isSpace(prev) && (isSpace(next) || CLOSERS.test(next!));
  // "**暂未设立**金钱", "**보안**을": strong emphasis against a letter of a script written without spaces
  // between words (or with particles attached) is emphasis, as CommonMark reads `**` inside words.
  const unspaced = ch === '*' && run.length >= 2 && !isSpace(prev) && !isSpace(next) && (UNSPACED.test(prev ?? '') || UNSPACED.test(next ?? ''));
  if (!opening && !closing && !unspaced) state.plain += run;
  return j;
}
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function renderLink(scan: InlineScanner, i: number, state: State, depth: number): number {
  const src = scan.src;
  const image = src[i] === '!';
  const open = image ? i + 1 : i;
  const close = scan.bracket[open] ?? -1;
  if (close === -1) return -1;
  const label = src.slice(open + 1, close);
  if (src[close + 1] === '(') {
    const end = scan.paren[close + 1] ?? -1;
    if (end === -1) return -1;
    const href = linkDestination(src.slice(close + 2, end));
    flush(state);
    const start = state.builder.length;
    renderWith(new InlineScanner(label), state, depth + 1);
    if (href) state.builder.addLink(label, href, start);
    return end + 1;
  }
  if (src[close + 1] === '[') {
    const end = scan.bracket[close + 1] ?? -1;
    if (end !== -1) {
      renderWith(new InlineScanner(label), state, depth + 1);
      return end + 1;
    }
  }
  return -1;
}

function renderCode(scan: InlineScanner, i: number, state: State): number {
  const src = scan.src;
  let j = i;
  while (j < src.length && src[j] === '`') j++;
  const k = scan.codeCloser(i);
  if (k === -1) {
    state.plain += src.slice(i, j);
    return j;
  }
  let code = src.slice(j, k).replace(/\n/g, ' ');
  if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ')) code = code.slice(1, -1);
  emit(state, code);
  return k + (j - i);
}

function renderWith(scan: InlineScanner, state: State, depth: number): void {
  const src = scan.src;
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    let next = -1;
    if (ch === '\\') {
      const c = src[i + 1];
      if (c !== undefined && ASCII_PUNCT.test(c)) { state.plain += c; i += 2; continue; }
      if (c === undefined || c === '\n') { i += 1; continue; }
    } else if (ch === '`') next = renderCode(scan, i, state);
    else if ((ch === '[' || (ch === '!' && src[i + 1] === '[')) && depth < MAX_DEPTH) next = renderLink(scan, i, state, depth);
    else if (ch === '<') next = renderAngle(scan, i, state);
    else if (ch === '*' || ch === '_') next = renderEmphasis(src, i, state);
    else if (ch === '~' && src[i + 1] === '~') next = i + 2;
    else if (ch === '{' && (src[i + 1] === '%' || src[i + 1] === '#')) {
      const end = scan.next(src[i + 1] + '}', i + 2);
      if (end !== -1 && end - i < 500) next = end + 2;
    } else if (ch === '\n') {
      state.plain += ' ';
      i++;
      continue;
    }
    if (next === -1) {
      state.plain += ch;
      i++;
    } else i = next;
  }
  flush(state);
}

/**
 * Renders Markdown inline syntax to plain text in one pass: emphasis markers, code spans, links, images,
 * autolinks, escapes, entities and inline HTML tags are removed; link targets are recorded on the builder.
 * Template tags (`{% … %}`) are dropped. Nothing is ever interpreted as markup for display.
 */
export function renderInlineMarkdown(src: string, builder: TextBuilder): void {
  renderWith(new InlineScanner(src), { builder, plain: '', lastOut: '\n', anchors: [] }, 0);
}
