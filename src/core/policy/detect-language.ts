import { createEld } from 'eld-detector';
import { ELD_NGRAMS_JSON } from './eld-ngrams.generated.ts';

/** Text read per decision: enough for a reliable n-gram vote, bounded so a 1 MiB document costs no more. */
const SAMPLE = 3000;
/** Prose read from the start of a document to name its language. */
const PROSE_SAMPLE = 200;
/** Text read per section: sections are short, and a policy has dozens of them. */
const SECTION_SAMPLE = 300;
/** A section shorter than this is read together with the next one. */
const SECTION_MIN = 150;
/** Below this many letters a section inherits the document's language. */
const MIN_LETTERS = 12;

// The detector answers ISO 639-1; these are its codes for languages whose packs use another tag. eld cannot tell
// Indonesian from Malay (it answers 'ms' for both) and names Norwegian 'no' (written policies are Bokmål).
const TAGS: Readonly<Record<string, string>> = { no: 'nb', ms: 'id' };

type Detector = ReturnType<typeof createEld>['instance'];
let detector: Detector | null = null;

/** eld with its n-gram table, built the first time a text is detected (the table is a JSON string until then). */
function getDetector(): Detector {
  if (!detector) {
    const { instance, loadData } = createEld();
    loadData(JSON.parse(ELD_NGRAMS_JSON));
    detector = instance;
  }
  return detector;
}

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
  const result = getDetector().detect(sample.replace(NON_LETTER_RUN, ' '));
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
  // The document's own sentences first: paragraphs and list items from the start, short sections read together,
  // until there are enough to tell. Headings, table cells and code often keep a template's English ("Supported
  // Versions", "| Feature | Status |") in a policy written in another language.
  let prose = '';
  for (const block of input) {
    if (block.kind !== 'paragraph' && block.kind !== 'list_item') continue;
    prose += `${block.text.slice(0, SAMPLE)}\n`;
    if (prose.length >= PROSE_SAMPLE) break;
  }
  if (prose.length >= PROSE_SAMPLE) {
    const lang = detectTextLanguage(prose);
    if (lang) return lang;
  }
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
 * The language of each block: that of its part of the document, else the document's. A part is a section (text
 * between headings) with the short sections after it until it has SECTION_MIN characters, so a document that
 * switches language at a heading is read part by part, and each detection reads at most SECTION_SAMPLE characters. At most
 * `maxParts` parts are read; later ones take the document's language (bounded cost).
 */
export function detectBlockLanguages(blocks: readonly BlockLike[], documentLanguage: string, maxParts = 40): string[] {
  const out = blocks.map(() => documentLanguage);
  let read = 0;
  let first = 0;
  let text = '';
  const close = (last: number) => {
    if (text.length >= 120 && read < maxParts) {
      read++;
      const lang = detectTextLanguage(text.slice(0, SECTION_SAMPLE));
      if (lang) for (let i = first; i <= last; i++) out[i] = lang;
    }
    first = last + 1;
    text = '';
  };
  blocks.forEach((block, i) => {
    if (block.kind === 'heading' && text.length >= SECTION_MIN && i > first) close(i - 1);
    if (text.length < SECTION_SAMPLE && block.kind !== 'heading' && block.kind !== 'code') text += `${block.text.slice(0, SECTION_SAMPLE)}\n`;
  });
  if (first < blocks.length) close(blocks.length - 1);
  return out;
}
