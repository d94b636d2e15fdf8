export { sanitizeHeaderText } from '../../../src/core/draft/sanitize-text.ts';
export { toWellFormed as toWellFormedForTest } from '../../../src/core/draft/percent-encode.ts';
