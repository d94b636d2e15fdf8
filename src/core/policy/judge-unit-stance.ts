import type { SectionCategory } from './classify-section.ts';
import { headingWith, type Unit } from './build-units.ts';
import { anyMatch } from './compile-reader.ts';

/** What a sentence does with the activities it names. */
export type Stance = 'forbidden' | 'ineligible' | 'none';

const ACTIVITY_CONTEXTS: readonly SectionCategory[] = ['ineligible', 'eligibility', 'forbidden', 'allowed', 'out_scope'];

// In an out-of-scope list, "Attacks requiring social engineering" is a finding class (not rewarded) while
// "Social engineering, phishing or physical attack" or "Any activity that could lead to DoS" is an activity; an
// item that starts with an action ("Knowingly posting malware") is something done, even when it names a finding.

function first(cats: ReadonlySet<SectionCategory>): SectionCategory | null {
  for (const c of ACTIVITY_CONTEXTS) if (cats.has(c)) return c;
  return null;
}

/** The context a sentence inherits: its list's lead-in first, then its heading. */
export function activityContext(unit: Unit): SectionCategory | null {
  const context = first(unit.label) ?? first(unit.lead) ?? headingWith(unit, ACTIVITY_CONTEXTS);
  // "不受理范畴 (Out of Scope)": a section both out of scope and not accepted is read item by item, as out of scope
  // is (a finding class is not rewarded, an activity is forbidden).
  if (context === 'ineligible' && unit.label.size === 0 && unit.lead.size === 0) {
    const heading = unit.headings.find((cats) => cats.has('ineligible'));
    if (heading?.has('out_scope')) return 'out_scope';
  }
  return context;
}

/** Whether the lead-in or a heading nearer than (or the same as) the eligibility one says rules or prohibitions. */
function underRulesHeading(unit: Unit): boolean {
  if (unit.lead.has('obligation') || unit.lead.has('forbidden')) return true;
  for (const cats of unit.headings) {
    if (cats.has('obligation') || cats.has('forbidden')) return true;
    if (cats.has('eligibility')) return false;
  }
  return false;
}

/**
 * Whether a sentence forbids the activities it names, says findings of that kind are not accepted or
 * rewarded, or neither: its own wording first ("do not", "not eligible"), then what its list or section says.
 * `own` is true when the sentence itself carries the prohibition.
 */
export function judgeUnitStance(unit: Unit): { stance: Stance; own: boolean } {
  if (unit.heading.has('internal')) return { stance: 'none', own: false };
  if (unit.own.ineligible) return { stance: 'ineligible', own: true };
  if (unit.own.forbidden) {
    // A prohibition in an eligibility chapter says who may take part, unless a nearer heading or its list's
    // lead-in calls it a rule ("Eligibility Guidelines" › "General Rules": "Social engineering is prohibited").
    if (activityContext(unit) === 'eligibility' && !underRulesHeading(unit)) return { stance: 'none', own: true };
    return { stance: 'forbidden', own: true };
  }
  if (unit.own.allowed) return { stance: 'none', own: false };
  switch (activityContext(unit)) {
    case 'forbidden': return { stance: 'forbidden', own: false };
    case 'ineligible': return { stance: 'ineligible', own: false };
    case 'out_scope': {
      if (anyMatch(unit.reader, (p) => p.actionFirst, unit.norm)) return { stance: 'forbidden', own: false };
      if (anyMatch(unit.reader, (p) => p.findingClass, unit.norm)) return { stance: 'ineligible', own: false };
      // "Out of scope vulnerabilities:" › "Phishing": under a heading or lead-in that names findings, a bare attack
      // name is the class of finding it produces; an item that starts with an action is still something done.
      if (unit.outFindings) return { stance: 'ineligible', own: false };
      if (anyMatch(unit.reader, (p) => p.activityWords, unit.norm)) return { stance: 'forbidden', own: false };
      return { stance: 'none', own: false };
    }
    default: {
      // "Social engineering attacks against our staff are out of scope": outside any list, a sentence that puts an
      // activity (not a finding) out of scope forbids it.
      const r = unit.reader;
      if (anyMatch(r, (p) => p.headings.outOfScope, unit.norm) && !anyMatch(r, (p) => p.findingClass, unit.norm)
        && anyMatch(r, (p) => p.activityWords, unit.norm)) return { stance: 'forbidden', own: false };
      return { stance: 'none', own: false };
    }
  }
}
