import type { Unit } from './build-units.ts';
import { blankAddresses } from './blank-addresses.ts';
import { anyMatch, type Reader } from './compile-reader.ts';
import { findMoneyAmount } from './find-money-amount.ts';

// An amount with its currency sign before it ("$500", "€ 1000"); an amount before its currency is found by
// findMoneyAmount. Together with a pack's bounty words in one global regex this was quadratic on "0,0,0,…".
const CURRENCY_FIRST = /(?:\$|€|£)\s?\d/g;

type Span = { index: number; end: number };

function findBountyWord(text: string, from: number, reader: Reader): Span | null {
  let best: Span | null = null;
  for (const re of [CURRENCY_FIRST, ...reader.packs.map((p) => p.bounty)]) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, end: m.index + Math.max(1, m[0].length) };
  }
  return best;
}

/**
 * Bounty words and money amounts, left to right and not overlapping, as one global regex of both would find them
 * (no amount starts where a bounty word does: a digit against a letter or currency sign). Each kind's next match
 * is kept until passed, so the text is scanned once per kind.
 */
function* bountyMatches(text: string, reader: Reader): Generator<Span> {
  let word = findBountyWord(text, 0, reader);
  let amount = findMoneyAmount(text, 0);
  while (word || amount) {
    const m = word && (!amount || word.index < amount.index) ? word : amount!;
    yield m;
    if (word && word.index < m.end) word = findBountyWord(text, m.end, reader);
    if (amount && amount.index < m.end) amount = findMoneyAmount(text, m.end);
  }
}

/** True when a sentence offers money: a bounty word or amount that no negation in its clause takes back. */
function offersMoney(norm: string, reader: Reader): boolean {
  if (bountyMatches(norm, reader).next().done) return false;
  const text = blankAddresses(norm.length > 2000 ? norm.slice(0, 2000) : norm);
  for (const m of bountyMatches(text, reader)) {
    let start = m.index;
    while (start > 0 && m.index - start < 80 && !/[,;:.!?()，。、]/.test(text[start - 1]!)) start--;
    // Before a bounty word, in its clause: "no bounty", "not a bug bounty", "ineligible for bounty".
    if (!anyMatch(reader, (p) => p.negation, text.slice(start, m.index))) return true;
  }
  return false;
}

/** Safe harbor: an explicit no-legal-action or authorization commitment (true), an explicit denial (false), else null. */
export function extractSafeHarbor(units: readonly Unit[]): { value: boolean | null; quote: string | null } {
  const yes = units.find((u) => anyMatch(u.reader, (p) => p.safeHarbor, u.norm));
  if (yes) return { value: true, quote: yes.text };
  const no = units.find((u) => anyMatch(u.reader, (p) => p.noSafeHarbor, u.norm));
  return no ? { value: false, quote: no.text } : { value: null, quote: null };
}

/**
 * Bounty: false when the text says there is no money (a programme that ended, swag only); true when it
 * offers money (a bounty, a paid reward, amounts); null when silent (a hall of fame alone stays null).
 */
export function extractBounty(units: readonly Unit[]): { value: boolean | null; quote: string | null } {
  const no = units.find((u) => anyMatch(u.reader, (p) => p.noBounty, u.norm));
  if (no) return { value: false, quote: no.text };
  const yes = units.find((u) => offersMoney(u.norm, u.reader));
  if (yes) return { value: true, quote: yes.text };
  const swag = units.find((u) => anyMatch(u.reader, (p) => p.swag, u.norm));
  return swag ? { value: false, quote: swag.text } : { value: null, quote: null };
}
