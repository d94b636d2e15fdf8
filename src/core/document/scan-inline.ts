/**
 * Precomputed positions for one inline source string, so that every lookup the inline renderer makes is
 * O(1) or amortised O(1): matching brackets and parentheses (one stack pass), code-span closers (runs of the
 * same length, paired left to right) and "next occurrence" searches whose start only moves forward.
 */
export class InlineScanner {
  readonly bracket: Int32Array;
  readonly paren: Int32Array;
  private readonly codeClose = new Map<number, number>();
  private readonly nextCache = new Map<string, number>();

  constructor(readonly src: string) {
    const n = src.length;
    this.bracket = new Int32Array(n).fill(-1);
    this.paren = new Int32Array(n).fill(-1);
    const squares: number[] = [];
    const rounds: number[] = [];
    const runsByLength = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const ch = src[i];
      if (ch === '\\') { i++; continue; }
      if (ch === '[') squares.push(i);
      else if (ch === ']') { const o = squares.pop(); if (o !== undefined) this.bracket[o] = i; }
      else if (ch === '(') rounds.push(i);
      else if (ch === ')') { const o = rounds.pop(); if (o !== undefined) this.paren[o] = i; }
      else if (ch === '`') {
        let j = i;
        while (j < n && src[j] === '`') j++;
        const list = runsByLength.get(j - i) ?? [];
        list.push(i);
        runsByLength.set(j - i, list);
        i = j - 1;
      }
    }
    for (const starts of runsByLength.values()) {
      for (let k = 0; k + 1 < starts.length; k += 2) this.codeClose.set(starts[k]!, starts[k + 1]!);
    }
  }

  /** Start of the backtick run closing the code span that opens at `start`, or -1. */
  codeCloser(start: number): number {
    return this.codeClose.get(start) ?? -1;
  }

  /** First index ≥ from where `token` occurs, or -1. Calls must not move `from` backwards by much. */
  next(token: string, from: number): number {
    const cached = this.nextCache.get(token);
    if (cached !== undefined && (cached === -1 || cached >= from)) return cached === -1 ? -1 : cached;
    const found = this.src.indexOf(token, from);
    this.nextCache.set(token, found);
    return found;
  }
}
