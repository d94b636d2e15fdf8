/** What one sentence (lower-cased, see normalizeForMatch) says about the activities it names. */
export interface Polarity {
  /** A directive telling the researcher not to do something ("do not", "must not", "niet", "nicht" …). */
  forbidden: boolean;
  /** Findings that will not be accepted or rewarded ("not eligible", "we do not accept reports of" …). */
  ineligible: boolean;
  /** A permission ("you may", "feel free"). */
  allowed: boolean;
}

// A negation only counts as a directive when its clause has no other subject in front of it ("if you do
// not receive…", "we will not…", "that do not…"): these words before the cue block it.
const BLOCKERS = new Set([
  'if', 'when', 'whenever', 'whether', 'unless', 'that', 'which', 'who', 'whom', 'whose', 'we', 'our', 'us', 'it',
  'they', 'these', 'those', 'this', 'there', 'he', 'she', 'what', 'where', 'as', 'because', 'since', 'while',
  'although', 'though', 'once', 'until', 'input', 'code', 'timelines', 'i',
  'wij', 'ons', 'onze', 'als', 'wanneer', 'indien', 'dat', 'die', 'er', 'ze', 'zij', 'hij', 'zodat', 'opdat',
  'sodass', 'damit', 'afin',
  'wir', 'uns', 'unser', 'unsere', 'wenn', 'falls', 'sofern', 'ob', 'dass', 'es', 'das', 'dies', 'diese', 'welche',
  'nous', 'si', 'lorsque', 'quand', 'que', 'qui', 'il', 'elle', 'ils', 'elles', 'cela', 'ce', 'ceci', 'on',
]);

// "We request that you not …", "we ask that your research not create …".
// "We ask that you refrain from …", "we ask you to avoid …": the request is the prohibition.
const SUBJUNCTIVE = /\b(?:request|ask|require|expect)\w*\s+that\s+(?:you|your\s+\S+(?:\s+\S+)?|researchers?)\s+(?:do\s+)?not\b|\b(?:request|ask|require|expect|urge)\w*\s+(?:that\s+)?(?:you|researchers?)\s+(?:to\s+)?(?:refrain|avoid|abstain)\b/;
const IDIOM = /hesitate|hésit|zöger|aarzel|vergiss|vergessen|vergeet|oubli|forget|\bbe shy\b|\bworry\b|\bpanic\b/;
const PURPOSE = new Set(['order', 'designed', 'intended', 'and', 'help', 'helps', 'as', 'aim', 'aims', 'want', 'try', 'trying', 'strive', 'language']);
const PERSONS = new Set(['you', 'researchers', 'researcher', 'reporters', 'reporter', 'participants', 'participant', 'testers',
  'hackers', 'anyone', 'research', 'testing', 'tests', 'reporting', 'activities', 'activity', 'individuals', 'submissions',
  'reports', 'please', 'and', 'or', 'also', 'therefore', 'however', 'additionally', 'furthermore']);

const DIRECTIVE = new RegExp([
  String.raw`\b(?:must|shall|should|may)\s+not\b`, String.raw`\b(?:mustn't|shouldn't|shan't)\b`,
  String.raw`\bdo\s+not\b`, String.raw`\bdon't\b`, String.raw`\bdont\b(?!\s+(?:des|les|la|le|l'|un|une|il|elle|ils|elles|nous|vous|on|ce|certains?|plusieurs|\d))`, String.raw`\bnever\b`, String.raw`\bnot\s+to\b`,
  String.raw`\bcan(?:not|\s+not)\s+authori[sz]e\b`,
  String.raw`\bnot\s+(?:be\s+)?(?:allowed|permitted|authori[sz]ed|acceptable|tolerated)\b`,
  String.raw`\bprohibited\b`, String.raw`\bforbidden\b`, String.raw`\bis\s+a\s+violation\b`, String.raw`\brefrain\b`,
  String.raw`\bavoid(?:s|ing)?\b`, String.raw`^no\s+(?!\S+\s+(?:is|are|was|were|will|has|have|can)\b)`, String.raw`\bunder\s+no\s+circumstances\b`,
  String.raw`\bno\s+invitation\b`, String.raw`\bgeen\s+uitnodiging\b`, String.raw`\bkeine\s+einladung\b`,
  String.raw`^(?:please\s+)?only\s`, String.raw`\bonly\s+(?:test|interact|use|target|run|perform|conduct|scan)\b`,
  String.raw`\b(?:test|testing|tests)\s+only\b`, String.raw`\bonly\s+be\s+conducted\b`,
  String.raw`\b(?:research|testing|tests?)\s+only\s+(?:within|on|in|against)\b`, String.raw`\bonly\s+within\s+(?:the\s+)?scope\b`,
  String.raw`(?:\bvermijd|\bvermeiden|(?<![a-zà-ÿ])évite[rz])\b`, String.raw`\bn'\S{1,20}\s+qu'`, String.raw`\bne\s+\S{1,20}\s+que\b`,
  // NL
  String.raw`\bgeen\b`, String.raw`\bniet\b`, String.raw`\bnooit\b`, String.raw`\bverboden\b`,
  // DE
  String.raw`\bnicht\b`, String.raw`\bkein(?:e|en|em|er|es)?\b`, String.raw`\bniemals\b`, String.raw`\bkeinesfalls\b`,
  String.raw`\buntersagt\b`, String.raw`\bverboten\b`, String.raw`\bunterlassen\b`, String.raw`\bunzulässig\b`,
  // FR
  String.raw`\bne\s+(?:pas|jamais)\b`, String.raw`\bn'\S{1,20}\s+(?:pas|jamais)\b`, String.raw`\bne\s+\S{1,20}\s+(?:pas|jamais|aucun\S{0,3})\b`,
  String.raw`\baucun(?:e|s|es)?\b`, String.raw`\binterdit\S{0,3}\b`, String.raw`\bpas\s+autoris\S{0,4}\b`,
  String.raw`\bs'abstenir\b`, String.raw`\babstenez\b`,
].join('|'), 'g');

// Cues strong enough to count whatever stands before them.
const STRONG = /^(?:prohibited|forbidden|is a violation|cannot authori[sz]e|can not authori[sz]e|no invitation|geen uitnodiging|keine einladung|verboden|untersagt|verboten|interdit\S{0,3})/;

const INELIGIBLE = new RegExp([
  String.raw`\bnot\s+(?:be\s+)?eligible\b`, String.raw`\bineligible\b`, String.raw`\bnon[- ]?(?:qualifying|eligible)\b`,
  String.raw`\b(?:will|would|are|is|be)\s+not\s+(?:be\s+)?(?:accepted|rewarded|considered|eligible|paid)\b`,
  String.raw`\bwon't\s+be\s+(?:accepted|rewarded|considered)\b`,
  String.raw`\b(?:do|does|will)\s+not\s+(?:accept|reward|qualify|pay\s+for)\b`, String.raw`\b(?:don't|doesn't|won't)\s+(?:accept|reward|qualify)\b`,
  String.raw`\bnot\s+considered\s+(?:a\s+|as\s+|to\s+be\s+)?(?:valid|vulnerabilit|security|eligible|denial)`,
  String.raw`\bare\s+not\s+(?:security\s+)?vulnerabilities\b`, String.raw`\bis\s+not\s+a\s+vulnerability\b`,
  String.raw`\bnot\s+(?:\S{1,20}\s+)?vulnerabilities\s+in\b`,
  String.raw`\bout[- ]of[- ]scope\s+for\s+(?:a\s+)?(?:reward|bounty)`, String.raw`\bexcluded\s+from\s+(?:the\s+)?(?:bounty|reward)`,
  String.raw`\bnot\s+available\s+for\b`, String.raw`\b(?:not|n't|never)\s+(?:\w+\s+)?meet\s+(?:the|our)\s+(?:\w+\s+)?(?:threshold|bar|criteria|requirements)\b`,
  String.raw`\bbelow\s+(?:the|our)\s+(?:\w+\s+)?(?:severity\s+)?threshold\b`, String.raw`\bno\s+(?:cves?|bounty|reward)s?\s+(?:will|is|are)\b`,
  String.raw`\bniet\s+in\s+aanmerking\b`, String.raw`\bworden\s+niet\s+(?:geaccepteerd|beloond)\b`,
  String.raw`\bnicht\s+(?:prämiert|belohnt|berücksichtigt|akzeptiert)\b`, String.raw`\bkeine\s+(?:belohnung|prämie)\b`,
  String.raw`\b(?:ne\s+sont|n'est)\s+pas\s+(?:éligible|accepté|récompensé|considéré)`, String.raw`\bnon\s+éligible`,
].join('|'));

const ALLOWED = /\byou\s+(?:may|can|are\s+(?:allowed|permitted|welcome)\s+to)\b|\bfeel\s+free\b|\b(?:is|are)\s+(?:allowed|permitted)\b|\bmag\s+je\b|\bdürfen\s+sie\b|\bvous\s+pouvez\b/;

// "Respect our users and don't snoop": a coordinated imperative starts a clause of its own.
const COORDINATORS = new Set(['and', 'but', 'en', 'maar', 'und', 'aber', 'et', 'mais']);

function clauseBefore(text: string, index: number): string[] {
  let start = index;
  while (start > 0 && !/[,;:()[\]]/.test(text[start - 1]!) && index - start < 200) start--;
  const words = text.slice(start, index).split(/[^\p{L}']+/u).filter(Boolean);
  const last = words.findLastIndex((w) => COORDINATORS.has(w));
  // Only when the coordinated part is itself an imperative (nothing or "please/try to" before the cue).
  if (last !== -1 && words.slice(last + 1).every((w) => w === 'please' || w === 'try' || w === 'to' || w === 'also')) return words.slice(last + 1);
  return words;
}

/** True when the sentence has a prohibition addressed to the reader (see BLOCKERS). */
export function hasDirective(norm: string): boolean {
  if (SUBJUNCTIVE.test(norm)) return true;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(norm); m !== null; m = DIRECTIVE.exec(norm)) {
    if (STRONG.test(m[0])) return true;
    const words = clauseBefore(norm, m.index);
    // "in order to avoid …", "designed to avoid …" state a purpose, not a rule ("make every effort to avoid" is one).
    if (m[0].startsWith('avoid') && words[words.length - 1] === 'to' && PURPOSE.has(words[words.length - 2] ?? '')) continue;
    // "Do not hesitate to contact us", "vergiss nicht …": idioms, not rules.
    if (IDIOM.test(norm.slice(Math.max(0, m.index - 15), m.index + m[0].length + 25))) continue;
    // "CVEs may not be available", "input must not lead to …": a modal negation needs a person (or none) as subject.
    if (/^(?:must|shall|should|may)\s/.test(m[0]) && words.length > 0 && !words.some((w) => PERSONS.has(w))) continue;
    if (!words.some((w) => BLOCKERS.has(w))) return true;
  }
  return false;
}

/** Reads the polarity of one lower-cased sentence. */
export function detectPolarity(norm: string): Polarity {
  const text = norm.length > 2000 ? norm.slice(0, 2000) : norm;
  const ineligible = INELIGIBLE.test(text);
  const forbidden = !ineligible && hasDirective(text);
  return { forbidden, ineligible, allowed: !forbidden && !ineligible && ALLOWED.test(text) };
}
