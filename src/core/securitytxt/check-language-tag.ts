// RFC 5646 Language-Tag syntax, checked subtag by subtag (linear, no regex over the whole tag).

const GRANDFATHERED = new Set([
  'en-gb-oed', 'i-ami', 'i-bnn', 'i-default', 'i-enochian', 'i-hak', 'i-klingon', 'i-lux', 'i-mingo', 'i-navajo',
  'i-pwn', 'i-tao', 'i-tay', 'i-tsu', 'sgn-be-fr', 'sgn-be-nl', 'sgn-ch-de',
  'art-lojban', 'cel-gaulish', 'no-bok', 'no-nyn', 'zh-guoyu', 'zh-hakka', 'zh-min', 'zh-min-nan', 'zh-xiang',
]);

/** Country codes often written where the language code belongs (cz→cs, jp→ja, …). */
export const COUNTRY_AS_LANGUAGE: Readonly<Record<string, string>> = {
  cz: 'cs', jp: 'ja', dk: 'da', gr: 'el', ua: 'uk', cn: 'zh', us: 'en', gb: 'en', rs: 'sr',
};

const alpha = (s: string, min: number, max: number) => s.length >= min && s.length <= max && /^[A-Za-z]+$/.test(s);
const digits = (s: string, n: number) => s.length === n && /^[0-9]+$/.test(s);
const alnum = (s: string, min: number, max: number) => s.length >= min && s.length <= max && /^[A-Za-z0-9]+$/.test(s);

function isPrivateUse(parts: string[], from: number): boolean {
  if (parts[from]?.toLowerCase() !== 'x' || from + 1 >= parts.length) return false;
  return parts.slice(from + 1).every((p) => alnum(p, 1, 8));
}

/** True when `tag` is a well-formed RFC 5646 Language-Tag (langtag, private use or grandfathered). */
export function isLanguageTag(tag: string): boolean {
  if (tag.length === 0 || tag.length > 256) return false;
  if (GRANDFATHERED.has(tag.toLowerCase())) return true;
  const parts = tag.split('-');
  if (isPrivateUse(parts, 0)) return true;
  let i = 0;
  const lang = parts[i++]!;
  if (alpha(lang, 2, 3)) {
    for (let n = 0; n < 3 && parts[i] !== undefined && alpha(parts[i]!, 3, 3); n++) i++; // extlang
  } else if (!alpha(lang, 4, 8)) {
    return false;
  }
  if (parts[i] !== undefined && alpha(parts[i]!, 4, 4)) i++; // script
  if (parts[i] !== undefined && (alpha(parts[i]!, 2, 2) || digits(parts[i]!, 3))) i++; // region
  while (parts[i] !== undefined && (alnum(parts[i]!, 5, 8) || (parts[i]!.length === 4 && /^[0-9]/.test(parts[i]!) && alnum(parts[i]!, 4, 4)))) i++; // variants
  while (parts[i] !== undefined && parts[i]!.length === 1 && parts[i]!.toLowerCase() !== 'x' && alnum(parts[i]!, 1, 1)) {
    i++;
    const first = i;
    while (parts[i] !== undefined && alnum(parts[i]!, 2, 8)) i++;
    if (i === first) return false; // singleton without subtags
  }
  if (i < parts.length) return isPrivateUse(parts, i);
  return true;
}
