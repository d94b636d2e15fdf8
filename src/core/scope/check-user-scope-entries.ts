import type { Finding } from '../schemas/finding.ts';
import { parseScopePattern } from './parse-scope-pattern.ts';
import { toPrintable } from './to-printable.ts';
import { msg } from '../message/message.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';

const MAX_SHOWN = 120;

/**
 * A warning, with its line number, for every user-scope entry that names no host, URL or network
 * scopecheck can read: compileScope would drop it (an exclusion phrase about third-party services
 * is the one kind that still acts, and gets an info). Never silent about what it cannot read.
 */
export function checkUserScopeEntries(entries: readonly UserScopeEntry[]): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (entry.opaque) continue; // compileScope reports these itself
    const parsed = parseScopePattern(entry.pattern, entry.effect);
    if (parsed.value.some((e) => e.type === 'pattern')) continue;
    const where = entry.line !== undefined ? msg('detail_atLine', { line: entry.line }) : (entry.quote ?? msg('detail_anEntry'));
    const shown = JSON.stringify(toPrintable(entry.pattern.length > MAX_SHOWN ? `${entry.pattern.slice(0, MAX_SHOWN)}…` : entry.pattern));
    const phrase = parsed.value[0];
    if (entry.effect === 'exclude' && phrase?.type === 'phrase' && phrase.category === 'third_party') {
      findings.push({ id: 'scope_line_phrase', severity: 'info', line: entry.line ?? null, params: { where, entry: shown } });
      continue;
    }
    findings.push({ id: 'scope_line_unreadable', severity: 'warning', line: entry.line ?? null, params: { where, entry: shown }, ...(entry.effect === 'exclude' ? { message_id: 'finding_scope_line_unreadable_exclusion' } : {}) });
  }
  return findings;
}
