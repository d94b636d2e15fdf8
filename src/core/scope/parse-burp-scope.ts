import type { Finding } from '../schemas/finding.ts';
import { msg, type Message } from '../message/message.ts';
import type { ScopeEffect } from './scope-pattern.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';

const MAX_RULES = 100_000;
type Prefix = 'none' | 'apex' | 'sub' | 'one' | 'contains';

// Host-regex openings Burp users write, and what each means on label boundaries.
const PREFIXES: ReadonlyArray<readonly [string, Prefix]> = [
  ['(?:.*\\.)?', 'apex'], ['(.*\\.)?', 'apex'], ['(?:.+\\.)?', 'apex'], ['(.+\\.)?', 'apex'],
  ['(?:[^.]+\\.)*', 'apex'], ['([^.]+\\.)*', 'apex'], ['(?:[^.]*\\.)*', 'apex'],
  ['.*\\.', 'sub'], ['.+\\.', 'sub'], ['(?:.*\\.)', 'sub'], ['(.*\\.)', 'sub'], ['(?:.+\\.)', 'sub'],
  ['(?:[^.]+\\.)+', 'sub'], ['([^.]+\\.)+', 'sub'],
  ['[^.]+\\.', 'one'], ['[^.]*\\.', 'one'], ['[a-z0-9-]+\\.', 'one'], ['[a-zA-Z0-9-]+\\.', 'one'], ['[\\w-]+\\.', 'one'],
  ['.*', 'contains'], ['.+', 'contains'],
];
const ANY_FILE = new Set(['', '.*', '^.*', '^.*$', '^/.*', '^/.*$', '/.*', '^/', '.+', '^/.+']);
const ANY_PORT = new Set(['', '.*', '^.*$', '^\\d+$', '^[0-9]+$', '\\d+', '^\\d*$']);

interface Conversion { entries: string[]; notes: Message[] }

/**
 * Reads a Burp Suite project-options scope (`{"target":{"scope":{…}}}`), advanced (host/port/file
 * regexes) or simple (URL prefixes), into user-scope entries. Regexes are translated when they have a
 * known shape (anchored literal hosts with `(?:.*\.)?`, `.*\.` … openings); ambiguous ones are read
 * narrowly for inclusions and broadly for exclusions; the rest become `opaque` entries. Never throws.
 */
export function parseBurpScope(text: string): { value: UserScopeEntry[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const value: UserScopeEntry[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { value, findings: [{ id: 'burp_scope_not_json', severity: 'error', line: null, message_id: 'finding_burp_scope_not_json' }] };
  }
  const scope = (doc as { target?: { scope?: unknown } } | null)?.target?.scope as
    | { advanced_mode?: unknown; include?: unknown; exclude?: unknown } | undefined;
  if (!scope || typeof scope !== 'object') {
    return { value, findings: [{ id: 'burp_scope_shape', severity: 'error', line: null, message_id: 'finding_burp_scope_shape' }] };
  }
  for (const effect of ['include', 'exclude'] as const) {
    const list = Array.isArray(scope[effect]) ? (scope[effect] as unknown[]) : [];
    list.slice(0, MAX_RULES).forEach((item, index) => {
      const where = `Burp ${effect} rule #${index + 1}`;
      const at = msg('detail_atToolRule', { list: effect, n: index + 1, tool: 'Burp' });
      if (item && typeof item === 'object' && (item as { enabled?: unknown }).enabled === false) return;
      const rule = typeof item === 'string' ? { prefix: item } : (item as Record<string, unknown> | null) ?? {};
      if (typeof rule.prefix === 'string' || typeof rule.url === 'string') {
        const prefix = String(rule.prefix ?? rule.url);
        value.push({ pattern: prefix, effect, source: 'burp', quote: `${where}: ${prefix}`, quote_message: msg('origin_importQuote', { at, entry: prefix }) });
        return;
      }
      if (typeof rule.host !== 'string') {
        findings.push({ id: 'burp_scope_rule_unreadable', severity: 'warning', line: null, params: { at }, message_id: 'finding_burp_scope_rule_no_host' });
        return;
      }
      const converted = convertAdvancedRule(rule.host, str(rule.port), str(rule.file), effect);
      for (const note of converted.notes) findings.push({ id: 'burp_scope_rule_approximated', severity: 'info', line: null, params: { at, note } });
      const quote = `${where}: host ${rule.host}${rule.port ? `, port ${str(rule.port)}` : ''}${rule.file ? `, file ${str(rule.file)}` : ''}`;
      const quoteMessage = msg('origin_importBurpRule', { at, host: rule.host, port: rule.port ? str(rule.port) : '-', file: rule.file ? str(rule.file) : '-' });
      if (converted.entries.length === 0 && effect === 'exclude') value.push({ pattern: rule.host, effect, source: 'burp', quote, quote_message: quoteMessage, opaque: true });
      else if (converted.entries.length === 0) findings.push({ id: 'burp_scope_rule_unreadable', severity: 'warning', line: null, params: { at, host: rule.host } });
      for (const pattern of converted.entries) value.push({ pattern, effect, source: 'burp', quote, quote_message: quoteMessage });
    });
  }
  return { value, findings };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** One advanced-mode rule as user-scope text lines; no lines when it cannot be said safely. */
function convertAdvancedRule(hostRegex: string, portRegex: string, fileRegex: string, effect: ScopeEffect): Conversion {
  const notes: Message[] = [];
  if (hostRegex.length > 2048 || portRegex.length > 256 || fileRegex.length > 2048) {
    notes.push(msg('note_burpRegexTooLong'));
    return { entries: [], notes };
  }
  const lookahead = effect === 'exclude' ? splitExceptions(hostRegex.trim(), notes) : { regex: hostRegex.trim(), exceptions: '' };
  const host = convertHostRegex(lookahead.regex, effect, notes);
  if (!host) return { entries: [], notes };
  const ports = convertPortRegex(portRegex.trim(), effect, notes);
  if (ports === undefined) return { entries: [], notes };
  const path = convertFileRegex(fileRegex.trim(), effect, notes);
  if (path === undefined) return { entries: [], notes };
  const entries: string[] = [];
  for (const h of host) {
    for (const port of ports ?? [null]) {
      const portText = port === null ? '' : `:${port}`;
      const apex = h.endsWith(' and all subdomains');
      const base = apex ? h.slice(0, -' and all subdomains'.length) : h;
      entries.push(`${base}${portText}${path ?? ''}${apex ? ' and all subdomains' : ''}${lookahead.exceptions}`);
    }
  }
  return { entries, notes };
}

/**
 * An exclusion written as `^(?!(?:A|B)$)BODY$` (as exportBurpScope writes stated exceptions): the regex
 * without the lookahead, and the alternatives it could read as " (except a, b)". An alternative it cannot
 * read is dropped: the exclusion then covers it too, the safe side.
 */
function splitExceptions(regex: string, notes: Message[]): { regex: string; exceptions: string } {
  const open = '^(?!(?:';
  if (!regex.startsWith(open)) return { regex, exceptions: '' };
  let depth = 2;
  let end = open.length;
  const alternatives: string[] = [];
  let start = end;
  for (; end < regex.length && depth > 1; end++) {
    const c = regex[end];
    if (c === '\\') end++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 2) { alternatives.push(regex.slice(start, end)); start = end + 1; }
  }
  // `end` is just past the group's ")"; what follows must be "$)".
  if (depth !== 1 || regex.slice(end, end + 2) !== '$)') return { regex, exceptions: '' };
  alternatives.push(regex.slice(start, end - 1));
  const words: string[] = [];
  for (const alternative of alternatives) {
    const hosts = convertHostRegex(`^${alternative}$`, 'include', notes);
    if (!hosts) notes.push(msg('note_burpExceptionUnreadable', { exception: alternative }));
    for (const host of hosts ?? []) {
      const apex = host.endsWith(' and all subdomains');
      const base = apex ? host.slice(0, -' and all subdomains'.length) : host;
      words.push(...(apex ? [base, `*.${base}`] : [base]));
    }
  }
  return { regex: `^${regex.slice(end + 2)}`, exceptions: words.length > 0 ? ` (except ${words.join(', ')})` : '' };
}

function convertHostRegex(regex: string, effect: ScopeEffect, notes: Message[]): string[] | null {
  let body = regex;
  const anchoredStart = body.startsWith('^');
  if (anchoredStart) body = body.slice(1);
  const anchoredEnd = body.endsWith('$') && !body.endsWith('\\$');
  if (anchoredEnd) body = body.slice(0, -1);
  let prefix: Prefix = 'none';
  for (const [text, kind] of PREFIXES) {
    if (body.startsWith(text)) { prefix = kind; body = body.slice(text.length); break; }
  }
  const literal = unescapeLiteral(body, notes);
  if (literal === null || literal.length === 0) return null;
  if (/^[\d.]+$|:/.test(literal)) return prefix === 'none' || effect === 'exclude' ? [literal] : null; // an IP literal
  if (!anchoredStart || !anchoredEnd) {
    notes.push(msg(effect === 'include' ? 'note_burpHostUnanchored' : 'note_burpHostUnanchoredExclusion', { regex }));
    if (effect === 'exclude' && prefix === 'none') prefix = 'apex';
  }
  switch (prefix) {
    case 'none': return [literal];
    case 'apex': return [`${literal} and all subdomains`];
    case 'sub': return [`*.${literal}`];
    case 'one':
      if (effect === 'include') { notes.push(msg('note_burpOneLabelWildcard')); return null; }
      return [`*.${literal}`];
    case 'contains':
      if (effect === 'include') { notes.push(msg('note_burpSuffixMatch', { regex, suffix: literal })); return null; }
      return literal.includes('.') && !literal.includes(':') ? [`*${literal}`, `*.*${literal}`] : null;
  }
}

/** A regex that is a plain host: `\.` and `\-` escapes, letters, digits, '-', '_' (and a bare '.', read literally). */
function unescapeLiteral(body: string, notes: Message[]): string | null {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const next = body[i + 1];
      if (next === undefined || /[a-zA-Z0-9]/.test(next)) return null;
      out += next;
      i++;
    } else if (/[a-zA-Z0-9_-]/.test(c)) out += c;
    else if (c === '.') {
      if (!notes.some((n) => n.id === 'note_burpUnescapedDots')) notes.push(msg('note_burpUnescapedDots'));
      out += c;
    } else if (c === ':' || c === '[' || c === ']') {
      out += c; // IPv6 literals
    } else return null;
  }
  return out;
}

/** Ports: null = any; undefined = cannot be said safely for an inclusion. */
function convertPortRegex(regex: string, effect: ScopeEffect, notes: Message[]): number[] | null | undefined {
  if (ANY_PORT.has(regex)) return null;
  const m = /^\^?\(?((?:\d{1,5}\|)*\d{1,5})\)?\$?$/.exec(regex);
  if (m) return m[1]!.split('|').map(Number);
  notes.push(msg(effect === 'include' ? 'note_burpPortUnreadable' : 'note_burpPortUnreadableExclusion', { regex }));
  return effect === 'include' ? undefined : null;
}

/** File (path) regex: null = whole host; a prefix; undefined = cannot be said safely for an inclusion. */
function convertFileRegex(regex: string, effect: ScopeEffect, notes: Message[]): string | null | undefined {
  if (ANY_FILE.has(regex)) return null;
  const m = /^\^(\/[A-Za-z0-9._~!&'+,;=:@%\\/-]*?)(\.\*|\.\+)?(\$)?$/.exec(regex);
  if (m) {
    const path = m[1]!.replace(/\\(.)/g, '$1');
    // "^/admin.*" is a prefix; "^/admin$" names one path, which a prefix can only widen.
    if (m[2] || effect === 'exclude') return path === '/' ? null : path;
  }
  notes.push(msg(effect === 'include' ? 'note_burpFileUnreadable' : 'note_burpFileUnreadableExclusion', { regex }));
  return effect === 'include' ? undefined : null;
}
