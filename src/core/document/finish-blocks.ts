import type { Block, RawBlock } from './block.ts';
import { splitSentences } from './split-sentences.ts';

const PSEUDO_HEADING_MAX_WORDS = 6;
const BOLD_HEADING_MAX_WORDS = 8;

/**
 * "Testing guidelines:", "Security researchers must not:": a short line that only introduces what follows;
 * also a short line that is nothing but bold text ("**In-scope systems**").
 */
function isPseudoHeading(raw: RawBlock): boolean {
  if (raw.kind !== 'paragraph' || raw.text.includes('\n')) return false;
  const words = raw.text.split(/\s+/).length;
  if (raw.text.endsWith(':')) return words <= PSEUDO_HEADING_MAX_WORDS && !/[.!?;。！？；]/.test(raw.text.slice(0, -1));
  // "**Out of scope**": a short bold line with no sentence punctuation (full-width too: "**请不要……报告。**" is a
  // sentence) names the section that follows.
  return raw.strong === true && words <= BOLD_HEADING_MAX_WORDS && !/[.!?;,。！？；，]/.test(raw.text);
}

/**
 * Completes raw blocks into the document structure every format shares: the heading path of each block,
 * the nearest heading, the block that introduces it (a list's lead-in paragraph or a nested item's parent
 * item), short colon lines promoted to pseudo-headings, and sentence spans.
 */
export function finishBlocks(raws: RawBlock[]): Block[] {
  const blocks: Block[] = [];
  const path: Array<{ level: number; text: string; index: number }> = [];
  let lastRealLevel = 0;
  for (const raw of raws) {
    let kind = raw.kind;
    let level = raw.level;
    let pseudo = false;
    if (isPseudoHeading(raw)) {
      kind = 'heading';
      level = Math.min(6, lastRealLevel + 1);
      pseudo = true;
    }
    if (kind === 'heading') {
      while (path.length > 0 && path[path.length - 1]!.level >= level) path.pop();
    }
    const index = blocks.length;
    const block: Block = {
      kind,
      level,
      text: raw.text,
      section: path.map((p) => p.text),
      heading: path.length > 0 ? path[path.length - 1]!.index : null,
      intro: null,
      sentences: splitSentences(raw.text),
      links: raw.links,
      line: raw.line,
    };
    if (pseudo) block.pseudo = true;
    if (raw.header) block.header = true;
    if (kind === 'heading') {
      path.push({ level, text: raw.text, index });
      if (!pseudo) lastRealLevel = level;
    } else block.intro = findIntro(blocks, block);
    blocks.push(block);
  }
  return blocks;
}

/** For a list item or table row: its parent item, or the paragraph just before the list or table. */
function findIntro(blocks: Block[], block: Block): number | null {
  if (block.kind !== 'list_item' && block.kind !== 'table_row') return null;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (block.kind === 'list_item' && b.kind === 'list_item') {
      if (b.level < block.level) return i;
      continue;
    }
    if (block.kind === 'table_row' && b.kind === 'table_row') continue;
    return b.kind === 'paragraph' ? i : null;
  }
  return null;
}
