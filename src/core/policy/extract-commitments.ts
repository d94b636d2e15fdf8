import type { Unit } from './build-units.ts';
import { blankAddresses } from './blank-addresses.ts';
import { findMoneyAmount } from './find-money-amount.ts';

const SAFE_HARBOR = new RegExp([
  String.raw`\bsafe harbou?r\b`,
  String.raw`\bnot\s+(?:\w+\s+){0,3}(?:pursue|initiate|bring|take|recommend|support|file|seek|press)\b[^.;]{0,60}\b(?:legal|law ?suits?|suits?|action|claims?|complaints?|prosecution|charges)\b`,
  String.raw`\b(?:explicitly\s+)?(?:allow|authori[sz]e|permit)s?\s+(?:ethical\s+|security\s+)?(?:hackers|researchers|you)\s+to\s+test\b`,
  String.raw`\bconsider\s+(?:your\s+|this\s+|such\s+)?research\s+(?:to\s+be\s+|as\s+)?(?:authori[sz]ed|lawful)`,
  String.raw`\bauthori[sz]ed\s+(?:concerning|in view of|under)\b`, String.raw`\bno\s+legal\s+(?:actions?|steps|proceedings)\s+(?:will|shall)\s+be\s+(?:taken|initiated|pursued|brought)\b`,
  String.raw`\bniet\s+tot\s+(?:een\s+)?aangifte\b`, String.raw`\bgeen\s+aangifte\b`, String.raw`\bgeen\s+(?:juridische|gerechtelijke)\s+stappen\b`,
  String.raw`\bkeine\s+(?:rechtlichen|juristischen|strafrechtlichen)\s+schritte\b`, String.raw`\bkeine\s+(?:straf)?anzeige\b`,
  String.raw`\bverzichten\s+(?:wir\s+)?auf\s+(?:eine\s+)?(?:straf)?anzeige`, String.raw`\baucune\s+(?:action|poursuite)s?\s+(?:en\s+justice|judiciaire)`,
  String.raw`\bpas\s+de\s+poursuites?\b`, String.raw`\bne\s+(?:pas\s+)?(?:engager|intenter)\s+de\s+poursuites`,
  // "… ne recommandera pas ou n'engagera pas une action en justice", "nous considérerons que votre recherche est autorisée".
  String.raw`\b(?:ne\s+|n')\S{1,20}\s+pas\b[^.;]{0,60}\b(?:actions?\s+en\s+justice|actions?\s+judiciaires?|poursuites?)`,
  String.raw`\bconsidér\w*\s+que\s+(?:votre|vos)\s+(?:\S+\s+){0,2}(?:est|sont)\s+autoris`,
].join('|'));
const NO_SAFE_HARBOR = /\bno safe harbou?r\b|\bdoes not (?:grant|give|provide|offer|constitute) (?:you )?(?:any )?(?:legal )?(?:permission|authori[sz]ation|protection|safe harbou?r)|\bnot (?:a |an )?(?:authori[sz]ation|permission) to test\b|\b(?:can ?not|do not) (?:guarantee|promise) (?:that )?(?:we will not|not to) (?:take|pursue) legal|\bgeen vrijwaring\b|\bkeine (?:rechtliche )?(?:erlaubnis|genehmigung)\b/;

const NO_BOUNTY = /\b(?:monetary|financial|cash)\s+(?:rewards?|compensation|bount\w*|payments?)\s+(?:are|is)\s+(?:currently\s+|presently\s+|generally\s+)?not\s+(?:\w+\s+)?(?:provided|offered|available|paid|given|awarded)\b|\bthere\s+(?:is|are)\s+no\s+(?:\w+\s+)?(?:bug\s+)?bount|\b(?:is|are)(?:\s+not|n't)\s+(?:a|an|your)\s+(?:\w+\s+){0,2}(?:bug\s+)?bounty\s+program|\bnever\s+(?:offers?|pays?|gives?|awards?)\s+(?:any\s+)?(?:\w+\s+)?(?:rewards?|bount\w*|money|payments?|compensation)|\bno longer (?:has|have|offers?|runs?|operates?|maintains?) (?:a |an |any )?(?:public )?(?:bug )?bount|\b(?:do|does|will|can)(?: not|n't) (?:currently )?(?:offer|provide|pay|give|award|have|run|operate)\b[^.;]{0,40}\b(?:monetar|financ|cash|bount|compensat|payment|paid|money)|\bno (?:monetary|financial|cash|paid) (?:rewards?|compensation|bount)|\bnot (?:a )?(?:paid|bug bounty) program|\bunpaid\b|\bwithout (?:monetary|financial) (?:reward|compensation)|\bgeen (?:geldelijke|financiële) (?:beloning|vergoeding)|\bkeine (?:finanzielle|monetäre|geldliche) (?:belohnung|vergütung|entschädigung)|\bkeine? bug[- ]?bounty|\bpas de (?:récompense|prime|rémunération) (?:financière|monétaire)|\baucune (?:récompense|rémunération) (?:financière|monétaire)/;
// Bounty words and a currency before an amount; an amount before its currency is found by findMoneyAmount.
// Together: /…|(?:\$|€|£)\s?\d|\b\d[\d,.]*\s?(?:\$|€|£|usd|eur|euros?|dollars?)(?![a-z])|…/g (quadratic on "0,0,0,…").
const BOUNTY_WORDS = /\bbount(?:y|ies)\b|\bmonetary rewards?\b|\bcash rewards?\b|\bpays? out\b|\bpaying out\b|\brewards? (?:of|up to|range|ranging|from) (?:\$|€|£|usd|eur)|(?:\$|€|£)\s?\d|\bgeldprämie|\bgeldelijke beloning|\brécompense financière/g;
const SWAG = /\bswag\b|\bt-shirts?\b|\bmerchandise\b|\bgoodies\b|\bstickers?\b|\bhoodies?\b|\bmerch\b/;

// Before a bounty word, in its clause: "no bounty", "not a bug bounty", "ineligible for bounty".
const NEGATED = /\b(?:no|not|never|without|nor|geen|kein\w*|pas|aucune?|sans)\b|n't\b|\bineligible\s+for\s+(?:a\s+|any\s+)?$/;

type Span = { index: number; end: number };

function findBountyWord(text: string, from: number): Span | null {
  BOUNTY_WORDS.lastIndex = from;
  const m = BOUNTY_WORDS.exec(text);
  return m ? { index: m.index, end: m.index + m[0].length } : null;
}

/**
 * Bounty words and money amounts, left to right and not overlapping, as one global regex of both would find them
 * (no amount starts where a bounty word does: a digit against a letter or currency sign). Each kind's next match
 * is kept until passed, so the text is scanned once per kind.
 */
function* bountyMatches(text: string): Generator<Span> {
  let word = findBountyWord(text, 0);
  let amount = findMoneyAmount(text, 0);
  while (word || amount) {
    const m = word && (!amount || word.index < amount.index) ? word : amount!;
    yield m;
    if (word && word.index < m.end) word = findBountyWord(text, m.end);
    if (amount && amount.index < m.end) amount = findMoneyAmount(text, m.end);
  }
}

/** True when a sentence offers money: a bounty word or amount that no negation in its clause takes back. */
function offersMoney(norm: string): boolean {
  if (bountyMatches(norm).next().done) return false;
  const text = blankAddresses(norm.length > 2000 ? norm.slice(0, 2000) : norm);
  for (const m of bountyMatches(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < 80 && !/[,;:.!?()]/.test(text[start - 1]!)) start--;
    if (!NEGATED.test(text.slice(start, m.index))) return true;
  }
  return false;
}

/** Safe harbor: an explicit no-legal-action or authorization commitment (true), an explicit denial (false), else null. */
export function extractSafeHarbor(units: readonly Unit[]): { value: boolean | null; quote: string | null } {
  const yes = units.find((u) => SAFE_HARBOR.test(u.norm));
  if (yes) return { value: true, quote: yes.text };
  const no = units.find((u) => NO_SAFE_HARBOR.test(u.norm));
  return no ? { value: false, quote: no.text } : { value: null, quote: null };
}

/**
 * Bounty: false when the text says there is no money (a programme that ended, swag only); true when it
 * offers money (a bounty, a paid reward, amounts); null when silent (a hall of fame alone stays null).
 */
export function extractBounty(units: readonly Unit[]): { value: boolean | null; quote: string | null } {
  const no = units.find((u) => NO_BOUNTY.test(u.norm));
  if (no) return { value: false, quote: no.text };
  const yes = units.find((u) => offersMoney(u.norm));
  if (yes) return { value: true, quote: yes.text };
  const swag = units.find((u) => SWAG.test(u.norm));
  return swag ? { value: false, quote: swag.text } : { value: null, quote: null };
}
