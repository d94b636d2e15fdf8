import { REPORT_FIELD_IDS, type PolicyResult, type ReportFieldId } from '../schemas/policy-result.ts';
import type { Unit } from './build-units.ts';
import { anyMatch } from './compile-reader.ts';
import { judgeUnitStance } from './judge-unit-stance.ts';
import { matchReportFields } from './match-report-fields.ts';

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
    // A request addressed to the reporter: an imperative, "please include", "your report should".
    if (!inContentList && !anyMatch(unit.reader, (p) => p.reportRequest, unit.norm)) continue;
    const ids = matchReportFields(unit.norm, unit.reader);
    if (ids.length === 0 && inContentList && unit.first) ids.push('other');
    for (const id of ids) if (!found.has(id)) found.set(id, unit.text);
  }
  return REPORT_FIELD_IDS.filter((id) => found.has(id)).map((id) => ({ id, quote: found.get(id)! }));
}
