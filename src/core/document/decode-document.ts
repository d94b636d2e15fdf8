import { DOCUMENT_LIMITS } from './block.ts';

export interface DecodedBody {
  text: string;
  /** The input was cut at the size limit. */
  truncated: boolean;
  /** Looks like binary data (NUL bytes or many control characters), not text. */
  binary: boolean;
  /** Starts with the PDF signature. */
  pdf: boolean;
  notes: string[];
}

function charsetOf(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*"?([A-Za-z0-9._:-]{1,40})/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function decodeBytes(bytes: Uint8Array, charset: string | null, notes: string[]): string {
  let label = charset ?? 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  try {
    return new TextDecoder(label, { fatal: false }).decode(bytes);
  } catch {
    notes.push(`Unknown charset "${label}": read as UTF-8.`);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }
}

/** Share of control characters (other than tab, CR, LF, FF) and NULs in the first 4 KiB. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.1;
}

/**
 * Turns a response body (bytes or text) into text: charset from the Content-Type or a BOM, UTF-8 otherwise,
 * never throwing; cut at the 2 MiB limit; flags binary data and PDFs instead of reading them as text.
 */
export function decodeDocument(body: string | Uint8Array, contentType?: string | null): DecodedBody {
  const notes: string[] = [];
  let truncated = false;
  let text: string;
  let pdf: boolean;
  if (typeof body === 'string') {
    truncated = body.length > DOCUMENT_LIMITS.maxInput;
    text = truncated ? body.slice(0, DOCUMENT_LIMITS.maxInput) : body;
    pdf = text.startsWith('%PDF-');
  } else {
    truncated = body.length > DOCUMENT_LIMITS.maxInput;
    const bytes = truncated ? body.subarray(0, DOCUMENT_LIMITS.maxInput) : body;
    pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
    text = pdf ? '' : decodeBytes(bytes, charsetOf(contentType), notes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (truncated) notes.push(`The document is larger than ${DOCUMENT_LIMITS.maxInput / 1024 / 1024} MiB: only the first part was read.`);
  return { text, truncated, binary: !pdf && looksBinary(text), pdf, notes };
}
