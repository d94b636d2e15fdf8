// CLI start against `node -e 0`, measured in the same run (issue 12 targets: --help ≤ 1.6 ×, txt --file ≤ 2 ×).
// With hyperfine (apt-get install hyperfine): rounds of `hyperfine -N`, each timing the three commands, giving the
// ratio of median wall times and of CPU time (user + system, steadier on a shared machine). Without it, node
// spawns the three in turn (wall time only). Needs `npm run build:cli`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, type BenchSection } from './types.ts';

const ROUNDS = 5;
const RUNS = 10;
const SAMPLE = '../shared/corpus/securitytxt/valid-all-fields.txt';
const COMMANDS: Array<[string, string[]]> = [
  ['node -e 0', ['-e', '0']],
  ['scopecheck --help', ['bin/scopecheck.mjs', '--help']],
  ['scopecheck txt --file F', ['bin/scopecheck.mjs', 'txt', '--file', SAMPLE, '--now', '2026-11-21T00:00:00Z']],
];
const TARGETS: Record<string, number> = { 'scopecheck --help': 1.6, 'scopecheck txt --file F': 2 };

interface Round { wall: number[]; cpu: number[] | null }

function hasHyperfine(): boolean {
  return spawnSync('hyperfine', ['--version'], { stdio: 'ignore' }).status === 0;
}

function roundWithHyperfine(dir: string, round: number): Round {
  const out = join(dir, `round-${round}.json`);
  const quoted = COMMANDS.map(([, args]) => [process.execPath, ...args].map((a) => `'${a}'`).join(' '));
  const r = spawnSync('hyperfine', ['-N', '-w', '2', '-r', String(RUNS), '--export-json', out, ...quoted], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('hyperfine failed');
  const results = (JSON.parse(readFileSync(out, 'utf8')) as { results: Array<{ median: number; user: number; system: number }> }).results;
  return { wall: results.map((x) => x.median * 1000), cpu: results.map((x) => (x.user + x.system) * 1000) };
}

function roundWithNode(): Round {
  const times: number[][] = COMMANDS.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    COMMANDS.forEach(([, args], c) => {
      const start = performance.now();
      spawnSync(process.execPath, args, { stdio: 'ignore' });
      times[c]!.push(performance.now() - start);
    });
  }
  return { wall: times.map(median), cpu: null };
}

export default async function (): Promise<BenchSection> {
  const title = 'CLI start vs `node -e 0` (same run)';
  if (!existsSync('dist/cli/scopecheck.mjs')) return { title, rows: [{ command: '(not built: run npm run build:cli)' }], figures: {} };
  for (const [name, args] of COMMANDS) {
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (r.status !== 0) return { title, rows: [{ command: `${name} exited ${r.status}` }], figures: {} };
  }
  const useHyperfine = hasHyperfine();
  const dir = mkdtempSync(join(tmpdir(), 'scopecheck-bench-'));
  const rounds: Round[] = [];
  try {
    for (let i = 0; i < ROUNDS; i++) rounds.push(useHyperfine ? roundWithHyperfine(dir, i) : roundWithNode());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const fmt = (x: number, d = 2) => Number(x.toFixed(d));
  const spread = (xs: number[]) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;
  const rows: BenchSection['rows'] = [];
  const figures: BenchSection['figures'] = { method: useHyperfine ? `hyperfine -N, ${ROUNDS} rounds × ${RUNS} runs` : `node spawnSync, ${ROUNDS} rounds × ${RUNS} runs (wall only)` };
  COMMANDS.forEach(([name], c) => {
    const wallRatios = rounds.map((r) => r.wall[c]! / r.wall[0]!);
    const cpuRatios = rounds.every((r) => r.cpu) ? rounds.map((r) => r.cpu![c]! / r.cpu![0]!) : null;
    rows.push({
      command: name,
      'median wall ms': fmt(median(rounds.map((r) => r.wall[c]!)), 1),
      'wall ratio': fmt(median(wallRatios)),
      'wall spread': spread(wallRatios),
      'CPU ms': cpuRatios ? fmt(median(rounds.map((r) => r.cpu![c]!)), 1) : '',
      'CPU ratio': cpuRatios ? fmt(median(cpuRatios)) : '',
      'CPU spread': cpuRatios ? spread(cpuRatios) : '',
      target: TARGETS[name] ?? '',
    });
    if (c === 0) return;
    const key = name === 'scopecheck --help' ? 'help' : 'txt_file';
    figures[`${key}_wall_ratio`] = fmt(median(wallRatios));
    figures[`${key}_wall_ratio_spread`] = spread(wallRatios);
    if (cpuRatios) {
      figures[`${key}_cpu_ratio`] = fmt(median(cpuRatios));
      figures[`${key}_cpu_ratio_spread`] = spread(cpuRatios);
    }
  });
  return {
    title,
    rows,
    figures,
    notes: [
      'ratio = command / `node -e 0` within a round; the figure is the median over rounds, the spread min–max',
      'wall time on a shared 2-core machine swings with other load; CPU time (user + system) is the steadier measure',
      `txt --file validates ${SAMPLE.split('/').pop()} offline; bin/scopecheck.mjs runs dist/cli (npm run build:cli)`,
    ],
  };
}
