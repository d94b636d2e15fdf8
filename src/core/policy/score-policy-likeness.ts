import { anyMatch, readerFor, type CompiledPack } from './compile-reader.ts';
import { detectTextLanguage } from './detect-language.ts';
import { normalizeForMatch } from './normalize-for-match.ts';

/** Text read: a policy says what it is near its top; a bound keeps a 10 MiB page cheap. */
const SAMPLE = 100_000;
/** The top of the page, where an error page says so. */
const TOP = 2000;
const NOT_FOUND_STATUS = /\b404\b/;

/** Cue groups of a disclosure policy, each read with the language packs' words. */
const GROUPS: ReadonlyArray<(p: CompiledPack) => RegExp> = [
  (p) => p.findingClass,
  (p) => p.disclosure,
  (p) => p.headings.reporting,
  (p) => p.security,
  (p) => p.headings.scope,
  (p) => p.researcher,
  (p) => p.bounty,
  (p) => p.safeHarbor,
  (p) => p.prohibit,
];
const TAKEN_TOGETHER = ['dos', 'social_engineering', 'phishing', 'brute_force'];

/**
 * How many of the policy cue groups a text uses (0–10), read with the packs of its language and English, minus a
 * penalty for soft-404 wording near the top. A page that uses few of them is not a policy, whatever its status.
 */
export function scorePolicyLikeness(text: string): number {
  const sample = normalizeForMatch(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
  const reader = readerFor([detectTextLanguage(sample) ?? 'en', 'en']);
  let score = GROUPS.filter((pick) => anyMatch(reader, pick, sample)).length;
  if (reader.packs.some((p) => p.activities.some(([id, re]) => TAKEN_TOGETHER.includes(id) && re.test(sample)))) score++;
  const top = sample.slice(0, TOP);
  if (NOT_FOUND_STATUS.test(top) || anyMatch(reader, (p) => p.notFound, top)) score -= 3;
  return score;
}
