import { Parser } from 'htmlparser2';
import { DOCUMENT_LIMITS, type RawBlock } from './block.ts';
import { TextBuilder } from './text-builder.ts';

/** Elements whose content is never read: code, styles, hidden templates, embedded objects, site navigation and footers. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed',
  'title', 'select', 'textarea', 'nav', 'footer', 'button', 'canvas', 'audio', 'video']);

/** Elements that start and end a block of text. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'caption', 'legend', 'menu', 'search']);

const CHUNK = 16 * 1024;
const MAX_NESTING = 1000;
const TEMPLATE_TAG = /\{%[^%]{0,300}%\}|\{#[^#]{0,300}#\}/g;
// A JSX string expression in a component's text ({" "} between elements, {'text'}): its string is the text.
const JSX_STRING = /\{\s{0,3}(?:"([^"{}\n]{0,200})"|'([^'{}\n]{0,200})')\s{0,3}\}/g;

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const style = (attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

class HtmlReader {
  readonly blocks: RawBlock[] = [];
  readonly notes: string[] = [];
  private builder = new TextBuilder();
  private containers: string[] = [];
  depth = 0;
  maxDepthSeen = 0;
  private skipUntil = -1;
  private anchors: Array<{ start: number; href: string; depth: number }> = [];
  private rowHasCell = false;
  private rowHeader = false;
  /** Open <strong>/<b> elements, and whether the current block has text outside and inside them. */
  private strongDepth = 0;
  private plainText = false;
  private strongText = false;

  private kindOfText(): { kind: RawBlock['kind']; level: number } {
    for (let i = this.containers.length - 1; i >= 0; i--) {
      const tag = this.containers[i]!;
      if (/^h[1-6]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) };
      if (tag === 'li') return { kind: 'list_item', level: Math.max(1, this.containers.filter((t) => t === 'ul' || t === 'ol' || t === 'menu').length) };
      if (tag === 'pre') return { kind: 'code', level: 0 };
      if (tag === 'tr') return { kind: 'table_row', level: 0 };
    }
    return { kind: 'paragraph', level: 0 };
  }

  flush(): void {
    if (this.builder.isEmpty()) {
      this.plainText = false;
      this.strongText = false;
      return;
    }
    const { kind, level } = this.kindOfText();
    const { text, links } = this.builder.finish();
    if (this.builder.truncated) this.notes.push('A very long block was cut.');
    this.builder = new TextBuilder();
    this.anchors = this.anchors.map((a) => ({ ...a, start: 0 }));
    if (text === '' || this.blocks.length >= DOCUMENT_LIMITS.maxBlocks) return;
    const block: RawBlock = { kind, level, text, links, line: null };
    if (kind === 'table_row' && this.rowHeader) block.header = true;
    if (kind === 'paragraph' && this.strongText && !this.plainText) block.strong = true;
    this.plainText = false;
    this.strongText = false;
    this.blocks.push(block);
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    this.depth++;
    if (this.depth > this.maxDepthSeen) this.maxDepthSeen = this.depth;
    if (this.skipUntil !== -1) return;
    if (SKIPPED.has(name) || isHidden(attribs)) {
      this.skipUntil = this.depth;
      return;
    }
    if (name === 'br') { this.builder.newline(); return; }
    if (name === 'strong' || name === 'b') { this.strongDepth++; return; }
    if (name === 'td' || name === 'th') {
      if (this.rowHasCell) this.builder.push(' | ');
      this.rowHasCell = true;
      if (name === 'th') this.rowHeader = true;
      return;
    }
    if (name === 'a' && attribs.href !== undefined) {
      this.anchors.push({ start: this.builder.length, href: attribs.href.trim(), depth: this.depth });
      return;
    }
    // An image inside a link ("Submit a report" drawn as a button): its alt text is the link's name, as for a screen reader.
    if (name === 'img' && this.anchors.length > 0 && attribs.alt !== undefined && attribs.alt.trim() !== '') {
      this.ontext(` ${attribs.alt.trim().slice(0, 200)} `);
      return;
    }
    if (BLOCKS.has(name)) {
      if (name !== 'tr' || !this.containers.includes('tr')) this.flush();
      if (name === 'tr') { this.rowHasCell = false; this.rowHeader = false; }
      if (this.containers.length < DOCUMENT_LIMITS.maxDepth) this.containers.push(name);
    }
  }

  onclosetag(name: string): void {
    const depth = this.depth--;
    if (this.skipUntil !== -1) {
      if (depth === this.skipUntil) this.skipUntil = -1;
      return;
    }
    if (name === 'strong' || name === 'b') {
      this.strongDepth = Math.max(0, this.strongDepth - 1);
      return;
    }
    if (name === 'a') {
      const open = this.anchors[this.anchors.length - 1];
      if (open && open.depth === depth) {
        this.anchors.pop();
        this.builder.addLink('', open.href, open.start);
      }
      return;
    }
    if (BLOCKS.has(name)) {
      this.flush();
      const at = this.containers.lastIndexOf(name);
      if (at !== -1) this.containers.length = at;
      if (name === 'tr') { this.rowHasCell = false; this.rowHeader = false; }
    }
  }

  ontext(text: string): void {
    if (this.skipUntil !== -1) return;
    if (text.trim() !== '') {
      if (this.strongDepth > 0) this.strongText = true;
      else this.plainText = true;
    }
    this.builder.push(text.includes('{') ? text.replace(TEMPLATE_TAG, ' ').replace(JSX_STRING, (_m, d?: string, q?: string) => d ?? q ?? '') : text);
  }
}

/**
 * Reads HTML into raw blocks with htmlparser2's streaming tokenizer (no DOM, nothing executed): headings,
 * paragraphs, list items with depth, table rows (cells joined by " | ") and preformatted code. Script, style,
 * template, noscript, navigation and hidden elements are skipped; Jinja/Liquid tags are dropped.
 */
export function readHtml(text: string): { blocks: RawBlock[]; notes: string[] } {
  const reader = new HtmlReader();
  const parser = new Parser({
    onopentag: (name, attribs) => reader.onopentag(name, attribs),
    onclosetag: (name) => reader.onclosetag(name),
    ontext: (data) => reader.ontext(data),
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  // htmlparser2 keeps open elements in an array it unshifts into, so unclosed nesting costs time quadratic in
  // its depth: write in chunks and stop reading once the nesting is absurd (no real page nests 1,000 deep).
  for (let i = 0; i < text.length; i += CHUNK) {
    parser.write(text.slice(i, i + CHUNK));
    if (reader.maxDepthSeen > MAX_NESTING) {
      reader.notes.push(`The HTML nests more than ${MAX_NESTING} elements deep: only the first part was read.`);
      break;
    }
  }
  parser.end();
  reader.flush();
  return { blocks: reader.blocks, notes: reader.notes };
}
