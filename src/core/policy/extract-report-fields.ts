import { REPORT_FIELD_IDS, type PolicyResult, type ReportFieldId } from '../schemas/policy-result.ts';
import type { Unit } from './build-units.ts';
import type { SectionCategory } from './classify-section.ts';
import { anyMatch } from './compile-reader.ts';
import { judgeUnitStance } from './judge-unit-stance.ts';
import { matchReportFields } from './match-report-fields.ts';

const MAX_FIELD_ITEM = 140;
const ADDRESS = /@|:\/\//;
const SHORT_ITEM = 60;
const SENTENCE_END = /[.!。！]\s*$/;

/** Sections whose lists are not report content even inside a reporting chapter. */
const OTHER_SECTIONS: readonly SectionCategory[] = ['left_out', 'commitment', 'forbidden', 'ineligible', 'out_scope', 'in_scope', 'safe_harbor', 'reward'];
/** Lead-ins whose list is not report content even under a reporting heading ("We will send you:", "Do not include:"). */
const OTHER_LEADS: readonly SectionCategory[] = ['left_out', 'commitment', 'forbidden', 'ineligible', 'out_scope'];

const listed = (unit: Unit) => unit.kind === 'list_item' || unit.kind === 'table_row';

/** Whether a unit stands in a reporting section (its own heading or an enclosing one) or under a reporting lead-in. */
function underReporting(unit: Unit): boolean {
  if (OTHER_LEADS.some((c) => unit.lead.has(c))) return false;
  // "Instead, e-mail security@… with:": a lead-in naming the channel introduces what to send there.
  if (unit.lead.has('report') || unit.lead.has('report_content') || unit.lead.has('contact')) return true;
  if (unit.lead.size > 0 || OTHER_SECTIONS.some((c) => unit.heading.has(c))) return false;
  return unit.headings.some((cats) => cats.has('report') || cats.has('report_content'));
}

/**
 * Whether a unit stands in a section of rules for the reader ("What we ask of you") with no lead-in that says
 * what its list is: a list there that names report fields item after item is what a report should contain.
 */
function underRules(unit: Unit): boolean {
  if (unit.lead.size > 0 || OTHER_SECTIONS.some((c) => unit.heading.has(c))) return false;
  return unit.headings.some((cats) => cats.has('obligation'));
}

/** A short item (a noun phrase, not a rule or an address) naming a report field: "Steps to reproduce". */
function namesField(unit: Unit): boolean {
  return unit.text.length <= MAX_FIELD_ITEM && !ADDRESS.test(unit.text) && matchReportFields(unit.norm, unit.reader).length > 0;
}

/**
 * Lists (runs of list items or table rows in consecutive blocks with the same lead-in) under a reporting heading or lead-in,
 * or under a rules heading (see underRules), whose items mostly name report fields ("Steps to reproduce", "Affected version"): a list of what a report should
 * contain, even when no sentence says "please include". Returns the indexes of their units.
 */
function reportContentLists(units: readonly Unit[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < units.length) {
    if (!listed(units[i]!)) { i++; continue; }
    let j = i;
    while (j + 1 < units.length && listed(units[j + 1]!) && units[j + 1]!.intro === units[i]!.intro && units[j + 1]!.block - units[j]!.block <= 1) j++;
    const firsts = units.slice(i, j + 1).map((u, k) => ({ u, k: i + k })).filter(({ u }) => u.first && !(u.row?.isHeader));
    const naming = firsts.filter(({ u }) => namesField(u)).length;
    // Under a reporting heading or lead-in, most items naming a field suffice; under a rules heading, it takes three
    // and two thirds of the items (a list of rules may name a version or a screenshot in passing).
    const reporting = naming >= 2 && naming * 2 > firsts.length && firsts.every(({ u }) => underReporting(u));
    const rules = naming >= 3 && naming * 3 >= firsts.length * 2 && firsts.every(({ u }) => underRules(u));
    if (reporting || rules) {
      for (let k = i; k <= j; k++) out.add(k);
    }
    i = j + 1;
  }
  return out;
}

/**
 * What the policy asks a report to contain: sentences that request something of the reporter (or items of
 * a list introduced as report content, or of a list under a reporting heading whose items mostly name report
 * fields) mapped to report-field ids. An item of such a list that fits no id is 'other'. Prohibitions ("do not
 * include customer data") are not requests.
 */
export function extractReportFields(units: readonly Unit[]): PolicyResult['report_fields'] {
  const found = new Map<ReportFieldId, string>();
  const contentLists = reportContentLists(units);
  units.forEach((unit, index) => {
    if (unit.lead.has('commitment') || (unit.heading.has('commitment') && !unit.heading.has('report_content'))) return;
    // A lead-in that forbids ("your report must not contain:") introduces what to leave out, not report content.
    const introduced = listed(unit) && !unit.lead.has('forbidden') && (unit.lead.has('report_content') || (unit.lead.size === 0 && unit.heading.has('report_content')));
    // An item of a list introduced as report content that names a field asks for it, even with a restriction of
    // its own ("steps to reproduce, only on test data"); elsewhere a prohibition is no request.
    const restricted = judgeUnitStance(unit).stance !== 'none' || unit.own.forbidden;
    if (restricted && !(introduced && unit.lead.has('report_content') && matchReportFields(unit.norm, unit.reader).length > 0)) return;
    const inContentList = introduced || contentLists.has(index);
    // A request addressed to the reporter: an imperative, "please include", "your report should".
    if (!inContentList && !anyMatch(unit.reader, (p) => p.reportRequest, unit.norm)) return;
    const ids = matchReportFields(unit.norm, unit.reader);
    // An item naming no field is 'other' in a list introduced as report content; in a list found by its items, only
    // when it reads as one more field (short, or no full sentence), not as an instruction ("Remove any payloads.").
    const fieldLike = introduced || unit.text.length <= SHORT_ITEM || !SENTENCE_END.test(unit.text);
    if (ids.length === 0 && inContentList && fieldLike && unit.first && !unit.row?.isHeader) ids.push('other');
    for (const id of ids) if (!found.has(id)) found.set(id, unit.text);
  });
  return REPORT_FIELD_IDS.filter((id) => found.has(id)).map((id) => ({ id, quote: found.get(id)! }));
}
