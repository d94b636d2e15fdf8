// security.txt engine: validation time per corpus file, throughput over 10,000 files, signature
// verification, and the pathological inputs of the robustness test.
import { readFileSync } from 'node:fs';
import { median, type BenchSection } from './types.ts';
import { analyzeSecurityTxt, validateSecurityTxt } from '../src/core/securitytxt/validate-security-txt.ts';
import { parseSecurityTxt } from '../src/core/securitytxt/parse-security-txt.ts';
import type { FetchContext } from '../src/core/securitytxt/fetch-context.ts';

const CORPUS = new URL('../../shared/corpus/securitytxt/', import.meta.url);

interface Sample { file: string; context: FetchContext }

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

function timeMs(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export default async function (): Promise<BenchSection> {
  const manifest = JSON.parse(readFileSync(new URL('expectations.json', CORPUS), 'utf8')) as { now: string; samples: Sample[] };
  const now = new Date(manifest.now);
  const samples = manifest.samples.map((s) => ({ ...s, bytes: new Uint8Array(readFileSync(new URL(s.file, CORPUS))) }));
  const run = (s: (typeof samples)[number]) => analyzeSecurityTxt(s.bytes, s.context, { now });

  for (let i = 0; i < 3; i++) samples.forEach(run); // warm-up
  const REPEAT = 50;
  const perFile = samples.map((s) => {
    const times: number[] = [];
    for (let i = 0; i < REPEAT; i++) times.push(timeMs(() => run(s)) * 1000);
    return { file: s.file, bytes: s.bytes.length, us: median(times) };
  });
  const all = perFile.map((p) => p.us);

  const N = 10_000;
  const throughputMs = timeMs(() => { for (let i = 0; i < N; i++) run(samples[i % samples.length]!); });

  // Full validation of the signed samples, OpenPGP verification included (the library loads once first).
  const key = readFileSync(new URL('test-signing-key.pub.asc', CORPUS), 'utf8');
  const signed = samples.filter((s) => s.context.verification_key);
  await validateSecurityTxt(signed[0]!.bytes, signed[0]!.context, { now, keys: [{ armored: key, source: 'k' }] });
  const verifyTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const s of signed) {
      const start = performance.now();
      await validateSecurityTxt(s.bytes, s.context, { now, keys: [{ armored: key, source: 'k' }] });
      verifyTimes.push(performance.now() - start);
    }
  }

  const enc = (t: string) => new TextEncoder().encode(t);
  const line = 'Contact:' + ' '.repeat(40) + 'https://' + 'a'.repeat(30) + ',,,;;;::: \t#'.repeat(3) + '\r';
  const adversarial: Array<[string, Uint8Array]> = [
    ['1 MiB of pathological lines', enc(line.repeat(Math.ceil(1_048_576 / line.length)).slice(0, 1_048_576))],
    ['one 1 MiB line (value)', enc('Contact: ' + 'a'.repeat(1_048_576) + '\n')],
    ['one 1 MiB line (blanks then #)', enc(' '.repeat(1_048_576) + '#\n')],
    ['one 1 MiB Preferred-Languages', enc('Preferred-Languages: ' + 'en, ;'.repeat(200_000) + '\n')],
    ['100,000 fields', enc('Contact: mailto:security@example.com\nX-Unknown-Field: value\n'.repeat(50_000))],
  ];
  const slowest = [...perFile].sort((a, b) => b.us - a.us).slice(0, 5);
  return {
    title: 'security.txt engine (RFC 9116)',
    rows: [
      ...slowest.map((p) => ({ case: `slowest: ${p.file}`, bytes: p.bytes, 'median µs': Number(p.us.toFixed(1)) })),
      ...adversarial.map(([name, bytes]) => ({ case: name, bytes: bytes.length, 'median µs': Number((median([0, 1, 2].map(() => timeMs(() => parseSecurityTxt(bytes)))) * 1000).toFixed(0)) })),
    ],
    figures: {
      corpus_files: samples.length,
      median_validation_us: Number(median(all).toFixed(1)),
      p95_validation_us: Number(percentile(all, 95).toFixed(1)),
      throughput_files_per_s: Math.round(N / (throughputMs / 1000)),
      ten_thousand_files_ms: Math.round(throughputMs),
      signed_full_validation_median_ms: Number(median(verifyTimes).toFixed(2)),
    },
    notes: [
      'validation = fetch-context checks + lenient parse + every content and clock check (analyzeSecurityTxt), no OpenPGP',
      `per-file figure = median of ${REPEAT} runs; throughput cycles the ${samples.length} corpus files ${N} times`,
      'signed_full_validation includes openpgp.js verification against the corpus key (library already loaded)',
    ],
  };
}
