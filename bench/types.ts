/** One section of `npm run bench`: a table to print and the figures to save in bench/results.json. */
export interface BenchSection {
  title: string;
  /** Rows of the printed table; keys are column names. */
  rows: Array<Record<string, string | number>>;
  /** Headline figures, saved under the section's key in bench/results.json. */
  figures: Record<string, number | string>;
  notes?: string[];
}

export type BenchModule = { default: () => Promise<BenchSection> };

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
