const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

// UTS #39 "highly restrictive": the only script mixes that are normal within one label.
const ALLOWED_MIXES = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

// Letters of other scripts that look like Latin ones (a subset of Unicode's confusables.txt).
const LATIN_LOOKALIKES = new Set(
  Array.from('аеорсухіјѕԁԛԝӏһүькαορνικτυχϲϳεօսհոռցզ'),
);

/** The scripts used by the letters of one label (digits, hyphens and marks count as none). */
export function labelScripts(label: string): Set<string> {
  const found = new Set<string>();
  for (const ch of label) {
    if (NEUTRAL.test(ch)) continue;
    const script = SCRIPTS.find(([, re]) => re.test(ch));
    found.add(script ? script[0] : 'Other');
  }
  return found;
}

/** A label mixing scripts in a way UTS #39 does not allow (e.g. Latin with Cyrillic: "pаypal"). */
export function isMixedScript(label: string): boolean {
  const scripts = labelScripts(label);
  if (scripts.size <= 1) return false;
  return !ALLOWED_MIXES.some((allowed) => [...scripts].every((s) => allowed.has(s)));
}

/** A label written wholly in another script whose every letter looks Latin (e.g. Cyrillic "аррӏе"). */
export function isLatinLookalike(label: string): boolean {
  const scripts = labelScripts(label);
  if (scripts.size !== 1 || scripts.has('Latin')) return false;
  let letters = 0;
  for (const ch of label) {
    if (NEUTRAL.test(ch)) continue;
    if (!LATIN_LOOKALIKES.has(ch.toLowerCase())) return false;
    letters++;
  }
  return letters > 0;
}
