import { toWellFormed } from './percent-encode.ts';

const MAX_LINE = 76;

function hex(byte: number): string {
  return `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function encodeLine(line: string, encoder: TextEncoder): string {
  const bytes = encoder.encode(line);
  const tokens: string[] = [];
  bytes.forEach((byte, i) => {
    const last = i === bytes.length - 1;
    const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    tokens.push(literal ? String.fromCharCode(byte) : hex(byte));
  });
  // Mail transports treat "From " at a line start and a lone "." specially.
  if (line.startsWith('From ') || line === '.') tokens[0] = hex(bytes[0]!);
  const out: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current.length + token.length > MAX_LINE - 1) {
      out.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text; line breaks become CRLF, lines stay within 76 characters. */
export function encodeQuotedPrintable(text: string): string {
  const encoder = new TextEncoder();
  return toWellFormed(text)
    .split(/\r\n|\r|\n/)
    .map((line) => encodeLine(line, encoder))
    .join('\r\n');
}
