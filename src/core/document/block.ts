import * as z from 'zod/mini';

/** A character range [start, end) inside a block's `text`. */
export const SpanSchema = z.object({ start: z.number(), end: z.number() });
export type Span = z.infer<typeof SpanSchema>;

/** A hyperlink kept from the source: its visible text, its target, and where the text sits in the block. */
export const BlockLinkSchema = z.object({
  text: z.string(),
  href: z.string(),
  start: z.number(),
  end: z.number(),
});
export type BlockLink = z.infer<typeof BlockLinkSchema>;

export const BlockKindSchema = z.enum(['heading', 'paragraph', 'list_item', 'table_row', 'code']);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/**
 * One unit of a read document, whatever the source format: a heading, a paragraph, a list item, a table row
 * or a code block. `text` is plain text (markup removed, whitespace collapsed); `sentences` index into it.
 */
export const BlockSchema = z.object({
  kind: BlockKindSchema,
  /** Heading level (1–6), list depth (1 = top level), 0 otherwise. */
  level: z.number(),
  text: z.string(),
  /** Texts of the enclosing headings, outermost first (a heading's own path excludes itself). */
  section: z.array(z.string()),
  /** Index of the nearest enclosing heading block, or null before the first heading. */
  heading: z.nullable(z.number()),
  /** Index of the block that introduces this one: a list's lead-in paragraph or a nested item's parent. */
  intro: z.nullable(z.number()),
  sentences: z.array(SpanSchema),
  links: z.array(BlockLinkSchema),
  /** 1-based source line where the block starts (Markdown and text), null for HTML. */
  line: z.nullable(z.number()),
  /** A short line ending in a colon ("Testing guidelines:") promoted to a heading. */
  pseudo: z.optional(z.boolean()),
  /** Table header row. */
  header: z.optional(z.boolean()),
});
export type Block = z.infer<typeof BlockSchema>;

export const DocumentFormatSchema = z.enum(['html', 'markdown', 'text', 'pdf', 'unknown']);
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>;

/** What a format reader produces before sections, lead-ins and sentences are worked out. */
export interface RawBlock {
  kind: BlockKind;
  level: number;
  text: string;
  links: BlockLink[];
  line: number | null;
  header?: boolean;
  /** A paragraph that is one bold span ("**Scope**"): read as a heading when short. */
  strong?: boolean;
}

/** Limits that keep reading linear and bounded on hostile input. */
export const DOCUMENT_LIMITS = {
  /** Bytes (or UTF-16 units for strings) read at most: the rest is cut with a note. */
  maxInput: 2 * 1024 * 1024,
  /** A single block longer than this is cut. */
  maxBlockChars: 20_000,
  maxBlocks: 20_000,
  maxLinksPerBlock: 200,
  /** Deeper HTML/list nesting is flattened. */
  maxDepth: 64,
} as const;
