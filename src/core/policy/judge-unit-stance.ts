import type { SectionCategory } from './classify-section.ts';
import { headingWith, type Unit } from './build-units.ts';

/** What a sentence does with the activities it names. */
export type Stance = 'forbidden' | 'ineligible' | 'none';

const ACTIVITY_CONTEXTS: readonly SectionCategory[] = ['ineligible', 'eligibility', 'forbidden', 'allowed', 'out_scope'];

// In an out-of-scope list, "Attacks requiring social engineering" is a finding class (not rewarded) while
// "Social engineering, phishing or physical attack" or "Any activity that could lead to DoS" is an activity.
const FINDING_CLASS = /\bvulnerabilit|\bissues?\b|\bbugs?\b|\brequir|\brapport(?:en|s)?\b|\bmeldingen\b|\bberichte\b|\bmeldungen\b|\bmissing\b|\black of\b|\babsence of\b|\bwithout (?:showing|a |an |being|any )|\breports?\b|\bself-?xss\b|\bclickjacking\b|\bcsrf\b|\bxss\b|\bspoofing\b|\bdisclosure of\b|\benumeration\b|\bheaders?\b|\bcookies?\b|\bbest practices?\b|\bversion\b|\brate limit|\bopen redirect|\btabnabbing\b|\bbanner|\bssl\b|\btls\b|\bspf\b|\bdkim\b|\bdmarc\b|\bdnssec\b|\bdead ?links?\b|\bbroken links?\b|\binjection\b|\bbypass|\bcomplexity\b|\bpolicy\b|\bkwetsbaarhe|\bschwachstelle|\bvulnérabilit/;
const ACTIVITY = /\bsocial engineering\b|\bphishing\b|\bphysical\b|\bdenial[- ]of[- ]service\b|\bd?dos\b|\bany activit|\bactivities\b|\btesting\b|\battacking\b|\battacks? (?:on|against)\b|\bscanning\b|\bbrute[- ]?forc|\bspam|\bflooding\b|\bpentest|\bexploiting\b/;

// "Knowingly posting malware", "Pursuing vulnerabilities that send spam": an item that starts with an action
// (a gerund) is something done, even when it also names a finding.
const ACTION_FIRST = /^(?:(?:knowingly|intentionally|deliberately|repeatedly|actively|any)\s+)?(?:post|send|transmit|upload|link|pursu|conduct|perform|attempt|launch|execut|deploy|install|target|spread|distribut|run|engag|access|exploit|submit)ing\b/;

function first(cats: ReadonlySet<SectionCategory>): SectionCategory | null {
  for (const c of ACTIVITY_CONTEXTS) if (cats.has(c)) return c;
  return null;
}

/** The context a sentence inherits: its list's lead-in first, then its heading. */
export function activityContext(unit: Unit): SectionCategory | null {
  return first(unit.label) ?? first(unit.lead) ?? headingWith(unit, ACTIVITY_CONTEXTS);
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
    if (activityContext(unit) === 'eligibility') return { stance: 'none', own: true };
    return { stance: 'forbidden', own: true };
  }
  if (unit.own.allowed) return { stance: 'none', own: false };
  switch (activityContext(unit)) {
    case 'forbidden': return { stance: 'forbidden', own: false };
    case 'ineligible': return { stance: 'ineligible', own: false };
    case 'out_scope': {
      if (ACTION_FIRST.test(unit.norm)) return { stance: 'forbidden', own: false };
      if (FINDING_CLASS.test(unit.norm)) return { stance: 'ineligible', own: false };
      if (ACTIVITY.test(unit.norm)) return { stance: 'forbidden', own: false };
      return { stance: 'none', own: false };
    }
    default: return { stance: 'none', own: false };
  }
}
