// Characters that change how text displays without being visible themselves (UTS #39, Trojan Source).
const BIDI_CONTROLS: Array<[number, number]> = [[0x061c, 0x061c], [0x200e, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069]];
const INVISIBLE: Array<[number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200d], [0x2060, 0x2064], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0], [0xe0000, 0xe007f], [0xe0100, 0xe01ef],
];

function inRanges(cp: number, ranges: Array<[number, number]>): boolean {
  return ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** U+202E RIGHT-TO-LEFT OVERRIDE and the other bidirectional formatting characters. */
export function isBidiControl(cp: number): boolean {
  return inRanges(cp, BIDI_CONTROLS);
}

/** Zero-width spaces and joiners, soft hyphen, variation selectors, tag characters, filler letters. */
export function isInvisible(cp: number): boolean {
  return inRanges(cp, INVISIBLE);
}

export function hasBidiControl(text: string): boolean {
  for (const ch of text) if (isBidiControl(ch.codePointAt(0)!)) return true;
  return false;
}

export function hasInvisible(text: string): boolean {
  for (const ch of text) if (isInvisible(ch.codePointAt(0)!)) return true;
  return false;
}

/** Removes bidi controls and invisible characters. */
export function stripHidden(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isBidiControl(cp) && !isInvisible(cp)) out += ch;
  }
  return out;
}
