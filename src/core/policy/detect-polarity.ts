import { anyMatch, readerFor, type Reader } from './compile-reader.ts';

/** What one sentence (lower-cased, see normalizeForMatch) says about the activities it names. */
export interface Polarity {
  /** A directive telling the researcher not to do something ("do not", "must not", "niet", "nicht" …). */
  forbidden: boolean;
  /** Findings that will not be accepted or rewarded ("not eligible", "we do not accept reports of" …). */
  ineligible: boolean;
  /** A permission ("you may", "feel free"). */
  allowed: boolean;
  /** The prohibition is only the condition of a promise ("we will not sue if you do not …"). */
  conditional?: boolean;
}

const CLAUSE_PUNCTUATION = /[,;:()[\]，、；：（）]/;

/** The words of the clause before `index` (from the last clause punctuation, or from a coordinated imperative). */
export function clauseBefore(text: string, index: number, reader: Reader): string[] {
  let start = index;
  while (start > 0 && !CLAUSE_PUNCTUATION.test(text[start - 1]!) && index - start < 200) start--;
  const words = text.slice(start, index).split(/[^\p{L}']+/u).filter(Boolean);
  const last = words.findLastIndex((w) => reader.coordinators.has(w));
  // "Respect our users and don't snoop": a coordinated imperative starts a clause of its own, but only when the
  // coordinated part is itself an imperative (nothing or "please/try to" before the cue).
  if (last !== -1 && words.slice(last + 1).every((w) => reader.softeners.has(w))) return words.slice(last + 1);
  return words;
}

/**
 * True when the sentence has a prohibition addressed to the reader. A negation only counts as a directive when
 * its clause has no other subject in front of it ("if you do not receive…", "we will not…", "that do not…"):
 * the packs' clause blockers before the cue block it.
 */
export function hasDirective(norm: string, reader: Reader = readerFor(['en'])): boolean {
  if (anyMatch(reader, (p) => p.prohibitStrong, norm)) return true;
  for (const pack of reader.packs) {
    const re = pack.prohibit;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const words = clauseBefore(norm, m.index, reader);
      // "in order to avoid …", "designed to avoid …" state a purpose, not a rule.
      if (anyMatch(reader, (p) => p.purposeBefore, norm.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "Do not hesitate to contact us", "vergiss nicht …": idioms, not rules.
      if (anyMatch(reader, (p) => p.idiom, norm.slice(Math.max(0, m.index - 15), m.index + m[0].length + 25))) continue;
      // "CVEs may not be available", "input must not lead to …": a modal negation needs a person (or none) as subject.
      // "Please" is no subject ("vennligst ikke publiser").
      const subject = words.filter((w) => !reader.softeners.has(w));
      if (pack.prohibitModal.test(m[0]) && subject.length > 0 && !subject.some((w) => reader.persons.has(w))) continue;
      if (!words.some((w) => reader.blockers.has(w))) return true;
    }
  }
  return false;
}

/** Reads the polarity of one lower-cased sentence. */
export function detectPolarity(norm: string, reader: Reader = readerFor(['en'])): Polarity {
  const text = norm.length > 2000 ? norm.slice(0, 2000) : norm;
  const ineligible = anyMatch(reader, (p) => p.notRewarded, text);
  const directive = !ineligible && hasDirective(text, reader);
  // "We will not take legal action if you do not …": the conditions of a safe-harbor promise are prohibitions.
  const conditional = !ineligible && !directive && anyMatch(reader, (p) => p.conditionalProhibit, text);
  const forbidden = directive || conditional;
  const polarity: Polarity = { forbidden, ineligible, allowed: !forbidden && !ineligible && anyMatch(reader, (p) => p.permit, text) };
  if (conditional) polarity.conditional = true;
  return polarity;
}
