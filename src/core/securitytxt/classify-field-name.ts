import type { SecurityTxtFields } from '../schemas/txt-result.ts';

/** Keys of the parse result that hold registered fields. */
export type FieldKey = 'contact' | 'expires' | 'policy' | 'encryption' | 'canonical' | 'preferred_languages'
  | 'acknowledgments' | 'hiring' | 'csaf' | 'bug_bounty';

/** RFC 9116 fields plus the IANA registry's CSAF and Bug-Bounty, by lower-case name. */
export const REGISTERED_FIELDS: ReadonlyMap<string, FieldKey & keyof SecurityTxtFields> = new Map([
  ['acknowledgments', 'acknowledgments'], ['canonical', 'canonical'], ['contact', 'contact'],
  ['encryption', 'encryption'], ['expires', 'expires'], ['hiring', 'hiring'], ['policy', 'policy'],
  ['preferred-languages', 'preferred_languages'], ['csaf', 'csaf'], ['bug-bounty', 'bug_bounty'],
]);

const CANONICAL_SPELLING: Record<FieldKey, string> = {
  acknowledgments: 'Acknowledgments', canonical: 'Canonical', contact: 'Contact', encryption: 'Encryption',
  expires: 'Expires', hiring: 'Hiring', policy: 'Policy', preferred_languages: 'Preferred-Languages',
  csaf: 'CSAF', bug_bounty: 'Bug-Bounty',
};

/** Field names of the pre-RFC drafts: Disclosure (-00), Signature (-01…-04), Permission (-04), Acknowledgement (-00…-02). */
const LEGACY_DRAFT_FIELDS = new Set(['disclosure', 'signature', 'permission', 'acknowledgement']);

export type FieldNameClass =
  | { kind: 'registered'; key: FieldKey }
  | { kind: 'legacy' }
  | { kind: 'typo'; suggestion: string }
  | { kind: 'unknown' };

// Rows of the distance table, reused by every call (inputs are at most 64 characters, see classifyFieldName).
let rowBuffers = [new Int32Array(66), new Int32Array(66), new Int32Array(66)];

/** Optimal string alignment distance, bounded: returns max+1 as soon as it is exceeded. Inputs are short (≤ 64). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowBuffers[0]!.length) rowBuffers = rowBuffers.map(() => new Int32Array(b.length + 1));
  let [prev2, prev, row] = rowBuffers as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const free = prev2;
    prev2 = prev;
    prev = row;
    row = free;
  }
  return prev[b.length]!;
}

/** Registered, a draft-era name, a likely misspelling of a registered one, or just unknown. */
export function classifyFieldName(name: string): FieldNameClass {
  const lower = name.toLowerCase();
  const key = REGISTERED_FIELDS.get(lower);
  if (key) return { kind: 'registered', key };
  if (LEGACY_DRAFT_FIELDS.has(lower)) return { kind: 'legacy' };
  if (lower.length <= 64) {
    // Short names only tolerate one edit, so that e.g. "CNA" is not taken for "CSAF".
    const max = lower.length <= 5 ? 1 : 2;
    for (const [registered, k] of REGISTERED_FIELDS) {
      if (editDistance(lower, registered, max) <= max) return { kind: 'typo', suggestion: CANONICAL_SPELLING[k] };
    }
  }
  return { kind: 'unknown' };
}
