import { encodeBase64 } from './encode-base64.ts';
import { sanitizeHeaderText } from './sanitize-text.ts';

const PRINTABLE = /^[\x20-\x7E]*$/;
const WORD_BYTES = 39; // 52 base64 characters: each encoded-word stays well under 75 (RFC 2047 §2)

function encodedWords(text: string): string[] {
  const encoder = new TextEncoder();
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (encoder.encode(chunk + ch).length > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${encodeBase64(encoder.encode(w))}?=`);
}

function foldAtSpaces(text: string, firstLineRoom: number): string {
  const lines: string[] = [];
  let current = '';
  let room = firstLineRoom;
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > room) {
      lines.push(current);
      current = word;
      room = 77;
    } else {
      current = current === '' && lines.length === 0 ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/**
 * One unstructured header field (`Subject: …`), folded with CRLF SP. Non-ASCII text, text that could be
 * misread as an encoded-word, or a word too long to fold becomes RFC 2047 `=?UTF-8?B?…?=` words split on character
 * boundaries. Control characters (CR, LF, …) never reach the output.
 */
export function encodeHeaderField(name: string, value: string): string {
  const text = sanitizeHeaderText(value, 1000);
  const room = 78 - name.length - 2;
  const foldable = text.split(' ').every((word) => word.length <= 70);
  if (PRINTABLE.test(text) && !text.includes('=?') && foldable) return `${name}: ${foldAtSpaces(text, room)}`;
  return `${name}: ${encodedWords(text).join('\r\n ')}`;
}

/** A display name for From/To: an atom phrase, a quoted string, or encoded-words. */
export function encodeDisplayName(name: string): string {
  const text = sanitizeHeaderText(name, 120);
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/.test(text) && !text.includes('=?')) return text;
  if (PRINTABLE.test(text)) return `"${text.replace(/[\\"]/g, '\\$&')}"`;
  return encodedWords(text).join(' ');
}
