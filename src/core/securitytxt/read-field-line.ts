import type { Finding } from '../schemas/finding.ts';
import { msg } from '../message/message.ts';
import { makeFinding } from './check-catalogue.ts';
import { isWs } from './trim-whitespace.ts';

export type LineRead =
  | { kind: 'skip' }
  | { kind: 'field'; name: string; value: string };

const SKIP: LineRead = Object.freeze({ kind: 'skip' });

/** C0 controls except HTAB, and DEL. Global so that a search can start at `lastIndex` (one native linear scan). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/g;

/** A control character (C0 except HTAB, or DEL) in text[from…]: a loop for short tails, the native scan for long ones. */
function hasControlFrom(text: string, from: number): boolean {
  if (text.length - from <= 16) {
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true;
    }
    return false;
  }
  CONTROL.lastIndex = from;
  return CONTROL.test(text);
}

/** ftext of RFC 5322: printable ASCII except ":" (%x21-39 / %x3B-7E), over text[from, to). */
function isFieldName(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x3a) return false;
  }
  return true;
}

/**
 * Reads one line leniently (README "Parsing model" 4–5): blank lines and comments are skipped, leading
 * whitespace is reported and removed, a field is split at the first colon, its name and value checked.
 * Works on indexes into the line; only the name and the value are sliced out.
 */
export function readFieldLine(text: string, line: number, findings: Finding[]): LineRead {
  const n = text.length;
  let start = 0;
  while (start < n && isWs(text.charCodeAt(start))) start++;
  if (start === n) return SKIP;
  if (start > 0) findings.push(makeFinding('leading_whitespace', line));
  if (text.charCodeAt(start) === 0x23 /* # */) {
    if (hasControlFrom(text, start)) findings.push(makeFinding('invalid_comment_characters', line));
    return SKIP;
  }
  const colon = text.indexOf(':', start);
  if (colon === -1) {
    findings.push(makeFinding('invalid_line', line));
    return SKIP;
  }
  // text[start] is not blank, so the name is empty only when the colon comes first.
  if (colon === start) {
    findings.push(makeFinding('empty_field_name', line));
    return SKIP;
  }
  let nameEnd = colon;
  if (isWs(text.charCodeAt(colon - 1))) {
    findings.push(makeFinding('whitespace_before_colon', line));
    while (nameEnd > start && isWs(text.charCodeAt(nameEnd - 1))) nameEnd--;
  }
  const name = text.slice(start, nameEnd);
  if (!isFieldName(text, start, nameEnd)) {
    findings.push(makeFinding('invalid_field_name', line, msg('detail_quoted', { text: name.slice(0, 80) })));
    return SKIP;
  }
  let valueStart = colon + 1;
  let valueEnd = n;
  while (valueStart < valueEnd && isWs(text.charCodeAt(valueStart))) valueStart++;
  while (valueEnd > valueStart && isWs(text.charCodeAt(valueEnd - 1))) valueEnd--;
  if (valueStart === valueEnd) {
    findings.push(makeFinding('empty_field_value', line, msg('detail_parenthesised', { text: name.slice(0, 80) })));
    return SKIP;
  }
  if (text.charCodeAt(colon + 1) !== 0x20 || isWs(text.charCodeAt(colon + 2))) findings.push(makeFinding('missing_space_after_colon', line));
  if (hasControlFrom(text, colon + 1)) findings.push(makeFinding('invalid_value_characters', line));
  return { kind: 'field', name, value: text.slice(valueStart, valueEnd) };
}
