export { readDocument, type ReadDocumentInput, type ReadDocumentResult } from './read-document.ts';
export { BlockSchema, DOCUMENT_LIMITS, type Block, type BlockKind, type BlockLink, type DocumentFormat, type RawBlock, type Span } from './block.ts';
export { splitSentences } from './split-sentences.ts';
export { sniffFormat } from './sniff-format.ts';
export { decodeDocument, type DecodedBody } from './decode-document.ts';
