import type { Block } from '../document/block.ts';
import type { PgpKey } from '../schemas/policy-result.ts';
import { anyMatch, readerFor, type Reader } from './compile-reader.ts';
import { findUrls } from './find-urls.ts';
import { parseLooseDate } from './parse-loose-date.ts';
import { trimTrailing } from '../scope/trim-trailing.ts';

const MENTION = /\b(?:pgp|gpg|gnupg|openpgp)/i;
const FINGERPRINT = /\b[0-9A-Fa-f]{4}(?:\s{0,2}[0-9A-Fa-f]{4}){9}\b/g;
const KEY_ID = /\b0x([0-9A-Fa-f]{16}|[0-9A-Fa-f]{8})\b|\bkey[ -]?id\s*(?:[:=]\s*)?([0-9A-Fa-f]{16}|[0-9A-Fa-f]{8})\b/i;
const KEY_URL = /pgp|gpg|\.asc\b|public[-_ ]?key|openpgp|keyserver|\/keys?\b|\.key\b/i;
const AFTER_CUE = /^\s*[:：-]?\s*/;
/** Where a validity cue of the reader's packs ("valid until", "gültig bis") ends, or -1. */
function validUntilEnd(text: string, reader: Reader): number {
  let best: { index: number; end: number } | null = null;
  for (const p of reader.packs) {
    const m = p.validUntil.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, end: m.index + m[0].length };
  }
  return best ? best.end + AFTER_CUE.exec(text.slice(best.end))![0].length : -1;
}

function mentionsKey(text: string, reader: Reader): boolean {
  return MENTION.test(text) || anyMatch(reader, (p) => p.keyWords, text);
}

function resolve(url: string, base: string | undefined): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || !base) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function readKey(block: Block, baseUrl: string | undefined, now: Date, reader: Reader): PgpKey | null {
  const text = block.text.length > 20_000 ? block.text.slice(0, 20_000) : block.text;
  const fp = [...text.matchAll(FINGERPRINT)].map((m) => m[0].replace(/\s/g, '').toUpperCase()).find((f) => f.length === 40) ?? null;
  const id = KEY_ID.exec(text);
  let url: string | null = null;
  for (const link of block.links) if (KEY_URL.test(link.href) || KEY_URL.test(link.text)) { url = resolve(link.href, baseUrl); break; }
  if (!url) url = findUrls(text).find((u) => KEY_URL.test(u.url))?.url ?? null;
  if (!url) {
    const path = text.split(/[\s`'"()<>,;]+/).map((t) => trimTrailing(t, '.:!?')).find((t) => t.length < 200 && /pgp|gpg/i.test(t) && /^[\w./-]+\.(?:txt|asc|key|pub|gpg)$/i.test(t));
    if (path) url = resolve(path, baseUrl);
  }
  let validUntil: string | null = null;
  const v = validUntilEnd(text, reader);
  if (v >= 0) validUntil = parseLooseDate(text.slice(v));
  if (!fp && !id && !url) return null;
  const expired = validUntil === null ? null : Date.parse(`${validUntil}T23:59:59Z`) < now.getTime();
  return {
    fingerprint: fp,
    key_id: id ? (id[1] ?? id[2]!).toUpperCase() : fp ? fp.slice(-16) : null,
    url,
    valid_until: validUntil,
    expired,
    quote: text.length > 500 ? text.slice(0, 500) : text,
  };
}

function setValidity(key: PgpKey, validUntil: string | null, now: Date): void {
  key.valid_until = validUntil;
  key.expired = validUntil === null ? null : Date.parse(`${validUntil}T23:59:59Z`) < now.getTime();
}

/**
 * OpenPGP keys the policy points to: fingerprint, key id, where to download it (relative links resolved
 * against the base URL) and a stated expiry ("valid until March 08, 2017"), expired relative to `now`.
 * A validity date in a block right after the key's block belongs to that key, and so does one in a block that
 * names a key without giving it, right before the key ("This is our PGP key which is valid until …:").
 */
export function extractPgp(blocks: readonly Block[], baseUrl: string | undefined, now: Date, reader: Reader = readerFor(['en'])): PgpKey[] {
  const keys: PgpKey[] = [];
  let lastIndex = -10;
  /** A validity stated in prose that named a key but gave none yet: it belongs to a key in the next two blocks. */
  let pending: { validUntil: string; index: number } | null = null;
  blocks.forEach((block, index) => {
    if (!mentionsKey(block.text, reader) && !/\b0x[0-9a-f]{8}/i.test(block.text) && !block.links.some((l) => KEY_URL.test(l.href))) {
      const prev = keys[keys.length - 1];
      const v = prev && prev.valid_until === null && index - lastIndex <= 2 ? validUntilEnd(block.text, reader) : -1;
      if (prev && v >= 0) setValidity(prev, parseLooseDate(block.text.slice(v)), now);
      return;
    }
    const key = readKey(block, baseUrl, now, reader);
    if (!key) {
      const v = validUntilEnd(block.text, reader);
      const date = v >= 0 ? parseLooseDate(block.text.slice(v)) : null;
      if (date) pending = { validUntil: date, index };
      return;
    }
    if (key.valid_until === null && pending && index - pending.index <= 2) setValidity(key, pending.validUntil, now);
    pending = null;
    const prev = keys[keys.length - 1];
    const sameKey = prev && index - lastIndex <= 2 && (!key.fingerprint || !prev.fingerprint || key.fingerprint === prev.fingerprint);
    if (prev && sameKey) {
      prev.fingerprint ??= key.fingerprint;
      prev.key_id ??= key.key_id;
      prev.url ??= key.url;
      if (prev.valid_until === null) setValidity(prev, key.valid_until, now);
    } else keys.push(key);
    lastIndex = index;
  });
  return keys;
}
