import type { Finding } from '../schemas/finding.ts';
import { makeFinding } from './check-catalogue.ts';
import { isWs, trimWhitespace } from './trim-whitespace.ts';

export type LineRead =
  | { kind: 'skip' }
  | { kind: 'field'; name: string; value: string };

/** C0 controls except HTAB, and DEL. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true;
  }
  return false;
}

/** ftext of RFC 5322: printable ASCII except ":" (%x21-39 / %x3B-7E). */
function isFieldName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x3a) return false;
  }
  return true;
}

/**
 * Reads one line leniently (README "Parsing model" 4–5): blank lines and comments are skipped, leading
 * whitespace is reported and removed, a field is split at the first colon, its name and value checked.
 */
export function readFieldLine(text: string, line: number, findings: Finding[]): LineRead {
  let start = 0;
  while (start < text.length && isWs(text.charCodeAt(start))) start++;
  if (start === text.length) return { kind: 'skip' };
  if (start > 0) findings.push(makeFinding('leading_whitespace', line));
  const body = text.slice(start);
  if (body.startsWith('#')) {
    if (hasControl(body)) findings.push(makeFinding('invalid_comment_characters', line));
    return { kind: 'skip' };
  }
  const colon = body.indexOf(':');
  if (colon === -1) {
    findings.push(makeFinding('invalid_line', line));
    return { kind: 'skip' };
  }
  const rawName = body.slice(0, colon);
  if (trimWhitespace(rawName) === '') {
    findings.push(makeFinding('empty_field_name', line));
    return { kind: 'skip' };
  }
  let name = rawName;
  if (isWs(rawName.charCodeAt(rawName.length - 1))) {
    findings.push(makeFinding('whitespace_before_colon', line));
    name = trimWhitespace(rawName);
  }
  if (!isFieldName(name)) {
    findings.push(makeFinding('invalid_field_name', line, `("${name.slice(0, 80)}")`));
    return { kind: 'skip' };
  }
  const rest = body.slice(colon + 1);
  const value = trimWhitespace(rest);
  if (value === '') {
    findings.push(makeFinding('empty_field_value', line, `(${name.slice(0, 80)})`));
    return { kind: 'skip' };
  }
  if (rest.charCodeAt(0) !== 0x20 || isWs(rest.charCodeAt(1))) findings.push(makeFinding('missing_space_after_colon', line));
  if (hasControl(rest)) findings.push(makeFinding('invalid_value_characters', line));
  return { kind: 'field', name, value };
}
