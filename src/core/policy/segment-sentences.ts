import type { Span } from '../document/block.ts';

// A full-width sentence end with no space after it: CJK text, which the document's splitter (spaces and capitals)
// leaves as one sentence.
const UNSPACED_END = /[。！？]\s?[^\s。！？」』）]/u;
// A sentence end followed by a letter of a script without case (Hangul, Han, Thai …) or by a pictograph that opens
// the next sentence (a warning sign: "… within GitHub. ⚠️ Do not …"): the document's splitter looks for a capital
// after the space and so never splits there ("…올리지 마세요. 스마트컨트랙트 …").
const CASELESS_NEXT = /[.!?]\s+[\p{Lo}\p{Extended_Pictographic}]/u;
const MAX = 100_000;

let segmenter: Intl.Segmenter | null | undefined;

function sentenceSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'sentence' }) : null;
  }
  return segmenter;
}

/**
 * The sentences of a block, with spans written without spaces (Japanese, Chinese) or in a script without case
 * (Korean) split again by Intl.Segmenter at their sentence ends. Other spans are kept as they are. Offsets stay in `text`.
 */
export function segmentSentences(text: string, spans: readonly Span[]): Span[] {
  const seg = sentenceSegmenter();
  if (!seg) return [...spans];
  const out: Span[] = [];
  for (const span of spans) {
    const part = text.slice(span.start, span.end);
    if (part.length > MAX || (!UNSPACED_END.test(part) && !CASELESS_NEXT.test(part))) { out.push(span); continue; }
    for (const s of seg.segment(part)) {
      let start = span.start + s.index;
      let end = start + s.segment.length;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}
