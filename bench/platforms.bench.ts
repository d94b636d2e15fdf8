// Platform programmes: the bundled index's size (raw and gzip), its load time (read + JSON.parse + zod +
// compile), and bulk classification against every programme: findPlatformProgrammes in the core, and the
// CLI's `scope --platforms --hosts-file - --json` (JSON Lines) path, in 5 rounds each (median and range).
// 200,000 hosts: names drawn from the programmes' own scope entries (exact names, names below wildcards,
// globs filled in, addresses in their networks) and random names no programme lists, half and half.
// The process row runs the built CLI (bin/scopecheck.mjs, needs `npm run build:cli`) on 1,000,000 such hosts
// from a file, output to /dev/null, node's start and the index load included.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { median, type BenchSection } from './types.ts';
import { prng, randomHost } from './scope.bench.ts';
import { PlatformIndexSchema } from '../src/core/platforms/platform-index.ts';
import { compilePlatformIndex } from '../src/core/platforms/compile-platform-index.ts';
import { findPlatformProgrammes } from '../src/core/platforms/find-platform-programmes.ts';
import { parseScopeTarget } from '../src/core/scope/parse-scope-target.ts';
import { scopeCommand } from '../src/cli/commands/scope.ts';

const HOSTS = 200_000;
const ROUNDS = 5;
const PROCESS_HOSTS = 1_000_000;
const PROCESS_ROUNDS = 3;
const FILE = fileURLToPath(new URL('../public/data/platform-index.json', import.meta.url));

/** Hosts a scope entry names or implies. */
function hostsOf(entry: string, rnd: () => number): string[] {
  const host = entry.replace(/^[a-z]+:\/\//i, '').replace(/[/:].*$/, '').replace(/^\*\./, '').trim().toLowerCase();
  if (!/^[a-z0-9.*-]+$/.test(host) && !/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(host)) return [];
  const cidr = /^(\d+\.\d+\.\d+)\.\d+\/\d+$/.exec(host);
  if (cidr) return [`${cidr[1]}.${Math.floor(rnd() * 256)}`];
  const sub = `x${Math.floor(rnd() * 1000)}`;
  return [host.replace(/\*/g, sub), `${sub}.${host.replace(/\*/g, 'w')}`];
}

const spread = (values: number[]) => `${Math.round(Math.min(...values)).toLocaleString('en')}–${Math.round(Math.max(...values)).toLocaleString('en')}`;

export default async function (): Promise<BenchSection> {
  const bytes = readFileSync(FILE);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const loads: number[] = [];
  let compiled = compilePlatformIndex(PlatformIndexSchema.parse(JSON.parse(bytes.toString('utf8'))));
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    compiled = compilePlatformIndex(PlatformIndexSchema.parse(JSON.parse(readFileSync(FILE, 'utf8'))));
    loads.push(performance.now() - t);
  }

  const rnd = prng(20261207);
  const listed = compiled.programmes.flatMap((p) => [...p.in_scope, ...p.out_of_scope]).flatMap((e) => hostsOf(e, rnd));
  const domains = ['example.com', 'example.org', 'example.net'];
  const hosts = Array.from({ length: HOSTS }, () => (rnd() < 0.5 ? listed[Math.floor(rnd() * listed.length)]! : randomHost(rnd, domains)));
  const targets = hosts.map((h) => parseScopeTarget(h));

  let matched = 0;
  const core: number[] = [];
  const coreCpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    matched = 0;
    const t = performance.now();
    const cpu = process.cpuUsage();
    for (const target of targets) if (target && findPlatformProgrammes(target, compiled).length > 0) matched++;
    const used = process.cpuUsage(cpu);
    core.push(HOSTS / ((performance.now() - t) / 1000));
    coreCpu.push(HOSTS / ((used.user + used.system) / 1e6));
  }

  const input = hosts.join('\n') + '\n';
  const cli: number[] = [];
  const cliCpu: number[] = [];
  let outBytes = 0;
  let code = 0;
  for (let round = 0; round < ROUNDS; round++) {
    outBytes = 0;
    const t = performance.now();
    const cpu = process.cpuUsage();
    code = await scopeCommand.run({ platforms: true, 'platform-data': FILE, 'hosts-file': '-', json: true }, [], {
      stdout: (text) => { outBytes += Buffer.byteLength(text); },
      stdoutBytes: (b, written) => { outBytes += b.length; written?.(); },
      stderr: () => {},
      stdin: async function* () { for (let i = 0; i < input.length; i += 65536) yield input.slice(i, i + 65536); },
      fetch: () => Promise.reject(new Error('offline')),
      now: () => new Date(),
    });
    const used = process.cpuUsage(cpu);
    cli.push(HOSTS / ((performance.now() - t) / 1000));
    cliCpu.push(HOSTS / ((used.user + used.system) / 1e6));
  }
  const processRuns = measureProcess(hosts, rnd);
  return {
    title: `Platform programmes (${compiled.programmes.length} programmes, ${HOSTS.toLocaleString('en')} hosts in process, ${ROUNDS} rounds; the built CLI on ${PROCESS_HOSTS.toLocaleString('en')} hosts, ${PROCESS_ROUNDS} rounds)`,
    rows: [
      { what: 'index file', raw_kib: Math.round(bytes.length / 1024), gzip_kib: Math.round(gzip / 1024), load_ms_median: Math.round(median(loads)), load_ms_range: `${Math.round(Math.min(...loads))}–${Math.round(Math.max(...loads))}` },
      { what: 'core findPlatformProgrammes', hosts_per_s_median: Math.round(median(core)), hosts_per_s_range: spread(core), hosts_per_cpu_s_median: Math.round(median(coreCpu)), hosts_per_cpu_s_range: spread(coreCpu), matched },
      ...processRuns.map((r) => ({ what: 'process: scopecheck scope --platforms --hosts-file F --json', hosts_per_s_median: Math.round(median(r.rates)), hosts_per_s_range: spread(r.rates), cpu_s_median: Number(median(r.cpu).toFixed(2)), exit: r.exit })),
      { what: 'CLI scope --platforms --hosts-file - --json', hosts_per_s_median: Math.round(median(cli)), hosts_per_s_range: spread(cli), hosts_per_cpu_s_median: Math.round(median(cliCpu)), hosts_per_cpu_s_range: spread(cliCpu) },
    ],
    figures: {
      index_raw_bytes: bytes.length,
      index_gzip_bytes: gzip,
      load_ms_median: Math.round(median(loads)),
      core_hosts_per_s_median: Math.round(median(core)),
      core_hosts_per_cpu_s_median: Math.round(median(coreCpu)),
      cli_hosts_per_s_median: Math.round(median(cli)),
      cli_hosts_per_s_range: spread(cli),
      cli_hosts_per_cpu_s_median: Math.round(median(cliCpu)),
      cli_hosts_per_cpu_s_range: spread(cliCpu),
      cli_vs_core_cpu: Number((median(cliCpu) / median(coreCpu)).toFixed(2)),
      matched_hosts: matched,
      cli_exit: code,
      cli_output_mib: Math.round(outBytes / 2 ** 20),
      ...Object.fromEntries(processRuns.flatMap((r) => [['process_hosts_per_s_median', Math.round(median(r.rates))], ['process_hosts_per_s_range', spread(r.rates)], ['process_cpu_s_median', Number(median(r.cpu).toFixed(2))]])),
    },
    notes: [
      'Target: >= 300,000 hosts/s for the CLI bulk path (issue 14). In process: the index already loaded (the first round loads it, later rounds reuse it). Process row: the whole command, node start and index load included, wall time; CPU s = user + system of the process.',
      'load = read + JSON.parse + zod + compile, 5 times; the CLI pays it once per run.',
      'The CLI rounds include reading and splitting the lines, parsing each host, the lookup, the lines of hosts that are not targets (judged the general way) and writing ~620-byte JSON Lines (templates per hosting platform and programmes: createPlatformLineWriter); cli_vs_core_cpu is the CLI figure over the core one.',
    ],
  };
}

/** The built CLI over PROCESS_HOSTS hosts from a file (to /dev/null), PROCESS_ROUNDS times. */
function measureProcess(sample: string[], rnd: () => number): Array<{ rates: number[]; cpu: number[]; exit: number | null }> {
  if (!existsSync('dist/cli/scopecheck.mjs')) return [];
  const dir = mkdtempSync(join(tmpdir(), 'scopecheck-bench-'));
  try {
    const list = join(dir, 'hosts.txt');
    writeFileSync(list, Array.from({ length: PROCESS_HOSTS }, () => sample[Math.floor(rnd() * sample.length)]!).join('\n') + '\n');
    const runs = [{ rates: [] as number[], cpu: [] as number[], exit: null as number | null }];
    for (let round = 0; round < PROCESS_ROUNDS; round++) {
      for (const run of runs) {
        const t = performance.now();
        // bash's `time` gives the process's CPU time (all its threads); the lines go to /dev/null.
        const args = [process.execPath, 'bin/scopecheck.mjs', 'scope', '--platforms', '--platform-data', FILE, '--hosts-file', list, '--json'];
        const r = spawnSync('bash', ['-c', 'TIMEFORMAT="%U %S"; time "$@" > /dev/null', 'bash', ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
        const wall = (performance.now() - t) / 1000;
        run.exit = r.status;
        run.rates.push(PROCESS_HOSTS / wall);
        const [user, sys] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(sys)) run.cpu.push(user! + sys!);
      }
    }
    return runs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
