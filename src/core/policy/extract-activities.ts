import type { ActivityId, PolicyResult } from '../schemas/policy-result.ts';
import { FORBIDDEN_ACTIVITY_IDS } from '../schemas/policy-result.ts';
import type { Unit } from './build-units.ts';
import { classifySection } from './classify-section.ts';
import { anyMatch } from './compile-reader.ts';
import { normalizeForMatch } from './normalize-for-match.ts';
import { judgeUnitStance } from './judge-unit-stance.ts';
import { matchActivities, matchesOtherActivity } from './match-activities.ts';
import { trimTrailing } from '../scope/trim-trailing.ts';

const LEAD_IN = /[:：]\s*$/;

type Forbidden = PolicyResult['forbidden_activities'];
type Ineligible = NonNullable<PolicyResult['ineligible']>;

function orderIds(ids: Iterable<ActivityId>): ActivityId[] {
  const set = new Set(ids);
  return FORBIDDEN_ACTIVITY_IDS.filter((id) => set.has(id));
}

/**
 * The cell of a table row that stands under an out-of-scope column ("| In scope | Out of scope |") when the row is
 * read with no out-of-scope context of its own, lower-cased; else null.
 */
function outOfScopeCell(unit: Unit): string | null {
  const row = unit.row;
  if (!row || row.isHeader || !row.header || row.header.length < 2) return null;
  const column = row.header.findIndex((h) => classifySection(h, new Set(), unit.reader).has('out_scope'));
  const cell = column >= 0 ? row.cells[column] : undefined;
  return cell ? normalizeForMatch(cell) : null;
}

/** An out-of-scope cell that names an activity ("Attacks by denial of service"), not a class of finding. */
function cellForbids(cell: string, unit: Unit): boolean {
  const r = unit.reader;
  if (anyMatch(r, (p) => p.actionFirst, cell)) return true;
  return !anyMatch(r, (p) => p.findingClass, cell) && anyMatch(r, (p) => p.activityWords, cell);
}

export interface ActivityExtraction {
  forbidden: Forbidden;
  ineligible: Ineligible;
}

/**
 * Forbidden activities (taxonomy ids, each with the first sentence that forbids it) and, apart from them,
 * finding types that are merely not accepted or not rewarded. 'other' collects prohibitions the taxonomy
 * has no id for (extortion, testing outside scope …) but never channel rules.
 */
export function extractActivities(units: readonly Unit[]): ActivityExtraction {
  const forbidden = new Map<ActivityId, string>();
  const ineligible: Ineligible = [];
  const add = (id: ActivityId, quote: string) => { if (!forbidden.has(id)) forbidden.set(id, quote); };
  for (const unit of units) {
    const { stance, own } = judgeUnitStance(unit);
    const r = unit.reader;
    const ids = matchActivities(unit.norm, r);
    if (stance === 'forbidden') {
      for (const id of ids) add(id, unit.text);
      // Channel rules ("do not open a public issue") are not 'other'; "Don't misuse the vulnerability" introduces
      // the rules that follow; the conditions of a legal promise name what they forbid or nothing.
      // A prohibition naming no known activity is 'other' only where rules are listed (a list item, a table row)
      // or where its wording leaves no doubt ("prohibited"): a negated statement in prose is not a rule.
      const ruleLike = unit.kind === 'list_item' || unit.kind === 'table_row' || anyMatch(r, (p) => p.prohibitStrong, unit.norm);
      // In a section nothing marks as rules, scope or reporting (security practices, a user's guide), a negated
      // sentence naming no activity describes rather than forbids.
      // A lead-in ("The following conduct is not permitted:") introduces the rules; it is none itself.
      const inRules = (unit.heading.size > 0 || unit.lead.size > 0 || unit.label.size > 0) && !LEAD_IN.test(unit.text);
      // A label the sentence opens with ("Out of scope: …") names its list, not a restriction of its own.
      const other = matchesOtherActivity(unit.label.size > 0 ? unit.norm.slice(unit.norm.search(/[:：]/) + 1) : unit.norm, r) || (own && ruleLike && inRules && ids.length === 0 && !unit.own.conditional
        && !anyMatch(r, (p) => p.channel, unit.norm) && !anyMatch(r, (p) => p.genericMisuse, unit.norm));
      // An item of a list whose lead-in prohibits ("What we do not want:", "You must not:") is a rule of its own; a
      // nested item under a prohibition explains its parent.
      // The conditions of a legal promise ("We will not pursue legal action against those who:") name what they
      // forbid or nothing: one that names no activity ("You submit the report by email") is no rule of 'other'.
      const ruleItem = !own && (unit.kind === 'list_item' || unit.kind === 'table_row') && (unit.lead.has('forbidden') || unit.heading.has('forbidden')) && !unit.nested && ids.length === 0
        && !unit.lead.has('safe_harbor')
        && !anyMatch(r, (p) => p.channel, unit.norm) && !anyMatch(r, (p) => p.genericMisuse, unit.norm) && !LEAD_IN.test(unit.text);
      // An item of a "please include:" list says how to write the report ("steps to reproduce, only on test data");
      // "No legal action: we will not sue …" is a promise, not a rule.
      if ((other || ruleItem) && !unit.lead.has('report_content') && !anyMatch(r, (p) => p.safeHarbor, unit.norm)) add('other', unit.text);
    } else if (stance === 'none') {
      // "| Web app | Denial-of-service attacks |" under "| In scope | Out of scope |": the out-of-scope cell speaks.
      const cell = outOfScopeCell(unit);
      if (cell !== null && cellForbids(cell, unit)) for (const id of matchActivities(cell, r)) add(id, unit.text);
    } else if (stance === 'ineligible') {
      // A finding type is not an activity: "publicly disclosed bugs" says nothing about disclosure rules.
      ineligible.push({ text: trimTrailing(unit.text, '.;,'), quote: unit.text, ids: ids.filter((id) => id !== 'public_disclosure_before_fix') });
    }
    // "Give us reasonable time before you disclose", "keep it confidential until it is fixed": a wait before going
    // public, stated without a negation, told to the reader.
    const waits = (ids.includes('public_disclosure_before_fix') && anyMatch(r, (p) => p.waitBeforePublic, unit.norm))
      || anyMatch(r, (p) => p.keepConfidential, unit.norm) || anyMatch(r, (p) => p.keepConfidentialTold, unit.norm);
    if (stance !== 'ineligible' && waits && anyMatch(r, (p) => p.toReader, unit.norm)) add('public_disclosure_before_fix', unit.text);
  }
  const forbiddenList = orderIds(forbidden.keys()).map((id) => ({ id, quote: forbidden.get(id)! }));
  return { forbidden: forbiddenList, ineligible };
}
