// RFC 6068 header fields of a mailto: URI, checked for what a contact must never do: add recipients or headers,
// or break a header line. Linear scan, no regex over the whole value.
import { msg, type Message } from '../message/message.ts';

/** The only header fields RFC 6068 §3 expects a resolver to understand, and §7 considers safe to follow. */
const SAFE_HEADERS = new Set(['subject', 'body']);
const MAX_NAMES_REPORTED = 3;

/** Index of the first `%0D` or `%0A` (an encoded CR or LF) in `text`, or -1. */
function encodedLineBreakAt(text: string): number {
  for (let i = text.indexOf('%'); i !== -1; i = text.indexOf('%', i + 1)) {
    if (text[i + 1] === '0') {
      const c = text[i + 2];
      if (c === 'd' || c === 'D' || c === 'a' || c === 'A') return i;
    }
  }
  return -1;
}

/** Decodes the `%XX` escapes of an ASCII header name; anything else stays as it is. */
function decodeName(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const hex = c === '%' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 2;
    } else {
      out += c;
    }
  }
  return out.toLowerCase();
}

function quote(text: string): string {
  let flat = '';
  for (const c of text.slice(0, 80)) flat += c < ' ' || c === '\u007f' ? ' ' : c;
  flat = flat.trim();
  return `"${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}"`;
}

/**
 * Why a `mailto:` URI would inject mail headers (RFC 6068 §2, §7), or null when it does not (or is no mailto:):
 * an encoded CR/LF in the addresses or in a header name or subject (a body may carry `%0D%0A` line breaks,
 * §2), or a header other than subject and body (`to`, `cc`, `bcc`, …: recipients or headers a contact must
 * not add).
 */
export function findMailtoHeaderInjection(value: string): Message | null {
  if (value.slice(0, 7).toLowerCase() !== 'mailto:') return null;
  let rest = value.slice(7);
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const question = rest.indexOf('?');
  const addresses = question === -1 ? rest : rest.slice(0, question);
  if (encodedLineBreakAt(addresses) !== -1) return msg('injection_lineBreakInAddress');
  if (question === -1) return null;

  const unsafe: string[] = [];
  for (const field of rest.slice(question + 1).split('&')) {
    if (field === '') continue;
    const eq = field.indexOf('=');
    const rawName = eq === -1 ? field : field.slice(0, eq);
    if (encodedLineBreakAt(rawName) !== -1) return msg('injection_lineBreakInHeaderName', { name: quote(decodeName(rawName)) });
    const name = decodeName(rawName);
    if (!SAFE_HEADERS.has(name)) {
      if (unsafe.length < MAX_NAMES_REPORTED && !unsafe.includes(name)) unsafe.push(name);
      continue;
    }
    if (name === 'subject' && eq !== -1 && encodedLineBreakAt(field.slice(eq + 1)) !== -1) {
      return msg('injection_lineBreakInSubject');
    }
  }
  if (unsafe.length > 0) return msg(unsafe.length === 1 ? 'injection_setsHeader' : 'injection_setsHeaders', { names: unsafe.map(quote).join(', ') });
  return null;
}
