import { FORBIDDEN_ACTIVITY_IDS, type ActivityId } from '../schemas/policy-result.ts';
import { anyMatch, readerFor, type Reader } from './compile-reader.ts';

const MAX = 2000;

/** Taxonomy ids whose vocabulary (in the reader's language packs) occurs in a lower-cased sentence (never 'other'). */
export function matchActivities(norm: string, reader: Reader = readerFor(['en'])): ActivityId[] {
  const text = norm.length > MAX ? norm.slice(0, MAX) : norm;
  const found = new Set<ActivityId>();
  for (const pack of reader.packs) for (const [id, re] of pack.activities) if (!found.has(id) && re.test(text)) found.add(id);
  return FORBIDDEN_ACTIVITY_IDS.filter((id) => found.has(id));
}

/** True when the sentence names a restriction that belongs under 'other' (extortion, testing outside scope …). */
export function matchesOtherActivity(norm: string, reader: Reader = readerFor(['en'])): boolean {
  return anyMatch(reader, (p) => p.otherActivity, norm.length > MAX ? norm.slice(0, MAX) : norm);
}
