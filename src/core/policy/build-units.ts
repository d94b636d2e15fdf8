import type { Block, BlockKind, BlockLink } from '../document/block.ts';
import { classifySection, type SectionCategory } from './classify-section.ts';
import { detectPolarity, type Polarity } from './detect-polarity.ts';
import { normalizeForMatch } from './normalize-for-match.ts';

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
  own: Polarity;
}

export interface PolicyDocument {
  blocks: Block[];
  units: Unit[];
  /** Categories of each heading block (empty for other blocks). */
  headingCategories: ReadonlyArray<ReadonlySet<SectionCategory>>;
}

const NONE: ReadonlySet<SectionCategory> = new Set();

function lastSentence(block: Block): string {
  const s = block.sentences[block.sentences.length - 1];
  return s ? block.text.slice(s.start, s.end) : block.text;
}

/** "Out of scope: DoS attacks": a label of at most five words before a colon, classified like a heading. */
function labelCategories(text: string): ReadonlySet<SectionCategory> {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 40 || colon === text.length - 1 || text[colon + 1] === '/') return NONE;
  const label = text.slice(0, colon);
  if (label.split(/\s+/).length > 5) return NONE;
  return classifySection(label);
}

/** Splits blocks into sentence units and attaches heading and lead-in categories to each. */
export function buildUnits(blocks: Block[]): PolicyDocument {
  const headingCategories: Array<ReadonlySet<SectionCategory>> = blocks.map(() => NONE);
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const parent = b.heading === null ? NONE : headingCategories[b.heading]!;
    headingCategories[i] = classifySection(b.text, parent);
  });
  const headingChain = (block: Block): Array<ReadonlySet<SectionCategory>> => {
    const chain: Array<ReadonlySet<SectionCategory>> = [];
    for (let h = block.heading, guard = 0; h !== null && guard < 64; h = blocks[h]!.heading, guard++) {
      if (headingCategories[h]!.size > 0) chain.push(headingCategories[h]!);
    }
    return chain;
  };
  const leadCache = new Map<number, ReadonlySet<SectionCategory>>();
  const leadOf = (index: number): ReadonlySet<SectionCategory> => {
    const cached = leadCache.get(index);
    if (cached) return cached;
    const block = blocks[index]!;
    let result: ReadonlySet<SectionCategory> = NONE;
    if (block.intro !== null && (block.kind === 'list_item' || block.kind === 'table_row')) {
      const intro = blocks[block.intro]!;
      const own = classifySection(intro.kind === 'paragraph' ? lastSentence(intro) : intro.text);
      result = intro.kind === 'list_item' ? new Set([...leadOf(block.intro), ...own]) : own;
    }
    leadCache.set(index, result);
    return result;
  };

  const units: Unit[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' || block.kind === 'code') return;
    const headings = headingChain(block);
    const heading = headings[0] ?? NONE;
    const lead = leadOf(index);
    block.sentences.forEach((span, k) => {
      const text = block.text.slice(span.start, span.end);
      const norm = normalizeForMatch(text);
      const links = block.links
        .filter((l) => l.start >= span.start && l.end <= span.end)
        .map((l) => ({ ...l, start: l.start - span.start, end: l.end - span.start }));
      const label = labelCategories(text);
      units.push({ block: index, kind: block.kind, text, norm, start: span.start, end: span.end, first: k === 0, links, heading, headings, label, lead, own: detectPolarity(norm) });
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
