/** The body as text, plus what decoding noticed. */
export interface DecodedBody {
  text: string;
  /** The bytes were not valid UTF-8 (invalid sequences became U+FFFD). */
  notUtf8: boolean;
  /** A leading U+FEFF was present (it is removed from `text`). */
  bom: boolean;
}

/** Decodes bytes as UTF-8 ourselves (never trusting a declared charset): fatal first, then with U+FFFD. */
export function decodeBody(bytes: Uint8Array): DecodedBody {
  let text: string;
  let notUtf8 = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    notUtf8 = true;
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, notUtf8, bom };
}
