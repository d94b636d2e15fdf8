import type { Block, DocumentFormat } from './block.ts';
import { decodeDocument } from './decode-document.ts';
import { finishBlocks } from './finish-blocks.ts';
import { readHtml } from './read-html.ts';
import { readMarkdown } from './read-markdown.ts';
import { sniffFormat } from './sniff-format.ts';

export interface ReadDocumentInput {
  body: string | Uint8Array;
  contentType?: string | null;
  url?: string | null;
}

export interface ReadDocumentResult {
  format: DocumentFormat;
  blocks: Block[];
  /** Problems reading the document, for the user (not supported, cut, binary …). */
  notes: string[];
  truncated: boolean;
  /** The decoded text (empty for a PDF or binary data). */
  text: string;
}

/**
 * Reads an HTML, Markdown or plain-text document into one structure of headings, paragraphs, list items,
 * table rows and code, each with its heading path and sentence spans. The format is sniffed; a PDF or binary
 * data gives no blocks and a note. Never throws; bounded to 2 MiB and linear in the input.
 */
export function readDocument(input: ReadDocumentInput): ReadDocumentResult {
  const decoded = decodeDocument(input.body, input.contentType);
  const notes = [...decoded.notes];
  if (decoded.pdf) {
    const where = input.url ? `: ${input.url}` : '';
    notes.push(`PDF documents are not supported; open the policy yourself${where}`);
    return { format: 'pdf', blocks: [], notes, truncated: decoded.truncated, text: '' };
  }
  if (decoded.binary) {
    notes.push('The document is binary data, not text: nothing was read.');
    return { format: 'unknown', blocks: [], notes, truncated: decoded.truncated, text: '' };
  }
  const format = sniffFormat(decoded.text, input.contentType, input.url);
  if (format === 'pdf') {
    notes.push(`PDF documents are not supported; open the policy yourself${input.url ? `: ${input.url}` : ''}`);
    return { format, blocks: [], notes, truncated: decoded.truncated, text: '' };
  }
  let raw;
  try {
    raw = format === 'html' ? readHtml(decoded.text) : readMarkdown(decoded.text, { plain: format === 'text' });
  } catch (error) {
    notes.push(`The document could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return { format, blocks: [], notes, truncated: decoded.truncated, text: decoded.text };
  }
  notes.push(...raw.notes);
  return { format, blocks: finishBlocks(raw.blocks), notes, truncated: decoded.truncated, text: decoded.text };
}
