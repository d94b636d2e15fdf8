import type { Finding } from '../schemas/finding.ts';
import { parseScopePattern } from './parse-scope-pattern.ts';
import type { ScopeEffect } from './scope-pattern.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';

const MAX_LINE_LENGTH = 4096;
const MAX_ENTRIES = 100_000;
// "In scope", "Out-of-scope targets:", "## Out of Scope" (as a programme page is copied).
// Matched against the trimmed line with its whitespace collapsed to single spaces.
const HEADING = /^#{0,6} ?(in|out[ -]of)[ -]scope(?: (?:targets?|assets?|domains?|hosts?|items?))? ?:?$/i;
// Bugcrowd's target categories and table headers, as copied from a programme page on lines of their own.
const CATEGORY_LINE = /^(?:website(?: testing)?|api(?: testing)?|android|ios|hardware(?: testing)?|iot|network|other|ip address|target|targets|target name|type|category|tags)$/i;

/**
 * The researcher's program scope as pasted text. Syntax, one entry per line:
 * - `example.com` (that host), `*.example.com` (its subdomains, not example.com itself),
 *   `example.com and all subdomains`, `api-*.example.com`, `https://example.com/app` (host + path prefix),
 *   `example.com:8443`, `10.0.0.0/8`, `2001:db8::/32`;
 * - a leading `!` or `-` excludes the entry, a leading `+` (optional) includes it;
 * - a heading line "In scope" or "Out of scope" (as a bounty programme page is copied) makes the lines
 *   below it inclusions or exclusions until the next heading; a sign still decides its own line;
 * - a line with tabs (a copied table row) is read from its first cell that names a host;
 * - blank lines and lines starting with `#` are ignored, and ` #` starts a comment.
 * Exclusions win over inclusions (see judgeScope). Never throws; bad lines become findings.
 */
export function parseUserScopeText(text: string): { value: UserScopeEntry[]; findings: Finding[] } {
  const value: UserScopeEntry[] = [];
  const findings: Finding[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let section: ScopeEffect = 'include';
  for (let i = 0; i < lines.length; i++) {
    const number = i + 1;
    const raw = lines[i]!;
    if (raw.length > MAX_LINE_LENGTH) {
      findings.push({ id: 'scope_line_too_long', severity: 'warning', line: number, params: { line: number, max: MAX_LINE_LENGTH } });
      continue;
    }
    const heading = HEADING.exec(raw.trim().replace(/\s+/g, ' '));
    if (heading) {
      section = heading[1]!.toLowerCase() === 'in' ? 'include' : 'exclude';
      findings.push({ id: 'scope_section_heading', severity: 'info', line: number, params: { line: number }, ...(section === 'exclude' ? { message_id: 'finding_scope_section_heading_out' } : {}) });
      continue;
    }
    const hash = raw.search(/(?:^|\s)#/);
    const line = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (line.length === 0) continue;
    if (CATEGORY_LINE.test(line) || line.split('\t').every((cell) => cell.trim() === '' || CATEGORY_LINE.test(cell.trim()))) {
      findings.push({ id: 'scope_line_category', severity: 'info', line: number, params: { line: number, text: line.replace(/\s+/g, ' ') } });
      continue;
    }
    if (value.length >= MAX_ENTRIES) {
      findings.push({ id: 'scope_too_many_entries', severity: 'warning', line: number, params: { max: MAX_ENTRIES } });
      break;
    }
    const sign = line[0];
    const signed = sign === '!' || sign === '-' || sign === '+';
    const effect: ScopeEffect = sign === '!' || sign === '-' ? 'exclude' : sign === '+' ? 'include' : section;
    const body = (signed ? line.slice(1) : line).trim();
    const pattern = line.includes('\t') ? pickCell(body, effect) : body;
    if (pattern.length === 0) {
      findings.push({ id: 'scope_line_empty_pattern', severity: 'warning', line: number, params: { line: number, sign: sign! } });
      continue;
    }
    value.push({ pattern, effect, source: 'user', quote: raw.trim(), line: number });
  }
  return { value, findings };
}

/** A copied table row: its first cell that names a host, else its first cell. */
function pickCell(row: string, effect: ScopeEffect): string {
  const cells = row.split('\t').map((c) => c.trim()).filter((c) => c.length > 0);
  return cells.find((c) => parseScopePattern(c, effect).value.some((e) => e.type === 'pattern')) ?? cells[0] ?? '';
}
