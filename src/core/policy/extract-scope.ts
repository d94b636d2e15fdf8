import { parseIpv4 } from '../scope/ip-address.ts';
import { parseScopeTarget } from '../scope/parse-scope-target.ts';
import { parse } from 'tldts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import { headingWith, type Unit } from './build-units.ts';
import { judgeUnitStance } from './judge-unit-stance.ts';
import { matchActivities } from './match-activities.ts';
import { cleanScopePhrase } from './clean-scope-phrase.ts';
import { compileAllScopeWords } from './compile-all-scope-words.ts';
import { anyMatch, matchSpans } from './compile-reader.ts';
import type { CompiledScopeTerms } from './compile-scope-terms.ts';
import { mentionsApp } from './find-app-ids.ts';
import { findHosts, isHostToken } from './find-hosts.ts';
import { findScopeItems, type ScopeItem } from './find-scope-items.ts';
import { findUrls } from './find-urls.ts';
import { normalizeForMatch } from './normalize-for-match.ts';
import { findRowCoverage, findScopeTableColumns, readCoverage, type ScopeTableColumns } from './read-scope-table.ts';

type Entry = PolicyResult['in_scope'][number];
type Effect = 'in' | 'out';

// The words of every rule below are the packs' (languages/<code>.ts, key `scope`); the structures are these.
const scopeTerms = (unit: Unit): readonly CompiledScopeTerms[] => unit.reader.packs.map((p) => p.scope);

/** True when any of the unit's languages has a match for `pick` in `text`. */
function saysAny(unit: Unit, pick: (t: CompiledScopeTerms) => RegExp, text: string): boolean {
  return anyMatch(unit.reader, (p) => pick(p.scope), text);
}

/** The earliest match of `pick` in `text` over the unit's languages, or null. */
function firstMatch(unit: Unit, pick: (t: CompiledScopeTerms) => RegExp, text: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const t of scopeTerms(unit)) {
    const m = pick(t).exec(text);
    if (m && (best === null || m.index < best.index)) best = m;
  }
  return best;
}

/**
 * Where the sentence turns the effect for what follows ("except", "außer"), over the unit's languages. A marker
 * followed by a colon is a label ("Ausgenommen:"), not an exception.
 */
function exceptPositions(unit: Unit): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const t of scopeTerms(unit)) {
    for (const m of unit.norm.matchAll(t.except)) {
      if (/^\s*[:：]/.test(unit.norm.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** True when `gap` holds only punctuation, list words and filler words ("and", "the", "host"). */
function joinsItems(gap: string, words: ReadonlySet<string>): boolean {
  return gap.length <= 120 && gap.split(/[\s,;:()[\]"'`*&/|–—、，；：（）-]+/u).every((w) => w === '' || words.has(w));
}

/**
 * Which items an exception marker turns the other way. In an inclusion, every item after the marker
 * ("all of example.com except for the following hosts: a, b"): reading the exception broadly excludes more.
 * In an exclusion, only the items that follow the marker directly, joined by list words
 * ("out of scope: a, b (except for critical issues), c": c stays out), since a flipped exclusion is an inclusion.
 */
function flippedItems(unit: Unit, effect: Effect, named: readonly ScopeItem[]): Set<ScopeItem> {
  const markers = exceptPositions(unit);
  const out = new Set<ScopeItem>();
  if (markers.length === 0) return out;
  if (effect === 'in') {
    for (const item of named) if (markers.some((m) => m.start < item.start)) out.add(item);
    return out;
  }
  const words = new Set([...unit.reader.connectives, ...compileAllScopeWords().fillers]);
  let run = false;
  let lastEnd = 0;
  for (const item of named) {
    const marker = markers.filter((m) => m.end <= item.start && m.start >= lastEnd).pop();
    if (marker) run = joinsItems(unit.norm.slice(marker.end, item.start), words);
    else if (run) run = joinsItems(unit.norm.slice(lastEnd, item.start), words);
    if (run) out.add(item);
    lastEnd = item.end;
  }
  return out;
}

/** The effect a sentence states itself ("… are excluded", "this policy applies to …"), or null. */
function ownEffect(unit: Unit): Effect | null {
  if (saysAny(unit, (t) => t.ownOut, unit.norm)) return 'out';
  return saysAny(unit, (t) => t.ownIn, unit.norm) ? 'in' : null;
}

/** The effect a sentence inherits: its label ("Out of scope: …"), its list's lead-in, then its heading. */
function sectionEffect(unit: Unit): Effect | null {
  if (unit.label.has('out_scope')) return 'out';
  if (unit.label.has('in_scope')) return 'in';
  if (unit.lead.has('allowed')) return null;
  if (unit.lead.has('out_scope')) return 'out';
  if (unit.lead.has('in_scope')) return 'in';
  if (unit.lead.size > 0 && (unit.kind === 'list_item' || unit.kind === 'table_row') && !unit.lead.has('obligation')) return null;
  const heading = headingWith(unit, ['out_scope', 'in_scope']);
  return heading === 'out_scope' ? 'out' : heading === 'in_scope' ? 'in' : null;
}

function scopeEffect(unit: Unit): Effect | null {
  return ownEffect(unit) ?? sectionEffect(unit);
}

/**
 * Whether a sentence that names testing forbids the reader to do it: "Do not test a.example.com", "Testing
 * b.example.com is not permitted", "a.example.comをテストしないでください", an item under "While testing, you must not:".
 * Not when it names a technique (it then says how not to test, not where: "do not scan x.example.com with automated
 * tools"; third-party testing is a where), also permits something, or is only the condition of a promise ("we will
 * not sue if you do not …").
 */
function forbidsTesting(unit: Unit): boolean {
  if (unit.own.conditional || judgeUnitStance(unit).stance !== 'forbidden' || permitsBeside(unit)) return false;
  return matchActivities(unit.norm, unit.reader).every((id) => id === 'third_party_testing');
}

/** Punctuation (and a spaced dash) that ends a part of a sentence; not the colon of "https://". */
const SEGMENT_BREAK = /[;,()[\]—–，、；（）：]|\s-\s|:(?!\/\/)/g;

/** The part of the sentence around `index`, between segment breaks, as [start, end). */
function segmentAround(text: string, index: number): [number, number] {
  let start = 0;
  SEGMENT_BREAK.lastIndex = 0;
  for (let m = SEGMENT_BREAK.exec(text); m !== null; m = SEGMENT_BREAK.exec(text)) {
    if (m.index >= index) return [start, m.index];
    start = m.index + m[0].length;
  }
  return [start, text.length];
}

/**
 * The items a prohibition to test covers (`verbs`: where its testing words start): those in the part of the sentence its testing word stands in, and the
 * items a list joins to them on the side the word governs ("do not test a, b or c"; "a、bをテストしないで" in verb-final
 * order). Not an item before it in another part ("*.x.com (do not test admin.x.com)", "www.x.com, but never attack
 * y.x.com"), which the sentence's own effect decides.
 */
function itemsForbiddenToTest(unit: Unit, named: readonly ScopeItem[], verbs: readonly number[]): Set<ScopeItem> {
  const out = new Set<ScopeItem>();
  if (verbs.length === 0 || named.length === 0 || !forbidsTesting(unit)) return out;
  const words = new Set([...unit.reader.connectives, ...compileAllScopeWords().fillers]);
  const joined = (from: number, to: number) => joinsItems(unit.norm.slice(from, to), words);
  for (const at of verbs) {
    const [from, to] = segmentAround(unit.norm, at);
    const inside = named.filter((item) => item.start >= from && item.start < to);
    if (inside.length === 0) continue;
    for (const item of inside) out.add(item);
    if (inside[inside.length - 1]!.start > at) {
      let last = inside[inside.length - 1]!;
      for (const item of named) {
        if (item.start <= last.start) continue;
        if (!joined(last.end, item.start)) break;
        out.add(item);
        last = item;
      }
    } else {
      let first = inside[0]!;
      for (let k = named.indexOf(first) - 1; k >= 0 && joined(named[k]!.end, first.start); k--) {
        first = named[k]!;
        out.add(first);
      }
    }
  }
  return out;
}

/**
 * A permission beside the prohibition ("testing a.x is allowed, but do not attack b.x"), not one that the
 * prohibition's own words overlap or touch ("you may not", "nicht gestattet", "not permitted").
 */
function permitsBeside(unit: Unit): boolean {
  const n = unit.norm;
  const near = matchSpans(unit.reader, (p) => p.prohibit, n).map(([start, end]) => [start - 3, end + 3] as const);
  for (const pack of unit.reader.packs) {
    // Each match in turn, searching on after the last one (the pack's expression is not global).
    for (let from = 0; from < n.length;) {
      const m = pack.permit.exec(from === 0 ? n : n.slice(from));
      if (!m) break;
      const start = from + m.index;
      const end = start + Math.max(1, m[0].length);
      if (!near.some(([a, b]) => start < b && end > a)) return true;
      from = end;
    }
  }
  return false;
}

/** Loopback and unspecified addresses ("127.0.0.1", "localhost:8080", "http://[::1]/", "0.0.0.0"): the reader's own machine. */
function namesOwnMachine(value: string): boolean {
  const target = parseScopeTarget(value);
  if (!target) return false;
  const { host, kind } = target;
  if (kind === 'ipv4') return parseIpv4(host)!.words[0]! >>> 24 === 127 || host === '0.0.0.0';
  if (kind === 'ipv6') return host === '::1' || host === '::';
  return host === 'localhost' || host.endsWith('.localhost');
}

/** A list item or cell that is nothing but a site's root URL ("- https://app.example.com/") names the site: its host. */
function siteOfListedUrl(unit: Unit, item: ScopeItem): string | null {
  if (item.kind !== 'url' || (unit.kind !== 'list_item' && unit.kind !== 'table_row')) return null;
  if (unit.text.slice(0, item.start).trim() !== '' || unit.text.slice(item.end).replace(/[\s.,;/]+/g, '') !== '') return null;
  try {
    const u = new URL(item.value);
    return /^\/*$/.test(u.pathname) && u.search === '' && u.hash === '' && u.port === '' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

function baseDomain(baseUrl: string | undefined): string | null {
  if (!baseUrl) return null;
  try {
    return parse(new URL(baseUrl).hostname).domain ?? null;
  } catch {
    return null;
  }
}

/** Phrases for an exclusion or inclusion stated in prose: the subject of "X are excluded", the object of "applies to X". */
function sentencePhrases(unit: Unit, effect: Effect): string[] {
  const t = unit.text;
  const n = unit.norm;
  if (effect === 'out') {
    const affect = firstMatch(unit, (x) => x.outObject, n);
    if (affect && saysAny(unit, (x) => x.notAccept, n)) return [cleanScopePhrase(t.slice(affect.index + affect[0].length))];
    const m = firstMatch(unit, (x) => x.outAfterSubject, n);
    // The subject of "… ; anything else is out of scope": the last clause before the verb.
    if (m && m.index > 0) return [cleanScopePhrase(t.slice(0, m.index).split(/[;:]/).pop() ?? '')];
    return [];
  }
  const m = firstMatch(unit, (x) => x.appliesTo, n);
  if (!m) return [];
  // "applies to A and to B; C": one phrase per clause (a repeated "to" marks the next one in English).
  return t.slice(m.index + m[0].length).split(/(?<!\s)\s+and\s+to\s+|;\s*/i).map(cleanScopePhrase).filter((p) => p.length > 0);
}

type Add = (effect: Effect, pattern: string, quote: string) => void;

/**
 * A row of a table whose header names an asset column: the asset cell's first line names the entry (its
 * description below it names nothing), and the coverage column ("In scope", "Eligible") decides, not
 * words inside the row ("… are out of scope" in one row's description). Without a coverage column the
 * section decides.
 */
function addTableRow(unit: Unit, row: NonNullable<Unit['row']>, columns: ScopeTableColumns, add: Add): void {
  const coverage = columns.coverage === null ? findRowCoverage(row.cells, scopeTerms(unit)) : readCoverage(row.cells[columns.coverage] ?? '', scopeTerms(unit));
  const effect = coverage ?? sectionEffect(unit);
  if (!effect) return;
  const asset = (row.cells[columns.asset] ?? '').split('\n')[0]!.trim();
  const quote = row.cells.join(' | ');
  const app = mentionsApp(normalizeForMatch(quote), unit.reader);
  const itemsOf = (cell: string) => findScopeItems(cell.split('\n')[0]!.trim(), app, unit.reader.connectives);
  let items = itemsOf(asset);
  // Two columns may name the asset ("Target application | Domain/Address"); when the chosen one holds no host,
  // URL or app in this row, the first other cell that does (never the coverage or type column) names it.
  for (let i = 0; items.length === 0 && i < row.cells.length; i++) {
    if (i !== columns.asset && i !== columns.coverage && i !== columns.type) items = itemsOf(row.cells[i]!);
  }
  for (const item of items) add(effect, item.value, quote);
  if (items.length > 0 || asset.length === 0) return;
  const norm = normalizeForMatch(asset);
  if (effect === 'out' && saysAny(unit, (t) => t.notListed, norm)) add('out', 'anything not listed', quote);
  else add(effect, cleanScopePhrase(asset), quote);
}

/**
 * In-scope and out-of-scope entries: hosts, `*.` wildcards, URLs, IPs and apps (`app:<id>`) named in
 * scope sections, scope lists and tables, or sentences that include or exclude ("are excluded", "this
 * policy applies to"), and for entries that name no host a short phrase ("marketing websites"). "Any
 * other subdomain of x" becomes `*.x`; a host after "except" takes the opposite effect; a bare "any
 * other subdomains" reads against the base URL's domain; "anything not listed is excluded" (in any of the
 * four languages) becomes the phrase "anything not listed".
 */
export function extractScope(units: readonly Unit[], baseUrl?: string): { in_scope: Entry[]; out_of_scope: Entry[] } {
  const lists: Record<Effect, Entry[]> = { in: [], out: [] };
  const seen = new Set<string>();
  const add: Add = (effect, pattern, quote) => {
    const key = `${effect} ${pattern.toLowerCase()}`;
    if (pattern.length === 0 || seen.has(key)) return;
    seen.add(key);
    lists[effect].push({ pattern, quote });
  };
  const domain = baseDomain(baseUrl);
  for (const unit of units) {
    if (unit.row?.isHeader) continue;
    const columns = unit.row?.header ? findScopeTableColumns(unit.row.header, scopeTerms(unit)) : null;
    if (unit.row && columns) {
      if (unit.first) addTableRow(unit, unit.row, columns, add);
      continue;
    }
    const effect = scopeEffect(unit);
    // "Do not test a.example.com": the hosts a prohibition to test names are excluded, whatever the section.
    const testing = effect === 'out' ? [] : matchSpans(unit.reader, (p) => p.scope.testVerb, unit.norm).map(([start]) => start);
    if (!effect && testing.length === 0) continue;
    // "Services provided by third parties are excluded, even under a subdomain of example.com": the host
    // says where the third party's content lives; the exclusion is the third party's, not the host's.
    const thirdParty = effect === 'out' && saysAny(unit, (t) => t.thirdParty, unit.norm);
    const named = findScopeItems(unit.text, mentionsApp(unit.norm, unit.reader), unit.reader.connectives);
    const forbidden = itemsForbiddenToTest(unit, named, testing);
    if (!effect && forbidden.size === 0) continue;
    const flips = flippedItems(unit, effect ?? 'out', named);
    const flipsOut = effect === 'in' && forbidden.size > 0 ? flippedItems(unit, 'out', named) : flips;
    // A note in a scope section names no asset unless it says so itself ("Note: x is also in scope"); it
    // never drops an exclusion, the safe direction.
    const note = unit.kind === 'paragraph' && ownEffect(unit) === null && saysAny(unit, (t) => t.note, unit.norm.trimStart());
    let used = 0;
    for (const [i, item] of named.entries()) {
      const before = unit.norm.slice(Math.max(0, item.start - 40), item.start);
      // "The API for [example.com](…), served at api.example.com": the first item only names the product.
      const next = named[i + 1];
      if (effect === 'in' && next?.kind === 'host' && next.start - item.end <= 60 && saysAny(unit, (t) => t.servedAt, unit.norm.slice(item.end, next.start))) continue;
      if (used > 0 && saysAny(unit, (t) => t.describes, before)) continue;
      if (thirdParty && item.kind !== 'app' && saysAny(unit, (t) => t.locatedUnder, before)) continue;
      const base: Effect | null = forbidden.has(item) ? 'out' : effect;
      if (!base) continue;
      // "except a.example.com" (marker first) or "a.example.comを除く" (marker after the item).
      const flipped = (base === effect ? flips : flipsOut).has(item) || saysAny(unit, (t) => t.exceptAfter, unit.norm.slice(item.end, item.end + 30));
      const e: Effect = flipped ? (base === 'in' ? 'out' : 'in') : base;
      // "The UI must bind 127.0.0.1": the researcher's own machine is configuration, never an asset a policy grants.
      if (e === 'in' && item.kind !== 'app' && namesOwnMachine(item.value)) continue;
      used++;
      if (note && e === 'in') continue;
      if (item.kind === 'host' && saysAny(unit, (t) => t.subdomainsOf, before)) add(e, `*.${item.value.replace(/^\*\./, '')}`, unit.text);
      else add(e, siteOfListedUrl(unit, item) ?? item.value, unit.text);
      if (item.kind === 'host' && !item.value.startsWith('*.') && saysAny(unit, (t) => t.andSubdomains, unit.norm.slice(item.end, item.end + 40))) add(e, `*.${item.value}`, unit.text);
    }
    if (!effect) continue;
    if (saysAny(unit, (t) => t.nothingElse, unit.norm) || (effect === 'out' && saysAny(unit, (t) => t.notListed, unit.norm))) add('out', 'anything not listed', unit.text);
    const ownCue = ownEffect(unit) !== null;
    if (used === 0 && effect === 'in' && domain && saysAny(unit, (t) => t.anySubdomain, unit.norm)) add('in', `*.${domain}`, unit.text);
    // "The following issues are out of scope:" introduces a list; it names nothing itself.
    if (ownCue && !/:\s*$/.test(unit.text)) {
      for (const phrase of sentencePhrases(unit, effect)) {
        if (domain && saysAny(unit, (t) => t.subdomain, phrase)) continue;
        if (findHosts(phrase).length === 0 && findUrls(phrase).length === 0) add(effect, phrase, unit.text);
      }
    } else if (used === 0 && unit.first && (unit.kind === 'list_item' || unit.kind === 'table_row')) {
      add(effect, cleanScopePhrase(unit.text), unit.text);
    }
  }
  if (lists.in.length === 0) addImplicitScope(units, add);
  return { in_scope: lists.in, out_of_scope: lists.out };
}

/** With no scope section: "a vulnerability in the Internet.nl website" names the site the policy is about. */
function addImplicitScope(units: readonly Unit[], add: Add): void {
  for (const unit of units) {
    if (!anyMatch(unit.reader, (p) => p.security, unit.norm) && !anyMatch(unit.reader, (p) => p.findingClass, unit.norm)) continue;
    const text = unit.text;
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '-' && text[i] !== ' ') continue;
      if (!saysAny(unit, (t) => t.siteWord, text.slice(i, i + 12))) continue;
      let s = i;
      while (s > 0 && /[A-Za-z0-9.-]/.test(text[s - 1]!) && i - s < 253) s--;
      const token = text.slice(s, i);
      if (isHostToken(token)) add('in', token.toLowerCase(), unit.text);
    }
  }
}
