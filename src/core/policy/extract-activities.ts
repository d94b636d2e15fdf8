import type { ActivityId, PolicyResult } from '../schemas/policy-result.ts';
import { FORBIDDEN_ACTIVITY_IDS } from '../schemas/policy-result.ts';
import type { Unit } from './build-units.ts';
import { judgeUnitStance } from './judge-unit-stance.ts';
import { matchActivities, matchesOtherActivity } from './match-activities.ts';
import { trimTrailing } from '../scope/trim-trailing.ts';

type Forbidden = PolicyResult['forbidden_activities'];
type Ineligible = NonNullable<PolicyResult['ineligible']>;

// "Give us reasonable time before you disclose", "keep it confidential until it is fixed": a wait before going
// public, stated without a negation. It must speak to the reader.
const WAIT_BEFORE_PUBLIC = /\b(?:before|until|prior to|till|totdat|tot|bevor|bis|avant|jusqu'à(?![a-zà-ÿ]))[^.;]{0,100}\b(?:fix|resolv|remedi|patch|address|releas|publi|disclos|opgelost|verholpen|behoben|corrig)|\breasonable (?:amount of )?time\b[^.;]{0,100}\b(?:disclos|public|publish)/;
// "Keep information about vulnerabilities confidential until it is resolved": a disclosure rule by itself.
// "… for 90 days after you notified us", "… while we work on a fix" bound it in time the same way.
const KEEP_CONFIDENTIAL = /\b(?:keep|treat|hold|houd|houden|behandel|halten|behandeln|gardez|garder)\b[^;]{0,80}\b(?:confidential|private|secret|vertraulich|geheim|vertrouwelijk|confidentiel)\w*\b[^;]{0,80}\b(?:until|before|while|for (?:up to |at least )?\d|totdat|voordat|zolang|bis|bevor|solange|jusqu|avant|pendant)/;
// "Keep any details confidential.", "You must treat findings as secret": a rule with no time bound, told to the reader.
const KEEP_CONFIDENTIAL_TOLD = /^(?:please\s+|kindly\s+)?(?:keep|treat|hold|houd|behandel|gardez)\b[^;]{0,80}\b(?:confidential|secret|vertraulich|geheim|vertrouwelijk|confidentiel)|\byou\s+(?:must|should|shall|need to|agree to|are (?:asked|expected|required) to)\s+(?:keep|treat|hold)\b[^;]{0,60}\b(?:confidential|secret)/;
const TO_READER = /\b(?:you|your|researchers?|reporters?|je|jij|u|uw|sie|ihr|ihre|vous|votre)\b|^(?:please |kindly )?(?:provide|allow|give|keep|wait|do|avoid|refrain|houd|geef|behandel|halten|gardez|accordez)\b/;
// Rules about channels ("do not open a public issue", "do not use personal e-mails") are not 'other'.
// "Don't misuse the vulnerability" introduces the specific rules that follow; it is not a rule of its own.
const GENERIC_MISUSE = /^(?:please\s+)?(?:do not|don't|never)\s+(?:misuse|abuse|take advantage of|exploit)\s+(?:the|this|a|any)\s+(?:vulnerabilit\w*|problem|issue|bug|weakness)\W*$/;
const CHANNEL = /\b(?:through|via|on|in|using|sur|via|über|op)\s+(?:the\s+)?(?:public\s+)?(?:github|gitlab|bitbucket|jira|discord|slack|twitter|mailing[\s-]lists?)\b|\bissues?\b|\bissue tracker\b|\bbug tracker\b|\bpull requests?\b|\bsocial media\b|\bpersonal e-?mails?\b|\bprivate connections\b|\bforums?\b|\bofficial channels?\b|\bchannel\b/;

function orderIds(ids: Iterable<ActivityId>): ActivityId[] {
  const set = new Set(ids);
  return FORBIDDEN_ACTIVITY_IDS.filter((id) => set.has(id));
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
    const ids = matchActivities(unit.norm);
    if (stance === 'forbidden') {
      for (const id of ids) add(id, unit.text);
      const other = matchesOtherActivity(unit.norm) || (own && ids.length === 0 && !CHANNEL.test(unit.norm) && !GENERIC_MISUSE.test(unit.norm));
      if (other) add('other', unit.text);
    } else if (stance === 'ineligible') {
      // A finding type is not an activity: "publicly disclosed bugs" says nothing about disclosure rules.
      ineligible.push({ text: trimTrailing(unit.text, '.;,'), quote: unit.text, ids: ids.filter((id) => id !== 'public_disclosure_before_fix') });
    }
    const waits = (ids.includes('public_disclosure_before_fix') && WAIT_BEFORE_PUBLIC.test(unit.norm)) || KEEP_CONFIDENTIAL.test(unit.norm) || KEEP_CONFIDENTIAL_TOLD.test(unit.norm);
    if (stance !== 'ineligible' && waits && TO_READER.test(unit.norm)) add('public_disclosure_before_fix', unit.text);
  }
  const forbiddenList = orderIds(forbidden.keys()).map((id) => ({ id, quote: forbidden.get(id)! }));
  return { forbidden: forbiddenList, ineligible };
}
