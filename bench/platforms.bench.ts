// Platform programmes: the bundled index's size (raw and gzip), its load time (read + JSON.parse + zod +
// compile), and bulk classification against every programme: findPlatformProgrammes in the core, and the
// CLI's `scope --platforms --hosts-file -` (JSON Lines) path. 300,000 hosts: random names, plus names
// drawn from the programmes' own scope entries so that matches happen.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './types.ts';
import { prng, randomHost } from './scope.bench.ts';
import { PlatformIndexSchema } from '../src/core/platforms/platform-index.ts';
import { compilePlatformIndex } from '../src/core/platforms/compile-platform-index.ts';
import { findPlatformProgrammes } from '../src/core/platforms/find-platform-programmes.ts';
import { parseScopeTarget } from '../src/core/scope/parse-scope-target.ts';
import { scopeCommand } from '../src/cli/commands/scope.ts';

const HOSTS = 300_000;
const FILE = fileURLToPath(new URL('../public/data/platform-index.json', import.meta.url));

export default async function (): Promise<BenchSection> {
  const bytes = readFileSync(FILE);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const loads: number[] = [];
  let compiled = compilePlatformIndex(PlatformIndexSchema.parse(JSON.parse(bytes.toString('utf8'))));
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    compiled = compilePlatformIndex(PlatformIndexSchema.parse(JSON.parse(readFileSync(FILE, 'utf8'))));
    loads.push(performance.now() - t);
  }
  const loadMs = Math.min(...loads);

  // Hosts: 80% random names, 20% names under the programmes' own entries.
  const named = [...compiled.exact.keys()].filter((k) => k.includes('.'));
  const rnd = prng(20261206);
  const domains = ['example.com', 'example.org', 'example.net'];
  const hosts = Array.from({ length: HOSTS }, () => (rnd() < 0.2 ? (rnd() < 0.5 ? named[Math.floor(rnd() * named.length)]! : `x${Math.floor(rnd() * 1000)}.${named[Math.floor(rnd() * named.length)]!}`) : randomHost(rnd, domains)));

  let matched = 0;
  const t0 = performance.now();
  for (const host of hosts) {
    const target = parseScopeTarget(host);
    if (target && findPlatformProgrammes(target, compiled).length > 0) matched++;
  }
  const coreMs = performance.now() - t0;

  const input = hosts.join('\n') + '\n';
  let outBytes = 0;
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  const code = await scopeCommand.run({ platforms: true, 'platform-data': FILE, 'hosts-file': '-', json: true }, [], {
    stdout: (t) => { outBytes += t.length; },
    stderr: () => {},
    stdin: async function* () { for (let i = 0; i < input.length; i += 65536) yield input.slice(i, i + 65536); },
    fetch: () => Promise.reject(new Error('offline')),
    now: () => new Date(),
  });
  const cliMs = performance.now() - t1;
  const cliCpu = process.cpuUsage(cpu);
  const rate = (ms: number) => Math.round(HOSTS / (ms / 1000));
  return {
    title: `Platform programmes (${compiled.programmes.length} programmes, ${HOSTS.toLocaleString('en')} hosts, single thread)`,
    rows: [
      { what: 'index file', raw_kib: Math.round(bytes.length / 1024), gzip_kib: Math.round(gzip / 1024), load_ms: Math.round(loadMs) },
      { what: 'core findPlatformProgrammes (incl. parsing the host)', hosts: HOSTS, seconds: coreMs / 1000, hosts_per_s: rate(coreMs), matched },
      { what: 'CLI scope --platforms --hosts-file - --json', hosts: HOSTS, seconds: cliMs / 1000, hosts_per_s: rate(cliMs), hosts_per_cpu_s: Math.round(HOSTS / ((cliCpu.user + cliCpu.system) / 1e6)) },
    ],
    figures: {
      index_raw_bytes: bytes.length,
      index_gzip_bytes: gzip,
      load_ms: Math.round(loadMs),
      core_hosts_per_s: rate(coreMs),
      cli_hosts_per_s: rate(cliMs),
      cli_hosts_per_cpu_s: Math.round(HOSTS / ((cliCpu.user + cliCpu.system) / 1e6)),
      matched_hosts: matched,
      cli_exit: code,
      cli_output_mib: Math.round(outBytes / 2 ** 20),
    },
    notes: ['Target: >= 300,000 hosts/s for the CLI bulk path. load_ms is the best of 3 (read, JSON.parse, zod, compile).'],
  };
}
