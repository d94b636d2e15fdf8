import { DOCUMENT_LIMITS, type RawBlock } from './block.ts';
import {
  isBlank, isTableDelimiter, isThematicBreak, matchAtxHeading, matchBlockquote, matchFence, matchHtmlHeading,
  matchListMarker, matchSetextUnderline, measureIndent, splitTableCells,
} from './classify-markdown-line.ts';
import { groupParagraphLines } from './group-paragraph-lines.ts';
import { renderInlineMarkdown } from './render-inline-markdown.ts';
import { TextBuilder } from './text-builder.ts';
import { stripFrontMatter, stripHashCommentRuns, stripHtmlComments } from './strip-markdown-noise.ts';

interface ListLevel { indent: number; contentIndent: number }
interface OpenItem {
  depth: number;
  indent: number;
  /** Column where the item's text starts: deeper lines belong to it. */
  contentIndent: number;
  lines: string[];
  line: number;
  /** A fenced code block open inside the item (its lines are the item's text, as a code span). */
  fence: { char: string; length: number } | null;
}

export interface ReadMarkdownOptions {
  /** Plain text: no inline Markdown, every line its own unit unless it is wrapped prose. */
  plain?: boolean;
}

class MarkdownReader {
  readonly blocks: RawBlock[] = [];
  readonly notes: string[] = [];
  private para: { lines: string[]; line: number } | null = null;
  private item: OpenItem | null = null;
  private levels: ListLevel[] = [];
  private sawBlank = false;
  private lastLeadIn = false;

  constructor(private readonly plain: boolean) {}

  emit(kind: RawBlock['kind'], level: number, raw: string, line: number, header?: boolean, strong?: boolean): void {
    if (this.blocks.length >= DOCUMENT_LIMITS.maxBlocks) return;
    const builder = new TextBuilder();
    const src = raw.length > DOCUMENT_LIMITS.maxBlockChars * 2 ? raw.slice(0, DOCUMENT_LIMITS.maxBlockChars * 2) : raw;
    if (kind === 'code') {
      src.split('\n').forEach((l) => { builder.push(l); builder.newline(); });
    } else if (this.plain) builder.push(src);
    else renderInlineMarkdown(src, builder);
    const { text, links } = builder.finish();
    if (text === '') return;
    const block: RawBlock = { kind, level, text, links, line };
    if (header) block.header = true;
    if (strong) block.strong = true;
    this.blocks.push(block);
  }

  flushParagraph(): void {
    if (!this.para) return;
    const groups = groupParagraphLines(this.para.lines, this.para.line, this.plain);
    const split = groups.length > 1;
    for (const g of groups) {
      if (g.leadIn) this.emit('paragraph', 0, g.text, g.line);
      else if ((split || this.plain) && this.lastLeadIn) { this.emit('list_item', 1, g.text, g.line); continue; }
      else if (this.plain && this.looksLikeTitle(g.text)) this.emit('heading', this.blocks.length === 0 ? 1 : 2, g.text, g.line);
      else this.emit('paragraph', 0, g.text, g.line, undefined, !this.plain && isWhollyStrong(g.text));
      this.lastLeadIn = g.leadIn;
    }
    this.para = null;
  }

  flushItem(): void {
    if (!this.item) return;
    this.emit('list_item', this.item.depth, this.item.lines.join('\n'), this.item.line);
    this.item = null;
  }

  closeList(): void {
    this.flushItem();
    this.levels = [];
  }

  closeAll(): void {
    this.flushParagraph();
    this.closeList();
    this.lastLeadIn = false;
  }

  /** Plain text only: a short line with no closing punctuation, or one in capitals, reads as a heading. */
  looksLikeTitle(text: string): boolean {
    if (text.includes('\n') || text.length > 80 || /[.!?:;,]$/.test(text) || /[@/]/.test(text)) return false;
    const words = text.split(/\s+/).length;
    const ch = text[0] ?? '';
    return words <= 8 && ch !== ch.toLowerCase();
  }

  startItem(line: string, lineNo: number): void {
    const marker = matchListMarker(line)!;
    this.flushParagraph();
    this.flushItem();
    while (this.levels.length > 0 && marker.indent < this.levels[this.levels.length - 1]!.indent) this.levels.pop();
    const top = this.levels[this.levels.length - 1];
    if (top && marker.indent >= Math.min(top.contentIndent, top.indent + 2)) {
      if (this.levels.length < DOCUMENT_LIMITS.maxDepth) this.levels.push({ indent: marker.indent, contentIndent: marker.contentIndent });
    } else if (top) this.levels[this.levels.length - 1] = { indent: marker.indent, contentIndent: marker.contentIndent };
    else this.levels.push({ indent: marker.indent, contentIndent: marker.contentIndent });
    // GFM task-list boxes ("- [ ] item") are not part of the text.
    const rest = marker.rest.replace(/^\[[ xX]\]\s+/, '');
    const fence = this.plain ? null : matchFence(rest);
    this.item = { depth: this.levels.length, indent: marker.indent, contentIndent: marker.contentIndent, lines: [rest], line: lineNo, fence };
  }

  /**
   * A line while a fence is open inside the current item: kept in the item (the fence markers too, so the
   * inline renderer reads the body as a code span: "- ```\n  host.example\n  ```" is the item "host.example").
   * A closing fence ends it; a non-blank line indented no deeper than the item's marker ends the item.
   */
  continueItemFence(line: string): boolean {
    const item = this.item!;
    const fence = item.fence!;
    const { indent, rest } = measureIndent(line);
    if (!isBlank(line) && indent < item.contentIndent && indent <= item.indent) {
      // Code cannot continue lazily: the item ends here (a new marker starts the next one).
      item.fence = null;
      if (!matchListMarker(line)) this.closeList();
      return false;
    }
    item.lines.push(rest);
    const close = matchFence(rest);
    if (close && close.char === fence.char && close.length >= fence.length && rest.trim().replace(/[`~]/g, '') === '') item.fence = null;
    return true;
  }

  readTable(lines: string[], start: number): number {
    this.closeAll();
    this.emit('table_row', 0, splitTableCells(lines[start]!).join(' | '), start + 1, true);
    let i = start + 2;
    while (i < lines.length && !isBlank(lines[i]!) && lines[i]!.includes('|')) {
      this.emit('table_row', 0, splitTableCells(lines[i]!).join(' | '), i + 1);
      i++;
    }
    return i;
  }

  read(lines: string[]): void {
    let i = 0;
    while (i < lines.length) {
      if (this.blocks.length >= DOCUMENT_LIMITS.maxBlocks) {
        this.notes.push(`Stopped after ${DOCUMENT_LIMITS.maxBlocks} blocks.`);
        return;
      }
      let line = lines[i]!;
      const quoted = matchBlockquote(line);
      if (quoted !== null && !this.plain) line = quoted;
      if (this.item?.fence && this.continueItemFence(line)) { i++; continue; }
      if (this.item && !this.plain && !isBlank(line)) {
        // A fence opening inside a list item ("- item" then an indented ```): the item's content.
        const { indent, rest } = measureIndent(line);
        const fence = indent > this.item.indent && indent >= Math.min(this.item.contentIndent, this.item.indent + 2) ? matchFence(rest) : null;
        if (fence) { this.item.lines.push(rest); this.item.fence = fence; this.sawBlank = false; i++; continue; }
      }
      if (isBlank(line)) {
        this.flushParagraph();
        this.sawBlank = true;
        i++;
        continue;
      }
      const blank = this.sawBlank;
      this.sawBlank = false;
      const fence = this.plain ? null : matchFence(line);
      if (fence) { i = this.readFence(lines, i, fence); continue; }
      const atx = (this.plain ? null : matchAtxHeading(line)) ?? (this.plain ? null : matchHtmlHeading(line));
      if (atx) { this.closeAll(); this.emit('heading', atx.level, atx.text, i + 1); i++; continue; }
      const setext = this.para && !this.item ? matchSetextUnderline(line) : null;
      if (setext && this.para) {
        const text = this.para.lines.join(' ');
        const at = this.para.line;
        this.para = null;
        this.closeAll();
        this.emit('heading', setext, text, at);
        i++;
        continue;
      }
      if (isThematicBreak(line)) { this.closeAll(); i++; continue; }
      if (!this.plain && line.includes('|') && i + 1 < lines.length && isTableDelimiter(lines[i + 1]!)) { i = this.readTable(lines, i); continue; }
      if (matchListMarker(line)) { this.startItem(line, i + 1); this.lastLeadIn = false; i++; continue; }
      if (this.item) {
        const { indent, rest } = measureIndent(line);
        const leadIn = /:\s*$/.test(rest) && rest.split(/\s+/).length <= 8 && indent <= this.item.indent;
        const lazy = !blank && !leadIn && (!this.plain || indent > this.item.indent || /^[a-z(]/.test(rest));
        if (lazy || (blank && indent >= this.item.indent + 2)) {
          this.item.lines.push(blank ? `\n${rest}` : rest);
          i++;
          continue;
        }
        this.closeList();
        this.lastLeadIn = false;
      }
      if (this.para) this.para.lines.push(line);
      else this.para = { lines: [line], line: i + 1 };
      i++;
    }
    this.closeAll();
  }

  readFence(lines: string[], start: number, fence: { char: string; length: number }): number {
    this.closeAll();
    let i = start + 1;
    const body: string[] = [];
    while (i < lines.length) {
      const close = matchFence(lines[i]!);
      if (close && close.char === fence.char && close.length >= fence.length && lines[i]!.trim().replace(/[`~]/g, '') === '') break;
      body.push(lines[i]!);
      i++;
    }
    this.emit('code', 0, body.join('\n'), start + 1);
    return i + 1;
  }
}

/** "**In scope**" or "__Rules:__" on its own: a paragraph that is nothing but one bold span. */
function isWhollyStrong(text: string): boolean {
  const t = text.trim();
  if (t.length < 5 || t.length > 200 || t.includes('\n')) return false;
  const mark = t.slice(0, 2);
  if (mark !== '**' && mark !== '__') return false;
  const body = t.endsWith(`${mark}:`) ? t.slice(2, -3) : t.endsWith(mark) ? t.slice(2, -2) : null;
  return body !== null && body.trim().length > 0 && !body.includes(mark);
}

/**
 * Reads Markdown (or, with `plain`, plain text) line by line into raw blocks: ATX and setext headings, list
 * items with nesting depth, table rows, fenced code, block quotes and paragraphs. Front matter and HTML
 * comments are skipped. Linear in the input; every recogniser is anchored to one line.
 */
export function readMarkdown(text: string, options: ReadMarkdownOptions = {}): { blocks: RawBlock[]; notes: string[] } {
  const plain = options.plain ?? false;
  let source = text.replace(/\r\n?/g, '\n');
  if (!plain) source = stripHtmlComments(stripFrontMatter(source));
  const reader = new MarkdownReader(plain);
  const lines = source.split('\n');
  reader.read(plain ? lines : stripHashCommentRuns(lines));
  return { blocks: reader.blocks, notes: reader.notes };
}
