import { REPORT_FIELD_IDS, type PolicyResult, type ReportFieldId } from '../schemas/policy-result.ts';
import type { Unit } from './build-units.ts';
import { judgeUnitStance } from './judge-unit-stance.ts';
import { matchReportFields } from './match-report-fields.ts';

// A request addressed to the reporter: an imperative, "please include", "we ask that you", "your report should".
const REQUEST = new RegExp([
  String.raw`^(?:please\s+|kindly\s+|do\s+)?(?:include|provide|describe|offer|send|give|attach|add|specify|explain|list|tell|share|document|mention|state)\b`,
  String.raw`\b(?:please|kindly)\s+(?:include|provide|send|give|add|attach|share|describe|specify|explain|tell|mention|state)\b`,
  String.raw`\b(?:we|i)\s+(?:ask|request|recommend|need|require|would like|appreciate|encourage)\b[^.]{0,40}\b(?:you|your|reports?|include|provide)\b`,
  String.raw`\b(?:reports?|details?|submissions?)\s+(?:should|must|shall)\s+(?:include|contain|have|provide)\b`, String.raw`\b(?:send|provide|give)\s+us\b`,
  String.raw`\bte\s+(?:geven|vermelden|sturen|beschrijven|leveren|verstrekken)\b`, String.raw`\bachter\s+te\s+laten\b`,
  String.raw`\bbitte\s+(?:geben|senden|beschreiben|fügen|teilen|nennen|übermitteln)`, String.raw`\b(?:geben|beschreiben|nennen)\s+sie\b`,
  String.raw`\bmerci\s+de\s+(?:fournir|préciser|inclure|joindre|décrire)`, String.raw`\bveuillez\s+(?:fournir|inclure|préciser|indiquer|joindre|décrire)`,
  // Imperatives: NL (geef, verstrek, vermeld, beschrijf, stuur), DE infinitive style (… bereitstellen), FR (fournissez, décrivez, indiquez).
  String.raw`^(?:geef|verstrek|vermeld|beschrijf|stuur|voeg|lever)\b`, String.raw`\b(?:geef|verstrek)\s+(?:ons\s+)?(?:voldoende|alle|de|een)\b`,
  String.raw`\b(?:bereitstellen|angeben|beifügen|mitteilen|beschreiben|übermitteln)\b`, String.raw`^(?:fournissez|décrivez|indiquez|joignez|précisez|incluez)\b`,
  // "Usually the URL and a description will be sufficient": what a report needs.
  String.raw`\b(?:will\s+be|is|are)\s+(?:usually\s+|generally\s+|often\s+)?sufficient\b`, String.raw`\bvoldoende\b`, String.raw`\bvolstaat\b`,
  String.raw`\b(?:should|will|would)\s+be\s+enough\b`, String.raw`\bmake\s+sure\s+(?:we|that\s+we|you)\s+(?:have|get|include|provide)\b`,
  String.raw`\bausreichend\b`, String.raw`\bgenügt\b`, String.raw`\bsuffi(?:t|sant|ra)\b`,
].join('|'));

/**
 * What the policy asks a report to contain: sentences that request something of the reporter (or items of
 * a list introduced as report content) mapped to report-field ids. An item of such a list that fits no id
 * is 'other'. Prohibitions ("do not include customer data") are not requests.
 */
export function extractReportFields(units: readonly Unit[]): PolicyResult['report_fields'] {
  const found = new Map<ReportFieldId, string>();
  for (const unit of units) {
    if (judgeUnitStance(unit).stance !== 'none' || unit.own.forbidden) continue;
    if (unit.lead.has('commitment') || (unit.heading.has('commitment') && !unit.heading.has('report_content'))) continue;
    const listed = unit.kind === 'list_item' || unit.kind === 'table_row';
    const inContentList = listed && (unit.lead.has('report_content') || (unit.lead.size === 0 && unit.heading.has('report_content')));
    if (!inContentList && !REQUEST.test(unit.norm)) continue;
    const ids = matchReportFields(unit.norm);
    if (ids.length === 0 && inContentList && unit.first) ids.push('other');
    for (const id of ids) if (!found.has(id)) found.set(id, unit.text);
  }
  return REPORT_FIELD_IDS.filter((id) => found.has(id)).map((id) => ({ id, quote: found.get(id)! }));
}
