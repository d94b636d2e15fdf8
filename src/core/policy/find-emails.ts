import { parse } from 'tldts';

export interface FoundEmail {
  address: string;
  start: number;
  end: number;
}

const LOCAL = /[A-Za-z0-9._%+'-]/;
// Special-use names (RFC 6761): addresses under them are real in test setups.
const SPECIAL_USE_TLDS = new Set(['test', 'example', 'invalid', 'localhost']);
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

/** "security [at] example [dot] com", "office (at) example [.] ai" → plain addresses (bracketed forms only). */
export function deobfuscateEmails(text: string): string {
  if (!/[[({]\s*(?:at|dot|@|\.)\s*[\])}]/i.test(text)) return text;
  return text.replace(/[\s_-]*[[({]\s*(?:at|@)\s*[\])}][\s_-]*/gi, '@').replace(/[\s_-]*[[({]\s*(?:dot|\.)\s*[\])}][\s_-]*/gi, '.');
}
