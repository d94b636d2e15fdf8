// Policy extraction: median time per corpus policy, a synthetic 1 MiB policy, and a size sweep
// (128 KiB … 1 MiB) that shows whether time grows linearly with the input. Prints figures, asserts nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, type BenchSection } from './types.ts';
import { extractPolicy } from '../src/core/policy/extract-policy.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/policies/', import.meta.url));
const NOW = new Date('2026-11-21T00:00:00Z');

function timeIt(run: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A Markdown policy of about `bytes`: the corpus policies' own sections repeated, with varied numbers and hosts. */
function syntheticPolicy(bytes: number, sections: string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const section = sections[i % sections.length]!.replace(/\b\d{1,3}\b/g, String(i % 97)).replace(/example|gradle|bigbank/g, `org${i % 50}`);
    parts.push(`## Section ${i}\n\n${section}\n`);
    size += section.length + 16;
  }
  return parts.join('\n').slice(0, bytes);
}

const FRESH_RUNS = 5;

/**
 * The first reading in a fresh process (what a fresh worker or a CLI run pays: eld's table, the reader's code, the
 * expressions compiled on first use), CPU ms, median of FRESH_RUNS processes: unprimed, and after primePolicyReader
 * (whose own CPU a check spends while its policy request is out).
 */
function measureFirstRead(file: string): { plain: number; primed: number; prime: number } {
  const runs = (mode: string) => Array.from({ length: FRESH_RUNS }, () => JSON.parse(execFileSync(
    process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./first-read.ts', import.meta.url)), mode, file], { encoding: 'utf8' },
  )) as { prime_ms: number; read_ms: number });
  const plain = runs('plain');
  const primed = runs('primed');
  return { plain: median(plain.map((r) => r.read_ms)), primed: median(primed.map((r) => r.read_ms)), prime: median(primed.map((r) => r.prime_ms)) };
}

export default async function bench(): Promise<BenchSection> {
  const files = readdirSync(CORPUS).filter((f) => /\.(md|txt|html)$/.test(f) && f !== 'README.md').sort();
  const rows: Array<Record<string, string | number>> = [];
  const texts: string[] = [];
  for (const file of files) {
    const body = readFileSync(join(CORPUS, file));
    texts.push(body.toString('utf8'));
    extractPolicy({ body, url: file }, { now: NOW });
    const ms = timeIt(() => extractPolicy({ body, url: file }, { now: NOW }), 20);
    rows.push({ input: file, kib: Math.round(body.byteLength / 102.4) / 10, median_ms: Math.round(ms * 100) / 100 });
  }
  const sweep: Array<{ kib: number; ms: number }> = [];
  const inputs = [128, 256, 512, 1024].map((kib) => ({ kib, text: syntheticPolicy(kib * 1024, texts) }));
  // Warm the JIT on every size first, so the sweep compares steady-state times.
  for (let i = 0; i < 2; i++) for (const { text } of inputs) extractPolicy({ body: text, contentType: 'text/markdown' }, { now: NOW });
  for (const { kib, text } of inputs) {
    const ms = timeIt(() => extractPolicy({ body: text, contentType: 'text/markdown' }, { now: NOW }), 7);
    sweep.push({ kib, ms });
    rows.push({ input: `synthetic ${kib} KiB`, kib, median_ms: Math.round(ms * 10) / 10, ms_per_kib: Math.round((ms / kib) * 1000) / 1000 });
  }
  const corpusMs = rows.slice(0, files.length).map((r) => Number(r.median_ms));
  const fresh = measureFirstRead(join(CORPUS, 'bigbank-security-policy.md'));
  const first = sweep[0]!;
  const last = sweep[sweep.length - 1]!;
  return {
    title: 'Policy extraction (extractPolicy: read, structure, extract)',
    rows,
    figures: {
      corpus_files: files.length,
      corpus_median_ms: Math.round(median(corpusMs) * 100) / 100,
      corpus_max_ms: Math.round(Math.max(...corpusMs) * 100) / 100,
      synthetic_1mib_median_ms: Math.round(last.ms * 10) / 10,
      sweep_time_ratio_1024_vs_128: Math.round((last.ms / first.ms) * 100) / 100,
      sweep_size_ratio: last.kib / first.kib,
      fresh_process_first_read_cpu_ms: fresh.plain,
      fresh_process_first_read_after_priming_cpu_ms: fresh.primed,
      fresh_process_priming_cpu_ms: fresh.prime,
    },
    notes: [
      'Linear growth shows as a time ratio close to the size ratio (8) across the sweep; ms_per_kib stays flat.',
      `fresh_process_*: bigbank-security-policy.md read first in a new Node process, CPU ms, median of ${FRESH_RUNS} processes each; priming runs while a check's policy request is out (primePolicyReader).`,
    ],
  };
}
