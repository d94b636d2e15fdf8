// C0 and C1 controls (terminal escapes), and the bidirectional overrides and isolates that can make
// text read differently from what it is ("Trojan Source").
// eslint-disable-next-line no-control-regex -- matching controls is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a hostile page, safe to print on a terminal or in a comment line: controls become U+FFFD. */
export function toPrintable(text: string): string {
  return text.replace(UNPRINTABLE, '\uFFFD');
}
