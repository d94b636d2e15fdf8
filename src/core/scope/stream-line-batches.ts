export interface StreamedLine {
  /** 1-based line number. */
  number: number;
  /** The line without its end-of-line; cut at `maxLength` when `truncated`. */
  text: string;
  truncated: boolean;
}

/**
 * Streams the lines of a byte or text stream (UTF-8; LF, CRLF or CR), one batch per chunk read (a bulk
 * reader then awaits once per chunk, not once per line), holding at most one line of `maxLength`
 * characters in memory: the rest of a longer line is skipped, not buffered. Empty batches are not yielded.
 */
export async function* streamLineBatches(chunks: AsyncIterable<string | Uint8Array>, maxLength = 4096): AsyncGenerator<StreamedLine[]> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let truncated = false;
  let number = 0;
  let lastWasCr = false;
  const take = (piece: string): StreamedLine[] => {
    const out: StreamedLine[] = [];
    let start = 0;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      if (c === 10 && lastWasCr && i === start) { lastWasCr = false; start = i + 1; continue; } // the LF of a CRLF
      append(piece.slice(start, i));
      out.push({ number: ++number, text: pending, truncated });
      pending = '';
      truncated = false;
      lastWasCr = c === 13;
      start = i + 1;
    }
    if (start < piece.length) { append(piece.slice(start)); lastWasCr = false; }
    return out;
  };
  const append = (text: string) => {
    if (truncated || text.length === 0) return;
    if (pending.length + text.length > maxLength) {
      pending += text.slice(0, maxLength - pending.length);
      truncated = true;
    } else pending += text;
  };
  for await (const chunk of chunks) {
    const batch = take(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (batch.length > 0) yield batch;
  }
  const last = take(decoder.decode());
  if (pending.length > 0 || truncated) last.push({ number: ++number, text: pending, truncated });
  if (last.length > 0) yield last;
}
