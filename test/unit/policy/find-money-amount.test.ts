import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMoneyAmount } from '../../../src/core/policy/find-money-amount.ts';

// The regex findMoneyAmount replaces (quadratic on long runs of digits, commas and dots): the reference here.
const AMOUNT = /\b\d[\d,.]*\s?(?:\$|€|£|usd|eur|euros?|dollars?)(?![a-z])/g;
const reference = (text: string, from: number) => {
  AMOUNT.lastIndex = from;
  const m = AMOUNT.exec(text);
  return m ? { index: m.index, end: m.index + m[0].length } : null;
};

describe('findMoneyAmount', () => {
  it('finds an amount before its currency, from a word boundary, to the currency end', () => {
    expect(findMoneyAmount('up to 1,500 € per bug', 0)).toEqual({ index: 6, end: 13 });
    expect(findMoneyAmount('pays 50euros', 0)).toEqual({ index: 5, end: 12 });
    expect(findMoneyAmount('x1,5 usd', 0)).toEqual({ index: 3, end: 8 });
    expect(findMoneyAmount('$5,000 usd', 2)).toEqual({ index: 3, end: 10 });
    expect(findMoneyAmount('500 usdt and 42 people', 0)).toBeNull();
  });

  it('matches the regex it replaces on any text and start', () => {
    const text = fc.array(fc.constantFrom(...'09 ,.$€£xa_'.split(''), 'usd', 'eur', 'euros', 'dollars', 'usdx'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.nat(32), (t, from) => {
      expect(findMoneyAmount(t, from)).toEqual(reference(t, from));
    }), { numRuns: 3000 });
  });

  it('answers on a long run of digits and commas (the regex rescans it from every digit)', () => {
    const run = '0,'.repeat(100_000);
    expect(findMoneyAmount(`${run}x`, 0)).toBeNull();
    expect(findMoneyAmount(`${run} usd`, 0)).toEqual({ index: 0, end: run.length + 4 });
  });
});
