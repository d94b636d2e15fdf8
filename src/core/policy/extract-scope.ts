import { parse } from 'tldts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import { headingWith, type Unit } from './build-units.ts';
import { cleanScopePhrase } from './clean-scope-phrase.ts';
import { mentionsApp } from './find-app-ids.ts';
import { findHosts, isHostToken } from './find-hosts.ts';
import { findScopeItems, type ScopeItem } from './find-scope-items.ts';
import { findUrls } from './find-urls.ts';
import { normalizeForMatch } from './normalize-for-match.ts';
import { findRowCoverage, findScopeTableColumns, readCoverage, type ScopeTableColumns } from './read-scope-table.ts';

type Entry = PolicyResult['in_scope'][number];
type Effect = 'in' | 'out';

const OWN_OUT = /\b(?:is|are)\s+(?:\w+\s+){0,2}(?:excluded|out[\s-]of[\s-]scope|not\s+in\s+scope|outside\s+(?:of\s+)?(?:the\s+|our\s+|this\s+)?(?:\S+\s+)?scope|not\s+(?:covered|included))\b|\bexcluded\s+from\b|\bfalls?\s+outside\b|\bdo(?:es)?\s+not\s+accept\s+reports\b|\bbuiten[\s-](?:de\s+)?scope\b|\buitgesloten\b|\bausgeschlossen\b|\bnicht\s+im\s+(?:scope|geltungsbereich)\b|\bhors\s+(?:du\s+|de\s+la\s+)?(?:périmètre|scope|portée|champ)\b|\b(?:est|sont)\s+(?:\S+\s+)?exclue?s?\b|\bne\s+relèvent\s+pas\s+de\s+la\s+portée\b|\bne\s+(?:fait|font)\s+pas\s+partie\s+de\s+la\s+portée\b/;
const OWN_IN = /\bthis\s+(?:policy|program|programme|vdp|disclosure policy)\s+(?:applies|covers)\b|\bapplies\s+to\b|\b(?:is|are)\s+(?:\w+\s+)?in[\s-]scope\b|\bin[\s-]scope\s*:|\bincluded\s+in\s+(?:the\s+)?scope\b|\bthe\s+following\s+(?:systems|domains|hosts|hostnames|assets|targets|services|websites)\b|\bgeldt\s+voor\b|\bgilt\s+für\b|\bs'applique\s+(?:à|aux)\b|\bs'appliquent\s+(?:à|aux)\b/;
// A host after these words is an exception to the sentence's own effect.
const FLIP = /\b(?:except(?:\s+for)?|excluding|excludes?|but\s+not|other\s+than|with\s+the\s+exception\s+of|apart\s+from|behalve|außer|ausgenommen|sauf)\b/g;
// A host after these words only describes the entry ("t.gradle.com -- CNAME to Salesloft").
// It applies after an entry, never to the sentence's first item ("Services hosted on *.example.com").
const DESCRIBES = /(?:cname(?:\s+(?:to|for))?|points?\s+to|alias(?:\s+(?:of|for))?|hosted\s+(?:by|on|at)|powered\s+by|redirects?\s+to|served\s+by|via)\s*$/;
const SUBDOMAINS_OF = /\b(?:any|all|every)\s+(?:other\s+)?sub-?domains?\s+(?:of|under|on|below)\s+$/;
const AND_SUBDOMAINS = /^\s*(?:,\s*)?(?:and|plus|including|incl\.?)\s+(?:all\s+|any\s+|its\s+)?(?:of\s+its\s+)?sub-?domains?\b/;
const BARE_SUBDOMAINS = /\b(?:any|all)\s+(?:other\s+)?sub-?domains?\b(?!\s+(?:of|under|on|below)\b)/;
// "You may only test x, y and nothing else", "anything else is out of scope".
const NOTHING_ELSE = /\b(?:and|but)\s+nothing\s+else\b|\b(?:anything|everything)\s+else\s+is\s+(?:out[\s-]of[\s-]scope|excluded|not\s+in\s+scope)\b/;
// "Anything not expressly listed is excluded" in French, Dutch or German (the English form is read as a phrase).
const NOT_LISTED = /\bnon\s+(?:expressément\s+|explicitement\s+)?(?:mentionn|list|cit|énumér)(?:ée|é|és|ées)(?![a-zà-ÿ])|\bniet\s+(?:expliciet\s+|uitdrukkelijk\s+)?(?:genoemd|vermeld|opgenomen)\b|\bnicht\s+(?:ausdrücklich\s+|explizit\s+)?(?:genannt|aufgeführt|aufgelistet)\b/;
// "Anything not on the in-scope list above", "any system not in this list": the unlisted rest.
const NOT_ON_LIST = /\b(?:anything|everything|any\s+\w+|all\s+\w+)\s+(?:\w+\s+){0,2}not\s+(?:on|in)\s+(?:the|this|our)\s+(?:(?:in[\s-]scope|above|following|scope)\s+)?list\b/;
const THIRD_PARTY = /\bthird[\s-]?part(?:y|ies)\b|\b3rd[\s-]?part(?:y|ies)\b|\bvendors?\b|\b(?:provided|operated|hosted|run|managed)\s+by\s+(?!us\b|our\b)|\bderden\b|\bdritt\w*|\btiers\b/;
// Where a third party's content sits: "under a subdomain of x", "even if served under x" (not "hosted on x",
// which names the excluded service itself).
const LOCATED_UNDER = /\b(?:under|on|at|of|in|within|below|beneath)\s+(?:(?:a|an|any|one|of|our|the|its)\s+){0,3}(?:sub-?)?domains?\s+(?:of\s+|like\s+|such\s+as\s+)?$|\b(?:even|also)\s+(?:if|when)\s+(?:\w+\s+){0,3}(?:under|on|at)\s+$/;
const SITE_WORD = /^[- ](?:website|web site|site|webseite|webshop|site web)\b/i;
// A paragraph that opens as a note ("Note: the contracts' code is at https://…"): it explains, it lists nothing.
const NOTE = /^(?:notes?|nb|n\.b\.|not|nota|notat|noot|opmerking|hinweis|anmerkung|remarque|obs|huom|huomautus|uwaga|poznámka|bemærk|merk|catatan|примечание|примітка|注意?|참고)\s*[:：]/;

/** The effect a sentence states itself ("… are excluded", "this policy applies to …"), or null. */
function ownEffect(unit: Unit): Effect | null {
  if (OWN_OUT.test(unit.norm)) return 'out';
  return OWN_IN.test(unit.norm) ? 'in' : null;
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
    const affect = /\b(?:which|that)\s+(?:(?:solely|only|exclusively)\s*)?affects?\s+/.exec(n);
    if (affect && /\bdo(?:es)?\s+not\s+accept\b/.test(n)) return [cleanScopePhrase(t.slice(affect.index + affect[0].length))];
    const m = OWN_OUT.exec(n);
    // The subject of "… ; anything else is out of scope": the last clause before the verb.
    if (m && m.index > 0 && /^\s*(?:is|are)\b/.test(n.slice(m.index))) return [cleanScopePhrase(t.slice(0, m.index).split(/[;:]/).pop() ?? '')];
    return [];
  }
  const m = /\b(?:applies|apply)\s+to\s+/.exec(n);
  if (!m) return [];
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
  const coverage = columns.coverage === null ? findRowCoverage(row.cells) : readCoverage(row.cells[columns.coverage] ?? '');
  const effect = coverage ?? sectionEffect(unit);
  if (!effect) return;
  const asset = (row.cells[columns.asset] ?? '').split('\n')[0]!.trim();
  const quote = row.cells.join(' | ');
  const items = findScopeItems(asset, mentionsApp(normalizeForMatch(quote)));
  for (const item of items) add(effect, item.value, quote);
  if (items.length > 0 || asset.length === 0) return;
  const norm = normalizeForMatch(asset);
  if (effect === 'out' && (NOT_ON_LIST.test(norm) || NOT_LISTED.test(norm))) add('out', 'anything not listed', quote);
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
    const columns = unit.row?.header ? findScopeTableColumns(unit.row.header) : null;
    if (unit.row && columns) {
      if (unit.first) addTableRow(unit, unit.row, columns, add);
      continue;
    }
    const effect = scopeEffect(unit);
    if (!effect) continue;
    const flips = [...unit.norm.matchAll(FLIP)].map((m) => m.index);
    // "Services provided by third parties are excluded, even under a subdomain of example.com": the host
    // says where the third party's content lives; the exclusion is the third party's, not the host's.
    const thirdParty = effect === 'out' && THIRD_PARTY.test(unit.norm);
    const named = findScopeItems(unit.text, mentionsApp(unit.norm));
    // A note in a scope section names no asset unless it says so itself ("Note: x is also in scope"); it
    // never drops an exclusion, the safe direction.
    const note = unit.kind === 'paragraph' && ownEffect(unit) === null && NOTE.test(unit.norm.trimStart());
    let used = 0;
    for (const item of named) {
      const before = unit.norm.slice(Math.max(0, item.start - 40), item.start);
      if (used > 0 && DESCRIBES.test(before)) continue;
      if (thirdParty && item.kind !== 'app' && LOCATED_UNDER.test(before)) continue;
      used++;
      const flipped = flips.some((f) => f < item.start);
      const e: Effect = flipped ? (effect === 'in' ? 'out' : 'in') : effect;
      if (note && e === 'in') continue;
      if (SUBDOMAINS_OF.test(before) && item.kind === 'host') add(e, `*.${item.value.replace(/^\*\./, '')}`, unit.text);
      else add(e, siteOfListedUrl(unit, item) ?? item.value, unit.text);
      if (item.kind === 'host' && AND_SUBDOMAINS.test(unit.norm.slice(item.end, item.end + 40)) && !item.value.startsWith('*.')) add(e, `*.${item.value}`, unit.text);
    }
    if (NOTHING_ELSE.test(unit.norm) || (effect === 'out' && (NOT_LISTED.test(unit.norm) || NOT_ON_LIST.test(unit.norm)))) add('out', 'anything not listed', unit.text);
    const ownCue = ownEffect(unit) !== null;
    if (used === 0 && effect === 'in' && domain && BARE_SUBDOMAINS.test(unit.norm)) add('in', `*.${domain}`, unit.text);
    // "The following issues are out of scope:" introduces a list; it names nothing itself.
    if (ownCue && !/:\s*$/.test(unit.text)) {
      for (const phrase of sentencePhrases(unit, effect)) {
        if (/\bsub-?domains?\b/i.test(phrase) && domain) continue;
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
    if (!/securit|veiligheid|sicherheit|sécurité|vulnerab|kwetsba|zwakke plek|schwachstelle/.test(unit.norm)) continue;
    const text = unit.text;
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '-' && text[i] !== ' ') continue;
      if (!SITE_WORD.test(text.slice(i, i + 12))) continue;
      let s = i;
      while (s > 0 && /[A-Za-z0-9.-]/.test(text[s - 1]!) && i - s < 253) s--;
      const token = text.slice(s, i);
      if (isHostToken(token)) add('in', token.toLowerCase(), unit.text);
    }
  }
}
