import type { Block, BlockKind, BlockLink } from '../document/block.ts';
import { classifySection, type SectionCategory } from './classify-section.ts';
import { anyMatch, readerFor, type Reader } from './compile-reader.ts';
import { detectPolarity, type Polarity } from './detect-polarity.ts';
import { normalizeForMatch } from './normalize-for-match.ts';
import { splitTableRow } from './read-scope-table.ts';
import { segmentSentences } from './segment-sentences.ts';

/** One sentence of the document with everything the extractors need to judge it. */
export interface Unit {
  block: number;
  kind: BlockKind;
  /** The sentence, verbatim from the block's text: every extracted item quotes it. */
  text: string;
  /** Lower-cased, same offsets (normalizeForMatch). */
  norm: string;
  /** Offsets of the sentence in the block's text. */
  start: number;
  end: number;
  /** First sentence of its block. */
  first: boolean;
  /** Links whose text lies in the sentence, with offsets relative to the sentence. */
  links: BlockLink[];
  /** Categories of the nearest heading that has any (walking up the heading path). */
  heading: ReadonlySet<SectionCategory>;
  /** Categories of every enclosing heading that has any, nearest first. */
  headings: ReadonlyArray<ReadonlySet<SectionCategory>>;
  /** Categories of a short label the sentence starts with ("Out of scope: …", "Scope: …"). */
  label: ReadonlySet<SectionCategory>;
  /** Categories of the lead-in of the list the sentence belongs to (merged up nested lists). */
  lead: ReadonlySet<SectionCategory>;
  /**
   * The label, lead-in or heading that puts the sentence out of scope names findings ("Out of scope
   * vulnerabilities", "The following issues are out of scope:"): a bare attack name under it is a finding class.
   */
  outFindings: boolean;
  /** The block that introduces the sentence's block (a list's lead-in, a nested item's parent), or null. */
  intro: number | null;
  /** A list item whose introducing block is another list item (its parent). */
  nested: boolean;
  own: Polarity;
  /** The language of the sentence's section (BCP 47 primary tag) and the packs it is read with. */
  lang: string;
  reader: Reader;
  /** For a table row: its cells, whether it is the header row, and the cells of its table's header row. */
  row?: { cells: string[]; isHeader: boolean; header: string[] | null };
}

export interface PolicyDocument {
  blocks: Block[];
  units: Unit[];
  /** Categories of each heading block (empty for other blocks). */
  headingCategories: ReadonlyArray<ReadonlySet<SectionCategory>>;
}

const NONE: ReadonlySet<SectionCategory> = new Set();

// A sentence that ends in a colon introduces what follows.
const ENDS_IN_COLON = /[:：]\s*$/;

/** "The following systems …", "ci-dessous": a sentence that points at the list after it. */
function pointsAtList(text: string, reader: Reader): boolean {
  return anyMatch(reader, (p) => p.headings.pointsAtList, normalizeForMatch(text));
}

/**
 * The sentence of a paragraph that introduces the list after it: the last one, unless it neither ends in a
 * colon nor points at a list while an earlier one does ("The following systems are in scope. If you find
 * one not listed here, …").
 */
function leadSentence(block: Block, reader: Reader): string {
  const texts = segmentSentences(block.text, block.sentences).map((s) => block.text.slice(s.start, s.end));
  const last = texts[texts.length - 1];
  if (last === undefined) return block.text;
  if (texts.length === 1 || ENDS_IN_COLON.test(last) || pointsAtList(last, reader)) return last;
  for (let i = texts.length - 2; i >= 0; i--) if (ENDS_IN_COLON.test(texts[i]!) || pointsAtList(texts[i]!, reader)) return texts[i]!;
  return last;
}

/** "Out of scope: DoS attacks": a label of at most five words before a colon, or null. */
function labelText(text: string): string | null {
  const colon = text.search(/[:：]/);
  if (colon <= 0 || colon > 40 || colon === text.length - 1 || text[colon + 1] === '/') return null;
  const label = text.slice(0, colon);
  return label.split(/\s+/).length > 5 ? null : label;
}

/** Whether a heading, lead-in or label names findings ("vulnerabilities", "issues"). */
function namesFindings(text: string, reader: Reader): boolean {
  return anyMatch(reader, (p) => p.findingList, normalizeForMatch(text));
}

/**
 * Splits blocks into sentence units and attaches heading and lead-in categories to each. `languages` is the
 * language of each block (its section's, see detectBlockLanguages); a block is read with the packs of its
 * language, the document's and English (policies quote English terms). Without it, English alone.
 */
export function buildUnits(blocks: Block[], languages: readonly string[] = [], documentLanguage = 'en'): PolicyDocument {
  const readers = blocks.map((_, i) => readerFor([languages[i] ?? documentLanguage, documentLanguage, 'en']));
  const headingCategories: Array<ReadonlySet<SectionCategory>> = blocks.map(() => NONE);
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const parent = b.heading === null ? NONE : headingCategories[b.heading]!;
    headingCategories[i] = classifySection(b.text, parent, readers[i]!);
  });
  const headingChain = (block: Block): Array<ReadonlySet<SectionCategory>> => {
    const chain: Array<ReadonlySet<SectionCategory>> = [];
    for (let h = block.heading, guard = 0; h !== null && guard < 64; h = blocks[h]!.heading, guard++) {
      if (headingCategories[h]!.size > 0) chain.push(headingCategories[h]!);
    }
    return chain;
  };
  // Whether the headings above a block, up to the nearest out-of-scope one, name findings (nearest first: a
  // "Vulnerabilities not accepted" sub-heading under "Out of scope" counts).
  const headingFindings = (block: Block): boolean => {
    for (let h = block.heading, guard = 0; h !== null && guard < 64; h = blocks[h]!.heading, guard++) {
      if (namesFindings(blocks[h]!.text, readers[h]!)) return true;
      if (headingCategories[h]!.has('out_scope')) return false;
    }
    return false;
  };
  const leadFindingsCache = new Map<number, boolean>();
  const leadFindings = (index: number): boolean => {
    const cached = leadFindingsCache.get(index);
    if (cached !== undefined) return cached;
    const block = blocks[index]!;
    let result = false;
    if (block.intro !== null && (block.kind === 'list_item' || block.kind === 'table_row')) {
      const intro = blocks[block.intro]!;
      const r = readers[block.intro]!;
      result = namesFindings(intro.kind === 'paragraph' ? leadSentence(intro, r) : intro.text, r) || (intro.kind === 'list_item' && leadFindings(block.intro));
    }
    leadFindingsCache.set(index, result);
    return result;
  };
  const leadCache = new Map<number, ReadonlySet<SectionCategory>>();
  const leadOf = (index: number): ReadonlySet<SectionCategory> => {
    const cached = leadCache.get(index);
    if (cached) return cached;
    const block = blocks[index]!;
    let result: ReadonlySet<SectionCategory> = NONE;
    if (block.intro !== null && (block.kind === 'list_item' || block.kind === 'table_row')) {
      const intro = blocks[block.intro]!;
      const r = readers[block.intro]!;
      const own = classifySection(intro.kind === 'paragraph' ? leadSentence(intro, r) : intro.text, NONE, r);
      result = intro.kind === 'list_item' ? new Set([...leadOf(block.intro), ...own]) : own;
    }
    leadCache.set(index, result);
    return result;
  };

  const units: Unit[] = [];
  let header: string[] | null = null;
  blocks.forEach((block, index) => {
    if (block.kind !== 'table_row') header = null;
    else if (block.header) header = splitTableRow(block.text);
    if (block.kind === 'heading' || block.kind === 'code') return;
    const row = block.kind === 'table_row' ? { cells: splitTableRow(block.text), isHeader: block.header === true, header } : undefined;
    const headings = headingChain(block);
    const heading = headings[0] ?? NONE;
    const lead = leadOf(index);
    const reader = readers[index]!;
    const lang = languages[index] ?? documentLanguage;
    segmentSentences(block.text, block.sentences).forEach((span, k) => {
      const text = block.text.slice(span.start, span.end);
      const norm = normalizeForMatch(text);
      const links = block.links
        .filter((l) => l.start >= span.start && l.end <= span.end)
        .map((l) => ({ ...l, start: l.start - span.start, end: l.end - span.start }));
      const labelled = labelText(text);
      const label = labelled === null ? NONE : classifySection(labelled, NONE, reader);
      const outFindings = label.has('out_scope') ? namesFindings(labelled!, reader)
        : lead.has('out_scope') ? leadFindings(index)
          : headingFindings(block);
      const unit: Unit = {
        block: index, kind: block.kind, text, norm, start: span.start, end: span.end, first: k === 0, links, heading, headings,
        label, lead, outFindings, intro: block.intro, nested: block.intro !== null && blocks[block.intro]!.kind === 'list_item', own: detectPolarity(norm, reader), lang, reader,
      };
      if (row) unit.row = row;
      units.push(unit);
    });
  });
  return { blocks, units, headingCategories };
}

/** The first of `wanted` found on the nearest enclosing heading that has any of them, or null. */
export function headingWith(unit: Unit, wanted: readonly SectionCategory[]): SectionCategory | null {
  for (const cats of unit.headings) {
    for (const c of wanted) if (cats.has(c)) return c;
  }
  return null;
}
