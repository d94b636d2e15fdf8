import { parse } from 'tldts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import { headingWith, type Unit } from './build-units.ts';
import { cleanScopePhrase } from './clean-scope-phrase.ts';
import { findEmails } from './find-emails.ts';
import { findHosts, isHostToken } from './find-hosts.ts';
import { findUrls } from './find-urls.ts';

type Entry = PolicyResult['in_scope'][number];
type Effect = 'in' | 'out';

const OWN_OUT = /\b(?:is|are)\s+(?:\w+\s+){0,2}(?:excluded|out[\s-]of[\s-]scope|not\s+in\s+scope|outside\s+(?:of\s+)?(?:the\s+|our\s+|this\s+)?(?:\S+\s+)?scope|not\s+(?:covered|included))\b|\bexcluded\s+from\b|\bfalls?\s+outside\b|\bdo(?:es)?\s+not\s+accept\s+reports\b|\bbuiten\s+(?:de\s+)?scope\b|\buitgesloten\b|\bausgeschlossen\b|\bnicht\s+im\s+(?:scope|geltungsbereich)\b|\bhors\s+(?:du\s+)?(?:périmètre|scope)\b/;
const OWN_IN = /\bthis\s+(?:policy|program|programme|vdp|disclosure policy)\s+(?:applies|covers)\b|\bapplies\s+to\b|\b(?:is|are)\s+(?:\w+\s+)?in[\s-]scope\b|\bin[\s-]scope\s*:|\bincluded\s+in\s+(?:the\s+)?scope\b|\bthe\s+following\s+(?:systems|domains|hosts|hostnames|assets|targets|services|websites)\b|\bgeldt\s+voor\b|\bgilt\s+für\b|\bs'applique\s+à\b/;
// A host after these words is an exception to the sentence's own effect.
const FLIP = /\b(?:except(?:\s+for)?|excluding|excludes?|but\s+not|other\s+than|with\s+the\s+exception\s+of|apart\s+from|behalve|außer|ausgenommen|sauf)\b/g;
// A host after these words only describes the entry ("t.gradle.com -- CNAME to Salesloft").
const DESCRIBES = /(?:cname(?:\s+(?:to|for))?|points?\s+to|alias(?:\s+(?:of|for))?|hosted\s+(?:by|on|at)|powered\s+by|redirects?\s+to|served\s+by|via)\s*$/;
const SUBDOMAINS_OF = /\b(?:any|all|every)\s+(?:other\s+)?sub-?domains?\s+(?:of|under|on|below)\s+$/;
const AND_SUBDOMAINS = /^\s*,?\s*(?:and|plus|including|incl\.?)\s+(?:all\s+|any\s+|its\s+)?(?:of\s+its\s+)?sub-?domains?\b/;
const BARE_SUBDOMAINS = /\b(?:any|all)\s+(?:other\s+)?sub-?domains?\b(?!\s+(?:of|under|on|below)\b)/;
// "You may only test x, y and nothing else", "anything else is out of scope".
const NOTHING_ELSE = /\b(?:and|but)\s+nothing\s+else\b|\b(?:anything|everything)\s+else\s+is\s+(?:out[\s-]of[\s-]scope|excluded|not\s+in\s+scope)\b/;
const SITE_WORD = /^[- ](?:website|web site|site|webseite|webshop|site web)\b/i;

function scopeEffect(unit: Unit): Effect | null {
  if (OWN_OUT.test(unit.norm)) return 'out';
  if (OWN_IN.test(unit.norm)) return 'in';
  if (unit.label.has('out_scope')) return 'out';
  if (unit.label.has('in_scope')) return 'in';
  if (unit.lead.has('allowed')) return null;
  if (unit.lead.has('out_scope')) return 'out';
  if (unit.lead.has('in_scope')) return 'in';
  if (unit.lead.size > 0 && (unit.kind === 'list_item' || unit.kind === 'table_row') && !unit.lead.has('obligation')) return null;
  const heading = headingWith(unit, ['out_scope', 'in_scope']);
  return heading === 'out_scope' ? 'out' : heading === 'in_scope' ? 'in' : null;
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
    const affect = /\b(?:which|that)\s+(?:solely|only|exclusively)?\s*affects?\s+/.exec(n);
    if (affect && /\bdo(?:es)?\s+not\s+accept\b/.test(n)) return [cleanScopePhrase(t.slice(affect.index + affect[0].length))];
    const m = OWN_OUT.exec(n);
    // The subject of "… ; anything else is out of scope": the last clause before the verb.
    if (m && m.index > 0 && /^\s*(?:is|are)\b/.test(n.slice(m.index))) return [cleanScopePhrase(t.slice(0, m.index).split(/[;:]/).pop() ?? '')];
    return [];
  }
  const m = /\b(?:applies|apply)\s+to\s+/.exec(n);
  if (!m) return [];
  return t.slice(m.index + m[0].length).split(/\s+and\s+to\s+|;\s*/i).map(cleanScopePhrase).filter((p) => p.length > 0);
}

/**
 * In-scope and out-of-scope entries: hosts, `*.` wildcards, URLs and IPs named in scope sections, scope lists
 * or sentences that include or exclude ("are excluded", "this policy applies to"), and for entries that name
 * no host a short phrase ("marketing websites"). "Any other subdomain of x" becomes `*.x`; a host after
 * "except" takes the opposite effect; a bare "any other subdomains" reads against the base URL's domain.
 */
export function extractScope(units: readonly Unit[], baseUrl?: string): { in_scope: Entry[]; out_of_scope: Entry[] } {
  const lists: Record<Effect, Entry[]> = { in: [], out: [] };
  const seen = new Set<string>();
  const add = (effect: Effect, pattern: string, quote: string) => {
    const key = `${effect} ${pattern.toLowerCase()}`;
    if (pattern.length === 0 || seen.has(key)) return;
    seen.add(key);
    lists[effect].push({ pattern, quote });
  };
  const domain = baseDomain(baseUrl);
  for (const unit of units) {
    const effect = scopeEffect(unit);
    if (!effect) continue;
    const emails = findEmails(unit.text);
    const urls = findUrls(unit.text);
    const hosts = findHosts(unit.text, [...emails, ...urls]);
    const flips = [...unit.norm.matchAll(FLIP)].map((m) => m.index);
    const named: Array<{ value: string; start: number; end: number }> = [
      ...urls.map((u) => ({ value: u.url, start: u.start, end: u.end })),
      ...hosts.map((h) => ({ value: h.value, start: h.start, end: h.end })),
    ].sort((a, b) => a.start - b.start);
    for (const item of named) {
      const before = unit.norm.slice(Math.max(0, item.start - 40), item.start);
      if (DESCRIBES.test(before)) continue;
      const flipped = flips.some((f) => f < item.start);
      const e: Effect = flipped ? (effect === 'in' ? 'out' : 'in') : effect;
      if (SUBDOMAINS_OF.test(before) && !item.value.includes('/')) add(e, `*.${item.value.replace(/^\*\./, '')}`, unit.text);
      else add(e, item.value, unit.text);
      if (AND_SUBDOMAINS.test(unit.norm.slice(item.end, item.end + 40)) && !item.value.startsWith('*.')) add(e, `*.${item.value}`, unit.text);
    }
    if (NOTHING_ELSE.test(unit.norm)) add('out', 'anything not listed', unit.text);
    const ownCue = OWN_OUT.test(unit.norm) || OWN_IN.test(unit.norm);
    if (named.length === 0 && effect === 'in' && domain && BARE_SUBDOMAINS.test(unit.norm)) add('in', `*.${domain}`, unit.text);
    if (ownCue) {
      for (const phrase of sentencePhrases(unit, effect)) {
        if (/\bsub-?domains?\b/i.test(phrase) && domain) continue;
        if (findHosts(phrase).length === 0 && findUrls(phrase).length === 0) add(effect, phrase, unit.text);
      }
    } else if (named.length === 0 && unit.first && (unit.kind === 'list_item' || unit.kind === 'table_row')) {
      add(effect, cleanScopePhrase(unit.text), unit.text);
    }
  }
  if (lists.in.length === 0) addImplicitScope(units, add);
  return { in_scope: lists.in, out_of_scope: lists.out };
}

/** With no scope section: "a vulnerability in the Internet.nl website" names the site the policy is about. */
function addImplicitScope(units: readonly Unit[], add: (effect: Effect, pattern: string, quote: string) => void): void {
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
