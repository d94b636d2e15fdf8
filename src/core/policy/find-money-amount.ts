/** After an amount's digits: an optional space and a currency ("500 €", "1,000usd", "50 euros"). */
const CURRENCY_AFTER = /\s?(?:\$|€|£|usd|eur|euros?|dollars?)(?![a-z])/y;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAmountChar = (c: string | undefined) => isDigit(c) || c === ',' || c === '.';
const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);

/**
 * The first amount followed by a currency at or after `from`, as `/\b\d[\d,.]*\s?(?:\$|€|£|usd|eur|euros?|dollars?)(?![a-z])/g`
 * with `lastIndex = from` would find it, in linear time: that regex rescans a long run of digits, commas and dots
 * from each digit in it. Every start in one run shares the run's end, so each run is checked once.
 */
export function findMoneyAmount(text: string, from: number): { index: number; end: number } | null {
  let i = Math.max(0, from);
  while (i < text.length) {
    // The next digit at a word boundary (`\b\d`).
    while (i < text.length && !(isDigit(text[i]) && !isWordChar(text[i - 1]))) i++;
    if (i >= text.length) return null;
    let runEnd = i + 1;
    while (isAmountChar(text[runEnd])) runEnd++;
    CURRENCY_AFTER.lastIndex = runEnd;
    const currency = CURRENCY_AFTER.exec(text);
    if (currency) return { index: i, end: runEnd + currency[0].length };
    i = runEnd;
  }
  return null;
}
