/** The body as text, plus what decoding noticed. */
export interface DecodedBody {
  text: string;
  /** The bytes were not valid UTF-8 (invalid sequences became U+FFFD). */
  notUtf8: boolean;
  /** A leading U+FEFF was present (it is removed from `text`). */
  bom: boolean;
}

// Decoders are stateless between non-streaming decode() calls, so one of each serves every call.
const LENIENT = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8 check, asked only when the lenient decoding holds a U+FFFD (invalid bytes, or a real U+FFFD). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    STRICT.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes bytes as UTF-8 ourselves (never trusting a declared charset), invalid sequences as U+FFFD.
 * One decoding pass; the strict check runs only when a U+FFFD shows up.
 */
export function decodeBody(bytes: Uint8Array): DecodedBody {
  const text = LENIENT.decode(bytes);
  const notUtf8 = text.includes('\uFFFD') && !isUtf8(bytes);
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, notUtf8, bom };
}
