import type { Finding } from '../schemas/finding.ts';
import { makeDraftWarning } from './make-draft-warning.ts';

const HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * Decodes `%XX` escapes as UTF-8. Never throws: a stray `%` stays literal and invalid UTF-8 becomes
 * U+FFFD, each with a finding.
 */
export function percentDecode(text: string): { value: string; findings: Finding[] } {
  const findings: Finding[] = [];
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  let strayPercent = false;
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '%' && HEX.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
      continue;
    }
    if (ch === '%') strayPercent = true;
    const cp = text.codePointAt(i)!;
    const s = String.fromCodePoint(cp);
    for (const b of encoder.encode(s)) bytes.push(b);
    i += s.length;
  }
  if (strayPercent) {
    findings.push(makeDraftWarning('percent_malformed'));
  }
  const data = Uint8Array.from(bytes);
  let value: string;
  try {
    value = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    value = new TextDecoder('utf-8').decode(data);
    findings.push(makeDraftWarning('percent_not_utf8'));
  }
  return { value, findings };
}
