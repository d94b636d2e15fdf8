import type { PolicyResult } from '../schemas/policy-result.ts';
import { trimTrailing } from '../scope/trim-trailing.ts';
import type { Unit } from './build-units.ts';

const OBLIGATION = /\b(?:stop|cease|halt|pause|suspend)\b[^.;]{0,20}\btest|\bimmediately stop\b|\bnotify us\b|\b(?:purge|delete|destroy|erase|remove)\b[^.;]{0,50}\b(?:data|information|gegevens|daten|données)\b|\breport (?:it |them |the (?:vulnerability|issue) )?(?:immediately|promptly|as soon as)|\bstop\b[^.;]{0,30}\bimmediately\b|\bstop(?:pen|pe)?\b[^.;]{0,30}\btest|\bbeenden sie\b|\barrêtez\b|\bkeep\b[^.;]{0,60}\bconfidential\b|\bverwijder\b[^.;]{0,40}\bgegevens\b|\blöschen sie\b/;
const CHANNEL_RULE = /\b(?:through|via|on|using)\s+(?:the\s+)?(?:public\s+)?(?:github|gitlab|bitbucket|jira|discord|slack|twitter|mailing[\s-]lists?)\b|\bpublic (?:github )?issues?\b|\bissue tracker|\bbug tracker|\bpull requests?\b|\bopen (?:a )?(?:public )?issue\b|\bsocial media\b|\bpersonal e-?mails?\b|\bprivate connections\b|\bpublic forums?\b|\bofficial channels?\b/;
const SPEAKER_WE = /^(?:we|wij|wir|nous)\b/;

/** `text` without a final "and"/"or" (any case, even inside a word) and the spaces and one comma before it. */
function dropTrailingConjunction(text: string): string {
  let end = /^and$/i.test(text.slice(-3)) ? text.length - 3 : /^or$/i.test(text.slice(-2)) ? text.length - 2 : -1;
  if (end < 0) return text;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] === ',') end--;
  return text.slice(0, end);
}

/** A rule sentence as a short imperative: list punctuation, "you must", "please" dropped; at most 200 characters. */
function ruleText(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  t = t.replace(/^(?:[-•*]\s*)?(?:(?:security\s+)?researchers\s+must|you\s+(?:must|should)|please)\s+/i, '');
  // Linear trims (t holds no white space but single spaces): trailing list punctuation, then a dangling "and"/"or".
  t = dropTrailingConjunction(trimTrailing(t, ' ,;.'));
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

// "It allows researchers to notify us": a description of the programme, not something the reader must do.
const DESCRIPTION = /\b(?:allows|enables|lets|helps) (?:security )?(?:researchers|you|people|anyone|hackers|users)\b/;

/**
 * A sentence that forbids what it names is never an obligation: its own wording ("do not delete data",
 * "verwijder geen gegevens") or the list lead-in it stands under ("you must not: - delete, alter or destroy data").
 */
function isProhibition(unit: Unit): boolean {
  if (unit.own.forbidden || unit.lead.has('forbidden') || unit.label.has('forbidden')) return true;
  // A list item under a "must not" heading or lead-in continues it; a paragraph there speaks for itself.
  return unit.kind === 'list_item' && unit.heading.has('forbidden');
}

/**
 * Obligations ("cease testing and notify us", "purge any stored data") and channel rules ("do not open a
 * public issue", "use only the official channels"), each with its sentence.
 */
export function extractRules(units: readonly Unit[]): { obligations: PolicyResult['obligations']; channel_rules: NonNullable<PolicyResult['channel_rules']> } {
  const obligations: PolicyResult['obligations'] = [];
  const channel: NonNullable<PolicyResult['channel_rules']> = [];
  const seen = new Set<string>();
  for (const unit of units) {
    if (SPEAKER_WE.test(unit.norm) || (unit.heading.has('commitment') && !unit.lead.has('obligation'))) continue;
    if (CHANNEL_RULE.test(unit.norm) && (unit.own.forbidden || /\buse only\b|\bonly use\b/.test(unit.norm))) {
      const text = ruleText(unit.text);
      if (!seen.has(`c ${text}`)) { seen.add(`c ${text}`); channel.push({ text, quote: unit.text }); }
      continue;
    }
    if (OBLIGATION.test(unit.norm) && !unit.own.ineligible && !isProhibition(unit) && !DESCRIPTION.test(unit.norm)) {
      const text = ruleText(unit.text);
      if (!seen.has(`o ${text}`)) { seen.add(`o ${text}`); obligations.push({ text, quote: unit.text }); }
    }
  }
  return { obligations, channel_rules: channel };
}
