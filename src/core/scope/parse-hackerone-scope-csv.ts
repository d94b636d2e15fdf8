import type { Finding } from '../schemas/finding.ts';
import { parseCsv } from './parse-csv.ts';
import { toPrintable } from './to-printable.ts';
import { msg } from '../message/message.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';

/** The header of the scope CSV a HackerOne programme page offers for download, in order. */
export const HACKERONE_SCOPE_CSV_COLUMNS = [
  'identifier', 'asset_type', 'instruction', 'eligible_for_bounty', 'eligible_for_submission', 'availability_requirement',
  'confidentiality_requirement', 'integrity_requirement', 'max_severity', 'system_tags', 'created_at', 'updated_at',
] as const;

// Asset types whose identifier names hosts, URLs or networks.
const HOST_TYPES = new Set(['URL', 'WILDCARD', 'DOMAIN', 'API', 'CIDR', 'IP_ADDRESS', 'IP_RANGE']);
// Asset types that never name a web host (apps, code, binaries, devices).
const NON_HOST_TYPES = new Set([
  'GOOGLE_PLAY_APP_ID', 'APPLE_STORE_APP_ID', 'WINDOWS_APP_STORE_APP_ID', 'TESTFLIGHT', 'OTHER_APK', 'OTHER_IPA', 'SOURCE_CODE',
  'DOWNLOADABLE_EXECUTABLES', 'EXECUTABLE', 'HARDWARE', 'SMART_CONTRACT', 'AI_MODEL',
]);
const MAX_RECORDS = 100_000;
const MAX_QUOTE = 300;
// A spreadsheet formula ("=cmd|' /C calc'!A0", "@SUM(…)"): never a host, never passed on.
const FORMULA = /^[=+@\t\r-]/;
const NARROWING_WORDS = /\b(?:except|excluding|exclude[sd]?|not in scope|out of scope|but not|other than|only)\b/i;

/** Whether the text's first line is a HackerOne scope CSV header (has `identifier` and `asset_type`). */
export function isHackerOneScopeCsv(text: string): boolean {
  const first = /^[^\r\n]*/.exec(text.replace(/^\uFEFF/, '').trimStart())![0];
  const names = first.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  return names.includes('identifier') && names.includes('asset_type');
}

/**
 * Reads HackerOne's structured-scope CSV into user-scope entries: rows eligible for submission are
 * inclusions, `eligible_for_submission=false` rows exclusions. Host-naming asset types (URL, WILDCARD,
 * CIDR, …) are read; apps, source code and devices are skipped with an info; OTHER rows become exclusions
 * only (an OTHER in-scope row is often a marketplace or download page, not a host to test). A row whose
 * eligibility cannot be read is taken as out of scope, the safe side. Each problem names its line.
 */
export function parseHackerOneScopeCsv(text: string): { value: UserScopeEntry[]; findings: Finding[] } {
  const csv = parseCsv(text.replace(/^\uFEFF/, ''), { maxRecords: MAX_RECORDS + 1, maxFieldLength: 4096 });
  const findings: Finding[] = [...csv.findings];
  const value: UserScopeEntry[] = [];
  const [header, ...rows] = csv.value;
  const columns = new Map((header?.fields ?? []).map((name, index) => [name.trim().toLowerCase(), index]));
  const col = (name: string) => columns.get(name);
  const identifierAt = col('identifier');
  const eligibleAt = col('eligible_for_submission');
  if (identifierAt === undefined) {
    findings.push({ id: 'hackerone_csv_shape', severity: 'error', line: 1, params: { line: 1 } });
    return { value, findings };
  }
  if (eligibleAt === undefined) {
    findings.push({ id: 'hackerone_csv_shape', severity: 'error', line: 1, params: { line: 1 }, message_id: 'finding_hackerone_csv_shape_eligibility' });
    return { value, findings };
  }
  const typeAt = col('asset_type');
  const instructionAt = col('instruction');
  for (const { line, fields } of rows) {
    const at = msg('detail_atLine', { line });
    if (fields.length !== columns.size) findings.push({ id: 'hackerone_csv_columns', severity: 'warning', line, params: { at, fields: fields.length, header: columns.size }, message_id: 'finding_hackerone_csv_columns' });
    const identifier = (fields[identifierAt] ?? '').trim();
    const type = (typeAt === undefined ? '' : fields[typeAt] ?? '').trim().toUpperCase();
    const instruction = (instructionAt === undefined ? '' : fields[instructionAt] ?? '').replace(/\s+/g, ' ').trim();
    const eligible = (fields[eligibleAt] ?? '').trim().toLowerCase();
    if (identifier.length === 0) {
      findings.push({ id: 'hackerone_csv_no_identifier', severity: 'warning', line, params: { at }, message_id: 'finding_hackerone_csv_no_identifier' });
      continue;
    }
    const shown = JSON.stringify(toPrintable(identifier.length > 120 ? `${identifier.slice(0, 120)}…` : identifier));
    if (FORMULA.test(identifier)) {
      findings.push({ id: 'hackerone_csv_formula', severity: 'warning', line, params: { at, identifier: shown }, message_id: 'finding_hackerone_csv_formula' });
      continue;
    }
    let effect: UserScopeEntry['effect'];
    if (eligible === 'true') effect = 'include';
    else if (eligible === 'false') effect = 'exclude';
    else {
      effect = 'exclude';
      findings.push({ id: 'hackerone_csv_eligibility', severity: 'warning', line, params: { at, value: JSON.stringify(toPrintable(eligible.slice(0, 40))), identifier: shown }, message_id: 'finding_hackerone_csv_eligibility' });
    }
    if (NON_HOST_TYPES.has(type)) {
      findings.push({ id: 'hackerone_csv_not_a_host', severity: 'info', line, params: { at, identifier: shown, type }, message_id: 'finding_hackerone_csv_not_a_host' });
      continue;
    }
    if (!HOST_TYPES.has(type) && effect === 'include') {
      findings.push({ id: 'hackerone_csv_not_a_host', severity: 'warning', line, params: { at, identifier: shown, type: type || '-' }, message_id: 'finding_hackerone_csv_not_a_host_in_scope' });
      continue;
    }
    if (effect === 'include' && NARROWING_WORDS.test(instruction)) {
      findings.push({ id: 'hackerone_csv_instruction', severity: 'warning', line, params: { at, identifier: shown, instruction: JSON.stringify(toPrintable(instruction.slice(0, 200))) }, message_id: 'finding_hackerone_csv_instruction' });
    }
    const quote = `HackerOne line ${line}: ${identifier} (${type || 'no type'}${effect === 'exclude' ? ', not eligible for submission' : ''})${instruction ? ` ${instruction}` : ''}`;
    const quoteMessage = msg('origin_importHackerone', {
      // Every parameter given (an absent one would shift the positional substitutions after it).
      at, identifier, type: type || msg('origin_importNoType'), excluded: effect === 'exclude' ? msg('origin_importNotEligible') : '',
      instruction: instruction ? ` ${instruction.slice(0, MAX_QUOTE)}` : '',
    });
    value.push({ pattern: identifier, effect, source: 'hackerone', quote: quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE)}…` : quote, quote_message: quoteMessage, line });
  }
  return { value, findings };
}
