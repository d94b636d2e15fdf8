import type { Finding } from '../schemas/finding.ts';
import type { ScopeEffect } from './scope-pattern.ts';
import { toPrintable } from './to-printable.ts';
import { msg } from '../message/message.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';

const MAX_TARGETS = 100_000;
const MAX_TEXT = 4096;
// Bugcrowd target categories that name hosts, URLs or networks ("" when a target has none).
const HOST_TYPES = new Set(['website', 'api', 'ip_address', 'network', 'url', 'domain', '']);

interface TargetLists { inScope: unknown[]; outOfScope: unknown[] }

/**
 * Finds Bugcrowd's target lists in a parsed JSON document: a programme (`{"name", "targets":
 * {"in_scope": […], "out_of_scope": […]}}`, as bounty-targets-data keeps them), its `targets` object,
 * or an array holding one programme. Null when the document has none of these shapes.
 */
export function findBugcrowdTargets(doc: unknown): TargetLists | { programmes: number } | null {
  if (Array.isArray(doc)) {
    const programmes = doc.filter((p) => findBugcrowdTargets(p) !== null && !Array.isArray(p));
    if (programmes.length === 0) return null;
    if (programmes.length > 1) return { programmes: programmes.length };
    return findBugcrowdTargets(programmes[0]);
  }
  if (!doc || typeof doc !== 'object') return null;
  const record = doc as Record<string, unknown>;
  if (record.targets && typeof record.targets === 'object' && !Array.isArray(record.targets)) return findBugcrowdTargets(record.targets);
  if (!Array.isArray(record.in_scope) && !Array.isArray(record.out_of_scope)) return null;
  return { inScope: Array.isArray(record.in_scope) ? record.in_scope : [], outOfScope: Array.isArray(record.out_of_scope) ? record.out_of_scope : [] };
}

/**
 * Reads Bugcrowd's target lists (see findBugcrowdTargets) into user-scope entries: `in_scope` targets are
 * inclusions, `out_of_scope` ones exclusions. Of each target its `target`, else `uri`, else `ipAddress`,
 * else `name` is read. Website, API and network targets are read as hosts; Android, iOS, hardware and
 * "other" targets are exclusions only (an in-scope "other" target is often a marketplace page, not a
 * host to test). Each skipped target is named in a finding. Never throws.
 */
export function parseBugcrowdTargets(lists: TargetLists): { value: UserScopeEntry[]; findings: Finding[] } {
  const value: UserScopeEntry[] = [];
  const findings: Finding[] = [];
  const read = (list: unknown[], effect: ScopeEffect, key: string) => {
    list.slice(0, MAX_TARGETS).forEach((item, index) => {
      const label = `Bugcrowd ${key} target #${index + 1}`;
      const at = msg('detail_atBugcrowdTarget', { list: key, n: index + 1 });
      const target = typeof item === 'string' ? { target: item } : item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
      const text = [target.target, target.uri, target.ipAddress, target.name].find((v): v is string => typeof v === 'string' && v.trim().length > 0)?.trim();
      if (text === undefined) {
        findings.push({ id: 'bugcrowd_target_unreadable', severity: 'warning', line: null, params: { at } });
        return;
      }
      const shown = JSON.stringify(toPrintable(text.length > 120 ? `${text.slice(0, 120)}…` : text));
      if (text.length > MAX_TEXT) {
        findings.push({ id: 'bugcrowd_target_unreadable', severity: 'warning', line: null, params: { at, target: shown, max: MAX_TEXT }, message_id: 'finding_bugcrowd_target_too_long' });
        return;
      }
      const type = String(target.type ?? target.category ?? '').trim().toLowerCase();
      if (!HOST_TYPES.has(type) && effect === 'include') {
        findings.push({ id: 'bugcrowd_target_not_a_host', severity: 'info', line: null, params: { at, target: shown, type: toPrintable(type.slice(0, 40)) || '-' } });
        return;
      }
      const name = typeof target.name === 'string' && target.name.trim() !== text ? ` "${target.name.trim().slice(0, 120)}"` : '';
      const entry = `${text}${name}${type ? ` (${type})` : ''}`;
      value.push({ pattern: text, effect, source: 'bugcrowd', quote: `${label}: ${entry}`, quote_message: msg('origin_importQuote', { at, entry }) });
    });
    if (list.length > MAX_TARGETS) findings.push({ id: 'bugcrowd_too_many_targets', severity: 'warning', line: null, params: { max: MAX_TARGETS, list: key } });
  };
  read(lists.inScope, 'include', 'in_scope');
  read(lists.outOfScope, 'exclude', 'out_of_scope');
  return { value, findings };
}
