import { eld } from 'eld/extrasmall';

/** Text read per decision: enough for a reliable n-gram vote, bounded so a 1 MiB document costs no more. */
const SAMPLE = 3000;
/** Below this many letters a section inherits the document's language. */
const MIN_LETTERS = 12;

// The detector answers ISO 639-1; these are its codes for languages whose packs use another tag. eld cannot tell
// Indonesian from Malay (it answers 'ms' for both) and names Norwegian 'no' (written policies are Bokmål).
const TAGS: Readonly<Record<string, string>> = { no: 'nb', ms: 'id' };

const detector = eld.newInstance();

// Runs of two or more non-letters become one space before the detector sees the text: its own separator
// expression (a non-letter run with a lookbehind) is quadratic in the length of one run.
const NON_LETTER_RUN = /[^\p{L}]{2,}/gu;

function letters(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch) && ++n >= MIN_LETTERS) break;
  return n;
}

/**
 * The language of a text as a BCP 47 primary tag (eld, an n-gram detector; see README "Languages"), or null when
 * the text is too short or the detector is unsure.
 */
export function detectTextLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (letters(sample) < MIN_LETTERS) return null;
  const result = detector.detect(sample.replace(NON_LETTER_RUN, ' '));
  if (!result.language) return null;
  return TAGS[result.language] ?? result.language;
}

type BlockLike = { kind: string; text: string };

/** Text of the document's sections (runs of blocks between headings), each up to SAMPLE characters. */
function sectionTexts(blocks: readonly BlockLike[]): Array<{ first: number; last: number; text: string }> {
  const out: Array<{ first: number; last: number; text: string }> = [];
  let current: { first: number; last: number; text: string } | null = null;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading' || !current) {
      current = { first: i, last: i, text: '' };
      out.push(current);
    }
    current.last = i;
    if (current.text.length < SAMPLE) current.text += `${block.text.slice(0, SAMPLE)}\n`;
  });
  return out;
}

/**
 * The language of a document (BCP 47 primary tag; 'en' when there is too little text to tell). Given the
 * document's blocks, the first section (text between headings) long enough to tell decides, so a bilingual
 * policy ("English version below") is classified by its first, primary language rather than its longer half;
 * with no such section, or given plain text, the opening of the whole text decides.
 */
export function detectLanguage(input: string | ReadonlyArray<BlockLike>): string {
  if (typeof input === 'string') return detectTextLanguage(input) ?? 'en';
  let seen = 0;
  for (const section of sectionTexts(input)) {
    if (seen > 50_000) break;
    seen += section.text.length;
    if (section.text.length < 200) continue;
    const lang = detectTextLanguage(section.text);
    if (lang) return lang;
  }
  return detectTextLanguage(input.map((b) => b.text).join('\n').slice(0, SAMPLE)) ?? 'en';
}

/**
 * The language of each block: that of its section when the section has enough text to tell, else the
 * document's. At most `maxSections` sections are read; later ones take the document's language (bounded cost).
 */
export function detectBlockLanguages(blocks: readonly BlockLike[], documentLanguage: string, maxSections = 200): string[] {
  const out = blocks.map(() => documentLanguage);
  let read = 0;
  for (const section of sectionTexts(blocks)) {
    if (read >= maxSections) break;
    read++;
    const lang = section.text.length >= 120 ? detectTextLanguage(section.text) : null;
    if (!lang) continue;
    for (let i = section.first; i <= section.last; i++) out[i] = lang;
  }
  return out;
}
