import type { Finding } from '../schemas/finding.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';

const MAX_LINE_LENGTH = 4096;
const MAX_ENTRIES = 100_000;

/**
 * The researcher's program scope as pasted text. Syntax, one entry per line:
 * - `example.com` (that host), `*.example.com` (its subdomains, not example.com itself),
 *   `example.com and all subdomains`, `api-*.example.com`, `https://example.com/app` (host + path prefix),
 *   `example.com:8443`, `10.0.0.0/8`, `2001:db8::/32`;
 * - a leading `!` or `-` excludes the entry, a leading `+` (optional) includes it;
 * - blank lines and lines starting with `#` are ignored, and ` #` starts a comment.
 * Exclusions win over inclusions (see judgeScope). Never throws; bad lines become findings.
 */
export function parseUserScopeText(text: string): { value: UserScopeEntry[]; findings: Finding[] } {
  const value: UserScopeEntry[] = [];
  const findings: Finding[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const number = i + 1;
    const raw = lines[i]!;
    if (raw.length > MAX_LINE_LENGTH) {
      findings.push({ id: 'scope_line_too_long', severity: 'warning', line: number, message: `Line ${number} is longer than ${MAX_LINE_LENGTH} characters and was skipped.` });
      continue;
    }
    const hash = raw.search(/(?:^|\s)#/);
    const line = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (line.length === 0) continue;
    if (value.length >= MAX_ENTRIES) {
      findings.push({ id: 'scope_too_many_entries', severity: 'warning', line: number, message: `Only the first ${MAX_ENTRIES} entries are read.` });
      break;
    }
    const sign = line[0];
    const effect = sign === '!' || sign === '-' ? 'exclude' : 'include';
    const pattern = (sign === '!' || sign === '-' || sign === '+' ? line.slice(1) : line).trim();
    if (pattern.length === 0) {
      findings.push({ id: 'scope_line_empty_pattern', severity: 'warning', line: number, message: `Line ${number} has a "${sign}" but no pattern.` });
      continue;
    }
    value.push({ pattern, effect, source: 'user', quote: raw.trim() });
  }
  return { value, findings };
}
