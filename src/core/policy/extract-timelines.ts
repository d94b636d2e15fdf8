import type { Unit } from './build-units.ts';
import { anyMatch, type CompiledPack } from './compile-reader.ts';
import { findDurations, type Duration } from './find-durations.ts';

// After a publishing word: the rest of the word, then at most two short words ("a", "un", "the") before the object.
const OBJECT_GAP = /^\p{L}{0,12}(?:\s{1,3}\p{L}{1,3}){0,2}\s{1,3}/u;

/**
 * Whether a sentence speaks of making something public, in the words of one of its packs; publishing a fix
 * ("publish a patch", "publicar un parche", "release the fix") is fixing, not disclosing.
 */
function speaksOfPublic(norm: string, packs: readonly CompiledPack[]): boolean {
  const text = norm.length > 2000 ? norm.slice(0, 2000) : norm;
  for (const p of packs) {
    // Each match in turn (the pack's expression is not global): at most 20 per sentence of at most 2,000 characters.
    for (let from = 0, n = 0; from < text.length && n < 20; n++) {
      const m = p.disclosure.exec(from === 0 ? text : text.slice(from));
      if (!m) break;
      const end = from + m.index + Math.max(1, m[0].length);
      const after = text.slice(end, end + 40);
      const gap = OBJECT_GAP.exec(after);
      const fix = gap ? p.fix.exec(after.slice(gap[0].length)) : null;
      // Where no space separates words, the object stands before the verb: "补丁发布" (patch release) is fixing.
      const fixFirst = !p.spaced && p.fixBefore.test(text.slice(Math.max(0, from + m.index - 8), from + m.index));
      if ((!fix || fix.index !== 0) && !fixFirst) return true;
      from = end;
    }
  }
  return false;
}

/**
 * "We aim to resolve critical issues within 30 days of disclosure": a fix target that counts from the report (the
 * disclosure word only names the starting point, right after the day count), not a window before going public.
 */
function fixCountedFromReport(unit: Unit, d: Duration): boolean {
  const before = unit.norm.slice(0, d.start);
  // A short word and at most an article ("of", "après la"; not "before") and then the disclosure word.
  const link = STARTING_POINT.exec(unit.norm.slice(d.end, d.end + 40));
  if (!link) return false;
  const after = unit.norm.slice(d.end + link[0].length, d.end + link[0].length + 30);
  return unit.reader.packs.some((p) => p.fix.test(before)) && !unit.reader.packs.some((p) => p.disclosure.test(before))
    && unit.reader.packs.some((p) => p.disclosure.exec(after)?.index === 0);
}
/**
 * "The project will confirm receipt within 7 days and agree on disclosure after the fix": an acknowledgement word
 * in the same clause before the sentence's first duration, and no word of going public until after it. That
 * duration is the response time; the rest of the sentence may still give a disclosure window.
 */
function ackBeforePublic(unit: Unit, d: Duration): boolean {
  const before = unit.norm.slice(0, d.start);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(before[i]!)) { cut = i; break; }
  }
  // Written without spaces (ja, zh, ko), the verb follows its time: "一週間以内に返信し、…", "在3个工作日内回复，…".
  if (unit.reader.packs[0]?.spaced === false) {
    const stop = unit.norm.slice(d.end).search(CLAUSE_BREAK);
    const clause = unit.norm.slice(cut + 1, stop === -1 ? undefined : d.end + stop);
    return anyMatch(unit.reader, (p) => p.acknowledge, clause) && !speaksOfPublic(clause, unit.reader.packs);
  }
  return anyMatch(unit.reader, (p) => p.acknowledge, before.slice(cut + 1)) && !speaksOfPublic(unit.norm.slice(0, d.end), unit.reader.packs);
}
const CLAUSE_BREAK = /[.,;:!?()，、；：。！？]/;
const STARTING_POINT = /^\s{1,3}\p{L}{1,5}(?:\s{1,3}\p{L}{1,3}(?=['’\s])['’]?)?\s{0,3}/u;

export interface Timelines {
  response_sla_days: number | null;
  disclosure_days: number | null;
  response_quote: string | null;
  disclosure_quote: string | null;
}

/**
 * First response commitment (a sentence about acknowledging or answering, not about going public) and the
 * first day count that governs publication (embargo, wait before disclosure, notice before publishing), in
 * document order. Hours become days (48 hours → 2); durations under a day do not govern publication, nor do
 * day counts in a paragraph that counts back from the project's own release ("7 days before release").
 */
export function extractTimelines(units: readonly Unit[]): Timelines {
  const out: Timelines = { response_sla_days: null, disclosure_days: null, response_quote: null, disclosure_quote: null };
  const isPublicWord = (u: Unit) => speaksOfPublic(u.norm, u.reader.packs);
  const publicBlocks = new Set(units.filter(isPublicWord).map((u) => u.block));
  // "No more than seven days before release, inform the distributors": a step of the project's own release
  // process, counted back from a release date; it does not say when a reporter may publish.
  const releaseBlocks = new Set(units.filter((u) => anyMatch(u.reader, (p) => p.releaseCountdown, u.norm)).map((u) => u.block));
  // "1. Give us 90 days to fix it. 2. Do not publish it before the fix.": a list one of whose items forbids going
  // public makes a fix window in another of its items a wait before publishing too. A list is a run of list items
  // in adjacent blocks.
  const listOf = new Map<Unit, number>();
  const noPublicLists = new Set<number>();
  for (let i = 0, list = -1; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'list_item') continue;
    const prev = units[i - 1];
    if (!prev || prev.kind !== 'list_item' || u.block - prev.block > 1) list = u.block;
    listOf.set(u, list);
    if (u.own.forbidden && isPublicWord(u)) noPublicLists.add(list);
  }
  for (const unit of units) {
    if (out.response_sla_days !== null && out.disclosure_days !== null) break;
    // "Out of scope: 0-days published less than 30 days ago": what the programme excludes states no commitment.
    if (unit.heading.has('out_scope') || unit.lead.has('out_scope') || unit.lead.has('ineligible')) continue;
    const durations = findDurations(unit.norm, unit.reader);
    if (durations.length === 0) continue;
    const ack = anyMatch(unit.reader, (p) => p.acknowledge, unit.norm);
    // "Give us time to fix it before disclosing. We may need up to 120 days to fix it." — one rule over two sentences.
    const fixWindow = anyMatch(unit.reader, (p) => p.fix, unit.norm) && !ack
      && (publicBlocks.has(unit.block) || noPublicLists.has(listOf.get(unit) ?? -1));
    // Keeping details confidential until a date also governs publication.
    const isPublic = isPublicWord(unit) || anyMatch(unit.reader, (p) => p.confidentialUntil, unit.norm) || fixWindow;
    const first = durations[0]!;
    const ackFirst = isPublic && ack && !releaseBlocks.has(unit.block) && ackBeforePublic(unit, first);
    if (ackFirst && out.response_sla_days === null) {
      out.response_sla_days = first.days;
      out.response_quote = unit.text;
    }
    if (isPublic && out.disclosure_days === null && !releaseBlocks.has(unit.block)) {
      const d = durations.find((x) => x.days >= 1 && (!ackFirst || x.start >= first.end));
      if (d && !fixCountedFromReport(unit, d)) { out.disclosure_days = d.days; out.disclosure_quote = unit.text; }
    } else if (!isPublic && !releaseBlocks.has(unit.block) && out.response_sla_days === null && ack) {
      out.response_sla_days = durations[0]!.days;
      out.response_quote = unit.text;
    }
  }
  return out;
}
