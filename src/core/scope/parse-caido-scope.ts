import type { Finding } from '../schemas/finding.ts';
import { msg, type Message } from '../message/message.ts';
import type { ScopeEffect } from './scope-pattern.ts';
import { toPrintable } from './to-printable.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';

export interface CaidoPresetLists { allowlist: unknown[]; denylist: unknown[] }

const MAX_RULES = 100_000;
const LITERAL = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;
const OCTETS = /^((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){0,2})\.\*$/;
const LABEL_GLOB = /^[a-z0-9_*-]+$/;

/** A Caido scope preset (`{"name", "allowlist", "denylist"}`, as exportCaidoScope writes it), or null. */
export function findCaidoPreset(doc: unknown): CaidoPresetLists | null {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const { allowlist, denylist } = doc as Record<string, unknown>;
  if (!Array.isArray(allowlist) && !Array.isArray(denylist)) return null;
  return { allowlist: Array.isArray(allowlist) ? allowlist : [], denylist: Array.isArray(denylist) ? denylist : [] };
}

/**
 * Reads a Caido scope preset into user-scope entries. Caido's host globs let `*` cross dots, scopecheck's
 * stay inside a label, so a glob is read narrowly when it includes (`*example.com` as "example.com and
 * all subdomains", `api-*.example.com` within one label) and broadly when it excludes (`api-*.example.com`
 * as `*.example.com`); each such reading is noted. `10.0.*` is read as 10.0.0.0/16. Never throws.
 */
export function parseCaidoScope(lists: CaidoPresetLists): { value: UserScopeEntry[]; findings: Finding[] } {
  const value: UserScopeEntry[] = [];
  const findings: Finding[] = [];
  const read = (list: unknown[], effect: ScopeEffect, key: string) => {
    list.slice(0, MAX_RULES).forEach((item, index) => {
      const label = `Caido ${key} rule #${index + 1}`;
      const at = msg('detail_atToolRule', { list: key, n: index + 1, tool: 'Caido' });
      const glob = typeof item === 'string' ? item.trim().toLowerCase() : '';
      const shown = JSON.stringify(toPrintable(glob.slice(0, 120)));
      const add = (pattern: string, note?: Message) => {
        value.push({ pattern, effect, source: 'caido', quote: `${label}: ${glob}`, quote_message: msg('origin_importQuote', { at, entry: glob }) });
        if (note) findings.push({ id: 'caido_glob_approximated', severity: effect === 'exclude' ? 'warning' : 'info', line: null, params: { at, glob: shown, note }, message_id: 'finding_caido_glob_approximated' });
      };
      if (!/^[a-z0-9._*?-]{1,253}$/.test(glob)) {
        findings.push({ id: 'caido_glob_unreadable', severity: 'warning', line: null, params: { at, glob: shown }, message_id: 'finding_caido_glob_not_a_glob' });
        return;
      }
      if (LITERAL.test(glob)) return add(glob);
      if (glob.startsWith('*.') && LITERAL.test(glob.slice(2))) return add(glob);
      const octets = OCTETS.exec(glob);
      if (octets) {
        const known = octets[1]!.split('.');
        return add(`${[...known, ...Array(4 - known.length).fill('0')].join('.')}/${known.length * 8}`, msg('note_caidoReadAsNetwork'));
      }
      if (glob === '*') {
        if (effect === 'exclude') return add('*');
        findings.push({ id: 'caido_glob_unreadable', severity: 'warning', line: null, params: { at }, message_id: 'finding_caido_glob_everything' });
        return;
      }
      const unanchored = /^\*([a-z0-9_-]+(?:\.[a-z0-9_-]+)+)$/.exec(glob);
      if (unanchored) {
        const tail = unanchored[1]!;
        if (effect === 'include') return add(`${tail} and all subdomains`, msg('note_caidoReadNarrowly', { tail }));
        // An exclusion is read broadly: every name ending in the tail, which is the tail and its subdomains, or
        // a name whose label before the tail's rest merely ends in the tail's first label (at any depth).
        add(`${tail} and all subdomains`, msg('note_caidoReadBroadly', { tail }));
        add(`*${tail}`);
        return add(`*.*${tail}`);
      }
      // Wildcards inside labels: scopecheck's stay in their label (narrower), so exclusions are widened.
      const labels = glob.replace(/\?/g, '*').split('.');
      const lastWild = labels.findLastIndex((l) => l.includes('*'));
      const suffix = labels.slice(lastWild + 1).join('.');
      if (effect === 'exclude') {
        if (suffix === '' || !LITERAL.test(suffix)) return add('*', msg('note_caidoReadAsEveryHost'));
        return add(`*.${suffix}`, msg('note_caidoReadAsSuffix', { suffix }));
      }
      if (!glob.includes('?') && labels.every((l) => LABEL_GLOB.test(l)) && suffix !== '' && LITERAL.test(suffix) && !labels[0]!.startsWith('*')) {
        return add(glob, msg('note_caidoReadInLabel'));
      }
      findings.push({ id: 'caido_glob_unreadable', severity: 'warning', line: null, params: { at, glob: shown } });
    });
    if (list.length > MAX_RULES) findings.push({ id: 'caido_too_many_rules', severity: 'warning', line: null, params: { max: MAX_RULES, list: key } });
  };
  read(lists.allowlist, 'include', 'allowlist');
  read(lists.denylist, 'exclude', 'denylist');
  return { value, findings };
}
