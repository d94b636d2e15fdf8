import type { PolicyResult } from '../schemas/policy-result.ts';
import { trimTrailing } from '../scope/trim-trailing.ts';
import type { Unit } from './build-units.ts';
import { anyMatch, type Reader } from './compile-reader.ts';
import { clauseBefore } from './detect-polarity.ts';
import { normalizeForMatch } from './normalize-for-match.ts';

/** `text` without a final conjunction of the reader's packs ("and", "oder") and the spaces and one comma before it. */
function dropTrailingConjunction(text: string, reader: Reader): string {
  const lower = text.toLowerCase();
  let end = -1;
  for (const word of reader.conjunctions) {
    const at = lower.length - word.length;
    // A whole word in spaced text; CJK conjunctions touch the word before them.
    if (at > 0 && lower.endsWith(word) && (!/[\p{L}\p{N}]/u.test(lower[at - 1]!) || !/[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(word))) { end = at; break; }
  }
  if (end < 0) return text;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] === ',') end--;
  return text.slice(0, end);
}

/**
 * A rule sentence as a short imperative: list punctuation and what the packs call a rule's opener ("you must",
 * "please", "bitte") dropped; at most 200 characters.
 */
function ruleText(text: string, reader: Reader): string {
  let t = text.replace(/\s+/g, ' ').trim();
  const norm = normalizeForMatch(t);
  for (const p of reader.packs) {
    const m = p.ruleOpener.exec(norm);
    if (m && m.index === 0 && m[0].length < t.length) { t = t.slice(m[0].length); break; }
  }
  // Linear trims (t holds no white space but single spaces): trailing list punctuation, then a dangling "and"/"or".
  t = dropTrailingConjunction(trimTrailing(t, ' ,;.'), reader);
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

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
 * Whether the sentence tells the reader to do what a pack calls an obligation ("stop testing", "delete the data"):
 * the clause before the wording has no other subject or subordinator ("we will delete …", "it allows researchers
 * to notify us", "if we …" are not), judged with the clause words the prohibitions are judged with.
 */
function toldToReader(unit: Unit): boolean {
  for (const pack of unit.reader.packs) {
    const re = pack.obligation;
    re.lastIndex = 0;
    for (let m = re.exec(unit.norm); m !== null; m = re.exec(unit.norm)) {
      if (!clauseBefore(unit.norm, m.index, unit.reader).some((w) => unit.reader.blockers.has(w))) return true;
      // A match can swallow a later one ("données …, arrêtez"): look again from the next character.
      re.lastIndex = m.index + 1;
    }
  }
  return false;
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
    const r = unit.reader;
    // A commitments section holds promises, not rules.
    if (unit.heading.has('commitment') && !unit.lead.has('obligation')) continue;
    // Where to report or not ("do not open a public issue", "only use the official channels").
    if (anyMatch(r, (p) => p.channel, unit.norm) && unit.own.forbidden) {
      const text = ruleText(unit.text, r);
      if (!seen.has(`c ${text}`)) { seen.add(`c ${text}`); channel.push({ text, quote: unit.text }); }
      continue;
    }
    if (toldToReader(unit) && !unit.own.ineligible && !isProhibition(unit)) {
      const text = ruleText(unit.text, r);
      if (!seen.has(`o ${text}`)) { seen.add(`o ${text}`); obligations.push({ text, quote: unit.text }); }
    }
  }
  return { obligations, channel_rules: channel };
}
