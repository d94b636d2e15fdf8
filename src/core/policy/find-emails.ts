import { parse } from 'tldts';
import { SPECIAL_USE_TLDS } from './find-hosts.ts';
import { LANGUAGE_PACKS } from './languages/index.ts';
import type { LanguagePack } from './languages/language-pack.ts';

export interface FoundEmail {
  address: string;
  start: number;
  end: number;
}

const LOCAL = /[A-Za-z0-9._%+'-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/**
 * E-mail addresses in text, found by expanding around each '@' (linear, no backtracking); the domain must
 * have a public suffix (or a special-use one such as `.test`). A `mailto:` or `mailto://` prefix is not part of the address.
 */
export function findEmails(text: string): FoundEmail[] {
  const out: FoundEmail[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', from)) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && DOMAIN.test(text[e]!)) e++;
    from = Math.max(e, at + 1);
    while (s < at && /[.'-]/.test(text[s]!)) s++;
    while (e > at + 1 && /[.-]/.test(text[e - 1]!)) e--;
    if (s === at || e <= at + 1) continue;
    const domain = text.slice(at + 1, e).toLowerCase();
    const info = parse(domain);
    const special = SPECIAL_USE_TLDS.has(domain.slice(domain.lastIndexOf('.') + 1));
    if (!domain.includes('.') || !(info.isIcann || info.isPrivate || special) || info.hostname !== domain) continue;
    out.push({ address: `${text.slice(s, at)}@${domain}`, start: s, end: e });
  }
  return out;
}

/** `mailto:x@y`, `mailto://x@y` (a common mistake) or a bare address → the address, else null. */
export function emailFromHref(href: string): string | null {
  const m = /^mailto:(?:\/\/)?([^?#]+)/i.exec(href.trim());
  const candidate = m ? decodeURIComponentSafe(m[1]!) : href.trim();
  const found = findEmails(candidate);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === candidate.length ? found[0]!.address : null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// The words packs give for "@" and "." ("arroba", "zavináč", "punto"), each written in brackets of any kind.
const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const packWords = (pick: (p: LanguagePack) => readonly string[]) =>
  [...new Set(Object.values(LANGUAGE_PACKS).flatMap(pick))].sort((a, b) => b.length - a.length).map(escapeWord).join('|');
const AT_WORDS = packWords((p) => p.contact.at);
const DOT_WORDS = packWords((p) => p.contact.dot);
// Brackets around an at or dot word, ASCII or full-width (CJK text writes "（アットマーク）", "【at】").
const OPEN = '[[({<（［【]';
const CLOSE = '[\\])}>）］】]';
const BRACKETED = new RegExp(`${OPEN}\\s{0,3}(?:${AT_WORDS}|${DOT_WORDS}|@|\\.)\\s{0,3}${CLOSE}`, 'iu');
// "deva @ example.com": an address with spaces around the at sign (a local part before, a domain after).
const SPACED_AT = /([A-Za-z0-9._%+-]) {1,3}@ {1,3}(?=[A-Za-z0-9][A-Za-z0-9-]{0,62}\.[A-Za-z])/g;
// "security at example dot com", "seguridad arroba ejemplo punto es", "security собака example точка ru": both
// written out in any pack's words, one word each side of the at word, spaces around each word.
const SPELLED = new RegExp(`(?<![\\p{L}\\p{N}_.%+-])([A-Za-z0-9._%+-]{1,64}) (?:${AT_WORDS}) ([A-Za-z0-9-]{1,63}) (?:${DOT_WORDS}) ([A-Za-z]{2,24})(?: (?:${DOT_WORDS}) ([A-Za-z]{2,24}))?(?![\\p{L}\\p{N}_-])`, 'giu');
const SPELLED_DOT = new RegExp(` (?:${DOT_WORDS}) `, 'iu');

// "security at example.com" (the at sign spelled out, often in emphasis: "security **at** example.com"): a
// mailbox name, the word, then a domain that is not a link ("us at example.com/contact" is not an address).
const SPELLED_AT = /\b([A-Za-z0-9._%+-]{2,64}) (?:at|AT) ((?:[A-Za-z0-9-]{1,63}\.){1,4}[A-Za-z]{2,24})(?![\w/@-]|\.\w)/g;
// Words of the packs that stand before "at <domain>" and are no mailbox ("reach us at", "available at", "hosted
// at", Danish and Norwegian "husk at", where "at" is a conjunction).
const NOT_A_MAILBOX = new Set(Object.values(LANGUAGE_PACKS).flatMap((p) => p.contact.notMailbox));

const BRACKETED_AT = new RegExp(`${OPEN}\\s{0,3}(?:${AT_WORDS}|@|＠)\\s{0,3}${CLOSE}`, 'giu');
const BRACKETED_DOT = new RegExp(`${OPEN}\\s{0,3}(?:${DOT_WORDS}|\\.)\\s{0,3}${CLOSE}`, 'giu');
const isPad = (c: string | undefined) => c === '_' || c === '-' || (c !== undefined && /\s/.test(c));

/**
 * `text` with each match of the global `core`, widened over the white space, `_` and `-` around it, replaced by
 * `replacement`: what a global regex of the padding class, starred, then `core`, then the padding again does, in linear time (that regex rescans a long padding run from
 * each of its characters). The padding before a match stops where the previous replacement ended.
 */
function replacePadded(text: string, core: RegExp, replacement: string): string {
  let out = '';
  let last = 0;
  core.lastIndex = 0;
  for (let m = core.exec(text); m !== null; m = core.exec(text)) {
    let start = m.index;
    while (start > last && isPad(text[start - 1])) start--;
    let end = m.index + m[0].length;
    while (end < text.length && isPad(text[end])) end++;
    out += text.slice(last, start) + replacement;
    last = end;
    core.lastIndex = end;
  }
  return out + text.slice(last);
}

/**
 * De-obfuscates e-mail addresses: "security [at] example [dot] com", "office (at) example [.] ai" and
 * "deva @ example.com" always; "security at example dot com" and "security at example.com" only when `spelled`
 * (the sentence speaks of reporting or mailing), since "at" and "dot" are ordinary words.
 */
export function deobfuscateEmails(text: string, spelled = false): string {
  // A full-width at sign ("security＠example.jp", written so that harvesters miss it) is the at sign.
  let out = text.includes('＠') ? text.replace(/＠/g, '@') : text;
  if (BRACKETED.test(out)) {
    out = replacePadded(replacePadded(out, BRACKETED_AT, '@'), BRACKETED_DOT, '.');
  }
  if (out.includes(' @ ') || out.includes(' @') || out.includes('@ ')) out = out.replace(SPACED_AT, '$1@');
  if (spelled && SPELLED_DOT.test(out)) out = out.replace(SPELLED, (m, local: string, host: string, tld: string, tld2?: string) => (NOT_A_MAILBOX.has(local.toLowerCase()) ? m : `${local}@${host}.${tld}${tld2 ? `.${tld2}` : ''}`));
  if (spelled && / at /i.test(out)) out = out.replace(SPELLED_AT, (m, local: string, domain: string) => (NOT_A_MAILBOX.has(local.toLowerCase()) || /^www\./i.test(domain) ? m : `${local}@${domain}`));
  return out;
}
