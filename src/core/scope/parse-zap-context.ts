import type { Finding } from '../schemas/finding.ts';
import { msg, type Message } from '../message/message.ts';
import type { ScopeEffect } from './scope-pattern.ts';
import { toPrintable } from './to-printable.ts';
import type { UserScopeEntry } from './user-scope-entry.ts';

const MAX_RULES = 100_000;
const MAX_REGEX = 8192;
const ELEMENT = /<(incregexes|excregexes)>([^<]{0,8192})<\/(?:incregexes|excregexes)>/g;
const SCHEMES = ['https?://', 'http://', 'https://', 'http[s]?://', '(?:https?)://', '(?:http|https)://', '(?:https|http)://'];
// Host openings and what each means on label boundaries (URL-safe ones as exportZapContext writes them, and `.*`).
const OPENINGS: ReadonlyArray<readonly [string, 'apex' | 'sub']> = [
  ['(?:[^/?#:@]+\\.)?', 'apex'], ['(?:.*\\.)?', 'apex'], ['(.*\\.)?', 'apex'],
  ['[^/?#:@]+\\.', 'sub'], ['.*\\.', 'sub'], ['.+\\.', 'sub'],
];
const ANY_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const PORTS = /^(?:\(\?::\(\?:((?:\d{1,5}\|)*\d{1,5})\)\)\?|:\(\?:((?:\d{1,5}\|)*\d{1,5})\)|:(\d{1,5})|\(\?::\d{1,5}\)\?|\(\?::\[0-9\]\+\)\?|\(\?::\\d\+\)\?)/;
const ANY_PATH = new Set(['', '(?:/.*)?', '.*', '/.*', '(?:/.*)', '(/.*)?', '(?:[/?#].*)?']);

/** Whether the text is a ZAP context file (`<configuration><context>…`). */
export function isZapContext(text: string): boolean {
  const head = text.trimStart().slice(0, 4096);
  return head.startsWith('<') && head.includes('<configuration') && text.includes('<context');
}

/**
 * Reads a ZAP context's include and exclude regexes into user-scope entries: the shapes exportZapContext
 * writes (scheme, host with its openings, globs, IPv4 networks and stated exceptions, ports, path prefix)
 * and the hand-written `https://example.com.*`. A regex it cannot read is skipped when it includes; when it
 * excludes it is read as the name it holds and all its subdomains, or, naming none, as an exclusion
 * scopecheck cannot read (no host is then in scope). Each reading is noted with its line. Never throws.
 */
export function parseZapContext(text: string): { value: UserScopeEntry[]; findings: Finding[] } {
  const value: UserScopeEntry[] = [];
  const findings: Finding[] = [];
  let line = 1;
  let counted = 0;
  let rules = 0;
  const seen = new Set<string>();
  for (const m of text.matchAll(ELEMENT)) {
    for (let i = counted; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    counted = m.index;
    if (++rules > MAX_RULES) { findings.push({ id: 'zap_too_many_rules', severity: 'warning', line, params: { max: MAX_RULES }, message_id: 'finding_zap_too_many_rules' }); break; }
    const effect: ScopeEffect = m[1] === 'incregexes' ? 'include' : 'exclude';
    const regex = decodeXml(m[2]!).trim();
    const at = msg('detail_atLine', { line });
    const shown = JSON.stringify(toPrintable(regex.length > 160 ? `${regex.slice(0, 160)}…` : regex));
    const read = regex.length > MAX_REGEX ? null : readUrlRegex(regex, effect);
    const quote = `ZAP ${effect === 'include' ? 'include' : 'exclude'} regex, line ${line}: ${regex.slice(0, 300)}`;
    const quoteMessage = msg(effect === 'include' ? 'origin_importZapInclude' : 'origin_importZapExclude', { at, regex: regex.slice(0, 300) });
    if (read) {
      // "http://x:8443…" and "https://x:8443…" read the same.
      for (const pattern of read.patterns) if (!seen.has(`${effect} ${pattern}`)) { seen.add(`${effect} ${pattern}`); value.push({ pattern, effect, source: 'zap', quote, quote_message: quoteMessage, line }); }
      if (read.note) findings.push({ id: 'zap_regex_approximated', severity: 'info', line, params: { at, regex: shown, note: read.note }, message_id: 'finding_zap_regex_approximated' });
      continue;
    }
    if (effect === 'include') {
      findings.push({ id: 'zap_regex_unreadable', severity: 'warning', line, params: { at, regex: shown }, message_id: 'finding_zap_regex_unreadable_include' });
      continue;
    }
    const name = nameIn(regex);
    if (name && !/^\d+(?:\.\d+)*$/.test(name)) {
      value.push({ pattern: `${name.toLowerCase()} and all subdomains`, effect, source: 'zap', quote, quote_message: quoteMessage, line });
      findings.push({ id: 'zap_regex_approximated', severity: 'warning', line, params: { at, regex: shown, host: name.toLowerCase() }, message_id: 'finding_zap_regex_read_broadly' });
    } else {
      value.push({ pattern: regex, effect, source: 'zap', quote, quote_message: quoteMessage, line, opaque: true });
      findings.push({ id: 'zap_regex_unreadable', severity: 'warning', line, params: { at, regex: shown }, message_id: 'finding_zap_regex_unreadable' });
    }
  }
  if (rules === 0) findings.push({ id: 'zap_context_empty', severity: 'warning', line: null, message_id: 'finding_zap_context_empty' });
  return { value, findings };
}

/** A whole-URL regex as scope patterns, or null. */
function readUrlRegex(source: string, effect: ScopeEffect): { patterns: string[]; note: Message | null } | null {
  let r = source.replace(/^\(\?i\)/, '').replace(/^\^/, '').replace(/(?<!\\)\$$/, '');
  const scheme = SCHEMES.find((s) => r.startsWith(s));
  if (!scheme) return null;
  r = r.slice(scheme.length);
  let exceptions: string[] = [];
  if (r.startsWith('(?!(?:')) {
    const end = r.indexOf(')(?:[:/]|$))');
    if (end === -1) return null;
    if (effect === 'exclude') {
      exceptions = [];
      for (const body of splitTopLevel(r.slice(6, end))) {
        const host = readHost(body);
        if (!host || host.rest !== '') return null;
        exceptions.push(...(host.apex ? [host.name, `*.${host.name}`] : [host.text]));
      }
    }
    r = r.slice(end + ')(?:[:/]|$))'.length);
  }
  const host = readHost(r);
  if (!host) return null;
  let rest = host.rest;
  let ports: string[] = [];
  const port = PORTS.exec(rest);
  if (port) {
    const list = port[1] ?? port[2] ?? port[3];
    if (list) ports = list.split('|');
    rest = rest.slice(port[0].length);
  }
  const path = readPath(rest, effect);
  if (path === undefined) return null;
  const except = exceptions.length > 0 ? ` (except ${exceptions.join(', ')})` : '';
  const patterns = (ports.length > 0 ? ports : ['']).map((p) => {
    const base = `${host.apex ? host.name : host.text}${p ? `:${p}` : ''}${path ?? ''}`;
    return `${base}${host.apex ? ' and all subdomains' : ''}${except}`;
  });
  return { patterns: [...new Set(patterns)], note: host.note };
}

interface ReadHost { text: string; name: string; apex: boolean; rest: string; note: Message | null }

/** The host part at the start of a URL regex: its scope text and what follows it. */
function readHost(r: string): ReadHost | null {
  if (r.startsWith('\\[')) {
    const end = r.indexOf('\\]');
    if (end === -1) return null;
    const ip = r.slice(2, end).replace(/\\/g, '');
    return /^[0-9a-f:.]+$/i.test(ip) ? { text: `[${ip}]`, name: ip, apex: false, rest: r.slice(end + 2), note: null } : null;
  }
  const ipv4 = readIpv4(r);
  if (ipv4) return ipv4;
  let opening: 'apex' | 'sub' | null = null;
  for (const [text, kind] of OPENINGS) {
    if (r.startsWith(text)) { opening = kind; r = r.slice(text.length); break; }
  }
  let name = '';
  let note: Message | null = null;
  let i = 0;
  for (; i < r.length; i++) {
    const c = r[i]!;
    if (c === '\\' && r[i + 1] === '.') { name += '.'; i++; continue; }
    if (c === '\\' && r[i + 1] === '-') { name += '-'; i++; continue; }
    if (r.startsWith('[^/?#:@.]*', i) || r.startsWith('[^/?#:@.]+', i)) { name += '*'; i += 9; continue; }
    if (/[a-zA-Z0-9_-]/.test(c)) { name += c.toLowerCase(); continue; }
    if (c === '.' && /[a-zA-Z0-9]/.test(r[i + 1] ?? '')) { name += '.'; note = msg('note_zapUnescapedDot'); continue; }
    break;
  }
  if (name === '' || name.startsWith('.') || name.endsWith('.')) return null;
  const text = opening === 'sub' ? `*.${name}` : name;
  return { text, name, apex: opening === 'apex', rest: r.slice(i), note };
}

/** `192\.0\.2\.(?:128|…|255)` as 192.0.2.128/25; whole octets, then at most one aligned range, then any. */
function readIpv4(r: string): ReadHost | null {
  const parts: string[] = [];
  let rest = r;
  for (let k = 0; k < 4; k++) {
    const octet = rest.startsWith(ANY_OCTET) ? ANY_OCTET : /^(?:\d{1,3}|\(\?:\d{1,3}(?:\|\d{1,3})*\))/.exec(rest)?.[0];
    if (!octet) return null;
    parts.push(octet);
    rest = rest.slice(octet.length);
    if (k < 3) {
      if (!rest.startsWith('\\.')) return null;
      rest = rest.slice(2);
    }
  }
  const bytes: number[] = [];
  let prefix = 0;
  let open = true;
  for (const part of parts) {
    if (part === ANY_OCTET) { open = false; bytes.push(0); continue; }
    const values = part.startsWith('(') ? part.slice(3, -1).split('|').map(Number) : [Number(part)];
    const lo = values[0]!;
    const size = values.length;
    const bits = Math.log2(size);
    if (!open || !Number.isInteger(bits) || lo % size !== 0 || values.some((v, j) => v !== lo + j) || lo + size > 256) return null;
    bytes.push(lo);
    prefix += 8 - bits;
    if (bits > 0) open = false;
  }
  if (/^(?:\\\.|[a-z0-9_-])/i.test(rest)) return null; // "10\.0\.0\.1\.example\.com" is a name
  const address = bytes.join('.');
  const text = prefix === 32 ? address : `${address}/${prefix}`;
  return { text, name: text, apex: false, rest, note: null };
}

/** The path part: null = whole host, a prefix, or undefined when it cannot be read (a prefix would widen one exact path). */
function readPath(rest: string, effect: ScopeEffect): string | null | undefined {
  if (ANY_PATH.has(rest)) return null;
  const inner = /^\(\?-i:(.*)\)$/.exec(rest)?.[1] ?? rest;
  const m = /^(\/(?:[A-Za-z0-9._~!&'+,;=@%/-]|\\.)*?)(\.\*|\(\?:\[\/\?#\]\.\*\)\?)?$/.exec(inner);
  if (!m) return undefined;
  const path = m[1]!.replace(/\\(.)/g, '$1');
  if (!m[2] && effect === 'include') return undefined; // one exact path: a prefix would widen it
  return path === '/' ? null : path;
}

/** The first DNS name a regex spells out (`\.` read as a dot), outside a leading lookahead; or undefined. */
function nameIn(regex: string): string | undefined {
  const open = regex.indexOf('(?!');
  const close = open === -1 ? -1 : regex.indexOf('))', open);
  const text = close === -1 ? regex : regex.slice(0, open) + regex.slice(close + 2);
  return text.replace(/\\\./g, '.').split(/[^a-z0-9.-]+/i).map(trimDots)
    .find((token) => token.includes('.') && token.split('.').every((label) => /^[a-z0-9-]+$/i.test(label)));
}

function trimDots(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && token[start] === '.') start++;
  while (end > start && token[end - 1] === '.') end--;
  return token.slice(start, end);
}

function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) { out.push(text.slice(start, i)); start = i + 1; }
  }
  out.push(text.slice(start));
  return out;
}

function decodeXml(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase() as 'amp'];
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
