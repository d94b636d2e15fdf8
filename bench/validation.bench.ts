// Validation time against the frozen validator of commit dbf00cf (bench/baseline/), measured side by side in one
// process: the mean of per-file medians over the 108-file corpus, for both, in interleaved rounds. Absolute times
// on a shared machine are noise; the ratio current / baseline is the figure (issue 12 target: ≤ 0.5).
// Optionally a reference parser joins the same rounds: set SCOPECHECK_BENCH_REFERENCE=/path/to/module.mjs, an ES
// module exporting `parse(text)` (e.g. github.com/ivan-podgurskiy/security-txt-parser bundled outside this
// repository; it is never part of it). It is timed on the same bytes, UTF-8 decoding included.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { median, type BenchSection } from './types.ts';
import { analyzeSecurityTxt } from '../src/core/securitytxt/validate-security-txt.ts';
import { analyzeSecurityTxt as analyzeBaseline } from './baseline/securitytxt-dbf00cf.mjs';
import type { FetchContext } from '../src/core/securitytxt/fetch-context.ts';

const CORPUS = new URL('../../shared/corpus/securitytxt/', import.meta.url);
const ROUNDS = 7;
const REPEAT = 15;
const BATCH = 4;

type Analyze = typeof analyzeSecurityTxt;

/** Median µs per call of `fn` on one file: REPEAT timed batches of BATCH calls. */
function perCall(run: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < REPEAT; r++) {
    const start = performance.now();
    for (let b = 0; b < BATCH; b++) run();
    times.push(((performance.now() - start) * 1000) / BATCH);
  }
  return median(times);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x: number, d = 2) => Number(x.toFixed(d));

export default async function (): Promise<BenchSection> {
  const manifest = JSON.parse(readFileSync(new URL('expectations.json', CORPUS), 'utf8')) as {
    now: string;
    options: { max_file_bytes: number; max_lines: number; max_field_chars: number; expires_soon_days: number; max_redirects: number };
    samples: Array<{ file: string; context: FetchContext }>;
  };
  const o = manifest.options;
  const options = {
    now: new Date(manifest.now),
    expiresSoonDays: o.expires_soon_days,
    maxRedirects: o.max_redirects,
    limits: { maxFileBytes: o.max_file_bytes, maxLines: o.max_lines, maxFieldChars: o.max_field_chars },
  };
  const samples = manifest.samples.map((s) => ({ ...s, bytes: new Uint8Array(readFileSync(new URL(s.file, CORPUS))) }));
  const impls: Array<[string, Analyze]> = [['baseline', analyzeBaseline], ['current', analyzeSecurityTxt]];
  const referencePath = process.env.SCOPECHECK_BENCH_REFERENCE;
  if (referencePath) {
    const reference = (await import(pathToFileURL(referencePath).href)) as { parse: (text: string) => unknown };
    const decoder = new TextDecoder();
    impls.push(['reference', ((bytes: Uint8Array) => reference.parse(decoder.decode(bytes))) as unknown as Analyze]);
  }
  const names = impls.map(([name]) => name);
  for (let i = 0; i < 20; i++) for (const [, analyze] of impls) for (const s of samples) analyze(s.bytes, s.context, options);

  const meanOfMedians: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const medianOfMedians: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const ratios: number[] = [];
  const fileRatios: number[][] = samples.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    const perFile: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    samples.forEach((s, i) => {
      // Alternate which one goes first so neither always runs on a warmer cache.
      const order = (round + i) % 2 === 0 ? impls : [...impls].reverse();
      for (const [name, analyze] of order) perFile[name]!.push(perCall(() => analyze(s.bytes, s.context, options)));
      fileRatios[i]!.push(perFile.current!.at(-1)! / perFile.baseline!.at(-1)!);
    });
    for (const name of names) {
      meanOfMedians[name]!.push(mean(perFile[name]!));
      medianOfMedians[name]!.push(median(perFile[name]!));
    }
    ratios.push(meanOfMedians.current!.at(-1)! / meanOfMedians.baseline!.at(-1)!);
  }
  const spread = (xs: number[], d = 3) => `${fmt(Math.min(...xs), d)}–${fmt(Math.max(...xs), d)}`;
  const medianRatios = medianOfMedians.current!.map((c, i) => c / medianOfMedians.baseline![i]!);
  const slowest = samples
    .map((s, i) => ({ file: s.file, bytes: s.bytes.length, ratio: median(fileRatios[i]!) }))
    .sort((a, b) => b.ratio - a.ratio)
    .slice(0, 5);
  return {
    title: 'Validation vs the frozen validator of dbf00cf (same process, same corpus)',
    rows: [
      ...names.map((name) => ({
        validator: name,
        'mean of per-file medians µs (median of rounds)': fmt(median(meanOfMedians[name]!)),
        'spread over rounds': spread(meanOfMedians[name]!, 1),
        'median of per-file medians µs': fmt(median(medianOfMedians[name]!)),
      })),
      ...slowest.map((p) => ({ validator: `highest ratio: ${p.file}`, 'mean of per-file medians µs (median of rounds)': `${fmt(p.ratio, 3)} ×`, 'spread over rounds': '', 'median of per-file medians µs': `${p.bytes} bytes` })),
    ],
    figures: {
      corpus_files: samples.length,
      baseline_mean_of_medians_us: fmt(median(meanOfMedians.baseline!)),
      current_mean_of_medians_us: fmt(median(meanOfMedians.current!)),
      ratio_current_to_baseline: fmt(median(ratios), 3),
      ratio_spread_over_rounds: spread(ratios),
      ratio_of_per_file_median_medians: fmt(median(medianRatios), 3),
      target_ratio: 0.5,
      ...(referencePath ? {
        reference_mean_of_medians_us: fmt(median(meanOfMedians.reference!)),
        ratio_current_to_reference: fmt(median(meanOfMedians.current!.map((c, i) => c / meanOfMedians.reference![i]!)), 3),
        ratio_current_to_reference_spread: spread(meanOfMedians.current!.map((c, i) => c / meanOfMedians.reference![i]!)),
      } : {}),
    },
    notes: [
      `${ROUNDS} rounds; in each, every file is timed ${REPEAT} × ${BATCH} calls per validator (interleaved, order alternating) and the median kept`,
      'figure per round = mean over the 108 files of the per-file medians; the ratio is the median of the per-round ratios, spread = min–max',
      'validation = analyzeSecurityTxt (fetch-context checks + lenient parse + content and clock checks, no OpenPGP), manifest options',
      referencePath ? `reference = parse(UTF-8 decoded text) of ${referencePath.split('/').pop()}, timed in the same rounds` : 'no reference parser (set SCOPECHECK_BENCH_REFERENCE to add one)',
    ],
  };
}
