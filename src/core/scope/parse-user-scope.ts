import type { Finding } from '../schemas/finding.ts';
import { checkUserScopeEntries } from './check-user-scope-entries.ts';
import { parseBurpScope } from './parse-burp-scope.ts';
import { findBugcrowdTargets, parseBugcrowdTargets } from './parse-bugcrowd-targets.ts';
import { findCaidoPreset, parseCaidoScope } from './parse-caido-scope.ts';
import { isHackerOneScopeCsv, parseHackerOneScopeCsv } from './parse-hackerone-scope-csv.ts';
import { parseUserScopeText } from './parse-user-scope-text.ts';
import { isZapContext, parseZapContext } from './parse-zap-context.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';

export type UserScopeFormat = 'text' | 'burp' | 'hackerone' | 'bugcrowd' | 'caido' | 'zap';

/**
 * The researcher's program scope, in the format it is in: a Bugcrowd target list (JSON with
 * `targets.in_scope` / `out_of_scope`), a Caido scope preset (JSON with `allowlist` / `denylist`), a Burp
 * Suite scope (other JSON), a ZAP context (XML), a HackerOne scope CSV (a header
 * with `identifier` and `asset_type`), else the text syntax (parseUserScopeText). Every entry that names
 * no readable host gets a warning with its line (checkUserScopeEntries). Never throws.
 */
export function parseUserScope(text: string): { value: UserScopeEntry[]; findings: Finding[]; format: UserScopeFormat } {
  const body = text.replace(/^\uFEFF/, '');
  const { format, parsed } = parseByFormat(body);
  return { value: parsed.value, findings: [...parsed.findings, ...checkUserScopeEntries(parsed.value)], format };
}

function parseByFormat(body: string): { format: UserScopeFormat; parsed: { value: UserScopeEntry[]; findings: Finding[] } } {
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') {
    let doc: unknown = undefined;
    try { doc = JSON.parse(body); } catch { /* parseBurpScope reports it */ }
    // "[2001:db8::1]:8443" opens a text scope too.
    if (start === '[' && doc === undefined) return { format: 'text', parsed: parseUserScopeText(body) };
    const lists = findBugcrowdTargets(doc);
    if (lists && 'programmes' in lists) {
      return { format: 'bugcrowd', parsed: { value: [], findings: [{ id: 'bugcrowd_many_programmes', severity: 'error', line: null, params: { n: lists.programmes } }] } };
    }
    if (lists) return { format: 'bugcrowd', parsed: parseBugcrowdTargets(lists) };
    const preset = findCaidoPreset(doc);
    if (preset) return { format: 'caido', parsed: parseCaidoScope(preset) };
    return { format: 'burp', parsed: parseBurpScope(body) };
  }
  if (start === '<' && isZapContext(body)) return { format: 'zap', parsed: parseZapContext(body) };
  if (isHackerOneScopeCsv(body)) return { format: 'hackerone', parsed: parseHackerOneScopeCsv(body) };
  return { format: 'text', parsed: parseUserScopeText(body) };
}
