import type { BlockLink } from './block.ts';
import { DOCUMENT_LIMITS } from './block.ts';

/**
 * Accumulates a block's plain text while collapsing white space as it goes (so link offsets stay right):
 * runs of spaces, tabs and newlines become one space; `newline()` records a hard break.
 */
export class TextBuilder {
  private parts: string[] = [];
  private size = 0;
  private lastChar = '\n';
  readonly links: BlockLink[] = [];
  truncated = false;

  get length(): number {
    return this.size;
  }

  isEmpty(): boolean {
    return this.size === 0;
  }

  push(text: string): void {
    if (this.truncated || text === '') return;
    let chunk = text.replace(/[\s\u00a0]+/g, ' ');
    if (chunk.startsWith(' ') && (this.lastChar === ' ' || this.lastChar === '\n')) chunk = chunk.slice(1);
    if (chunk === '') return;
    const room = DOCUMENT_LIMITS.maxBlockChars - this.size;
    if (chunk.length > room) {
      chunk = chunk.slice(0, Math.max(0, room));
      this.truncated = true;
      if (chunk === '') return;
    }
    this.append(chunk);
  }

  /** A hard line break (HTML `<br>`, a kept Markdown line): the sentence splitter ends a sentence there. */
  newline(): void {
    if (this.size === 0 || this.lastChar === '\n') return;
    if (this.lastChar === ' ') {
      const last = this.parts.length - 1;
      this.parts[last] = `${this.parts[last]!.slice(0, -1)}\n`;
      this.lastChar = '\n';
      return;
    }
    this.append('\n');
  }

  addLink(text: string, href: string, start: number): void {
    if (this.links.length >= DOCUMENT_LIMITS.maxLinksPerBlock) return;
    this.links.push({ text, href, start, end: this.size });
  }

  /** The collected text with trailing white space removed (links clamped to it). */
  finish(): { text: string; links: BlockLink[] } {
    let text = this.parts.join('');
    let lead = 0;
    while (lead < text.length && (text[lead] === ' ' || text[lead] === '\n')) lead++;
    let end = text.length;
    while (end > lead && (text[end - 1] === ' ' || text[end - 1] === '\n')) end--;
    text = text.slice(lead, end);
    const links = this.links
      .map((l) => ({ ...l, start: Math.max(0, l.start - lead), end: Math.min(text.length, l.end - lead) }))
      .map((l) => ({ ...l, text: text.slice(l.start, l.end).trim() || l.text }));
    return { text, links };
  }

  private append(chunk: string): void {
    this.parts.push(chunk);
    this.size += chunk.length;
    this.lastChar = chunk[chunk.length - 1]!;
  }
}
