// Scope verdicts: hosts per second for 1,000,000 random hosts against a 200-entry scope (single thread),
// in the core (judgeScope) and through the CLI's streaming path (split lines → judge → JSON Lines), and
// the peak RSS while doing it. Hosts are generated in blocks, so memory shows what judging holds, not the input.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSection } from './types.ts';
import { compileScope } from '../src/core/scope/compile-scope.ts';
import { judgeScope } from '../src/core/scope/judge-scope.ts';
import type { PolicyResult } from '../src/core/schemas/policy-result.ts';
import { scopeCommand } from '../src/cli/commands/scope.ts';

const HOSTS = 1_000_000;
const BLOCK = 10_000;

/** Deterministic PRNG (mulberry32), so every run judges the same hosts. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
function word(rnd: () => number, min = 3, max = 10): string {
  let s = '';
  const n = min + Math.floor(rnd() * (max - min + 1));
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rnd() * 36)];
  return s;
}
const TLDS = ['com', 'org', 'net', 'io', 'de', 'co.uk', 'gov', 'nl'];

/** 200 entries: exact hosts, wildcards, apex wildcards, globs, URLs, CIDRs, exclusions and two phrases. */
export function makeScope(rnd: () => number): { policy: PolicyResult; domains: string[] } {
  const domains = Array.from({ length: 60 }, () => `${word(rnd)}.${TLDS[Math.floor(rnd() * TLDS.length)]}`);
  const inScope: Array<{ pattern: string; quote: string }> = [];
  const outOfScope: Array<{ pattern: string; quote: string }> = [];
  const d = (i: number) => domains[i % domains.length]!;
  for (let i = 0; i < 200 - 2; i++) {
    const kind = i % 10;
    const pattern =
      kind <= 2 ? `${word(rnd)}.${d(i)}` :
      kind === 3 ? `*.${d(i)}` :
      kind === 4 ? `${d(i)} and all subdomains` :
      kind === 5 ? `api-*.${d(i)}` :
      kind === 6 ? `https://${word(rnd)}.${d(i)}/${word(rnd)}` :
      kind === 7 ? `10.${i}.0.0/16` :
      `${word(rnd)}.${d(i)}`;
    (kind >= 8 ? outOfScope : inScope).push({ pattern, quote: `- ${pattern}` });
  }
  outOfScope.push({ pattern: 'third-party hosted services', quote: 'Third-party hosted services are out of scope.' });
  outOfScope.push({ pattern: 'marketing websites', quote: 'We do not accept reports about our marketing websites.' });
  const policy: PolicyResult = {
    schema: 'scopecheck.policy/1', contacts: [], in_scope: inScope, out_of_scope: outOfScope, forbidden_activities: [], obligations: [],
    report_fields: [], response_sla_days: null, disclosure_days: null, safe_harbor: null, bounty: null, pgp: [], language: 'en',
  };
  return { policy, domains };
}

/** One random host: mostly under the scope's domains, some platform tenants, IPs, IDNs and junk. */
export function randomHost(rnd: () => number, domains: string[]): string {
  const r = rnd();
  const domain = domains[Math.floor(rnd() * domains.length)]!;
  if (r < 0.45) return `${word(rnd)}.${domain}`;
  if (r < 0.55) return `${word(rnd)}.${word(rnd)}.${domain}`;
  if (r < 0.60) return domain.toUpperCase() + '.';
  if (r < 0.68) return `${word(rnd)}.${['github.io', 'herokuapp.com', 'vercel.app', 'zendesk.com'][Math.floor(rnd() * 4)]}`;
  if (r < 0.74) return `10.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}`;
  if (r < 0.75) return `2001:db8::${Math.floor(rnd() * 65535).toString(16)}`;
  if (r < 0.77) return `bücher-${word(rnd, 1, 3)}.${domain}`;
  if (r < 0.79) return `${word(rnd)}..${domain}`;
  return `${word(rnd)}.${word(rnd)}.${TLDS[Math.floor(rnd() * TLDS.length)]}`;
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** A full GC, to tell retained memory from garbage V8 has not collected yet. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export default async function (): Promise<BenchSection> {
  const rnd = prng(20261121);
  const { policy, domains } = makeScope(rnd);
  const t0 = performance.now();
  const scope = compileScope({ policy });
  const compileMs = performance.now() - t0;

  // Core: judgeScope only (block generation excluded from the time).
  collectGarbage();
  const rssBefore = process.memoryUsage.rss();
  let peakCore = rssBefore;
  const counts: Record<string, number> = { in_scope: 0, out_of_scope: 0, unknown: 0 };
  let judgeMs = 0;
  let judgeCpuUs = 0;
  const hostRnd = prng(7);
  for (let done = 0; done < HOSTS; done += BLOCK) {
    const block = Array.from({ length: BLOCK }, () => randomHost(hostRnd, domains));
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const host of block) counts[judgeScope(host, scope).verdict]!++;
    const used = process.cpuUsage(cpu);
    judgeCpuUs += used.user + used.system;
    judgeMs += performance.now() - start;
    peakCore = Math.max(peakCore, process.memoryUsage.rss());
  }
  const coreRate = Math.round(HOSTS / (judgeMs / 1000));
  const coreCpuRate = Math.round(HOSTS / (judgeCpuUs / 1e6));

  // CLI streaming path: stdin generator → streamLineBatches → judgeScope → JSON Lines → a byte-counting stdout.
  const dir = mkdtempSync(join(tmpdir(), 'scopecheck-bench-'));
  writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
  const streamRnd = prng(7);
  let outBytes = 0;
  let peakCli = process.memoryUsage.rss();
  const checkpoints: number[] = [];
  async function* stdin() {
    for (let done = 0; done < HOSTS; done += BLOCK) {
      let chunk = '';
      for (let i = 0; i < BLOCK; i++) chunk += randomHost(streamRnd, domains) + '\n';
      const rss = process.memoryUsage.rss();
      peakCli = Math.max(peakCli, rss);
      if (done % (HOSTS / 4) === 0) {
        collectGarbage();
        checkpoints.push(mib(process.memoryUsage().heapUsed));
      }
      yield chunk;
    }
  }
  const cliStart = performance.now();
  const cliCpu = process.cpuUsage();
  const code = await scopeCommand.run({ 'policy-json': join(dir, 'policy.json'), 'hosts-file': '-', json: true }, [], {
    stdout: (t) => { outBytes += t.length; },
    stderr: () => {},
    stdin,
    fetch: () => Promise.reject(new Error('offline')),
    now: () => new Date(),
  });
  const cliMs = performance.now() - cliStart;
  const cliCpuUsed = process.cpuUsage(cliCpu);
  rmSync(dir, { recursive: true, force: true });
  const cliRate = Math.round(HOSTS / (cliMs / 1000));
  const cliCpuRate = Math.round(HOSTS / ((cliCpuUsed.user + cliCpuUsed.system) / 1e6));

  return {
    title: 'Scope verdicts (1,000,000 random hosts, 200-entry scope + 2 phrases, single thread)',
    rows: [
      { path: 'core judgeScope', hosts: HOSTS, seconds: judgeMs / 1000, hosts_per_s: coreRate, hosts_per_cpu_s: coreCpuRate, peak_rss_mib: mib(peakCore) },
      { path: 'CLI stream (stdin → JSON Lines, incl. input generation)', hosts: HOSTS, seconds: cliMs / 1000, hosts_per_s: cliRate, hosts_per_cpu_s: cliCpuRate, peak_rss_mib: mib(peakCli) },
    ],
    figures: {
      compile_ms: Math.round(compileMs * 100) / 100,
      compiled_rules: scope.rules.length,
      core_hosts_per_s: coreRate,
      core_hosts_per_cpu_s: coreCpuRate,
      cli_stream_hosts_per_s: cliRate,
      cli_stream_hosts_per_cpu_s: cliCpuRate,
      rss_before_mib: mib(rssBefore),
      peak_rss_mib: mib(Math.max(peakCore, peakCli)),
      cli_heap_after_gc_at_0_25_50_75pct_mib: checkpoints.join(' / '),
      cli_exit: code,
      cli_output_mib: mib(outBytes),
      in_scope: counts.in_scope!,
      out_of_scope: counts.out_of_scope!,
      unknown: counts.unknown!,
    },
    notes: [
      'Target: >= 500,000 hosts/s in the core. The CLI row includes generating the input text and JSON.stringify of every verdict.',
      'Wall-clock rates depend on what else runs on the machine; hosts_per_cpu_s divides by this process\'s CPU time instead.',
      'Peak RSS is sampled between 10,000-host blocks; the process also holds tsx and the test data generator. Flat memory shows as equal heap-after-GC checkpoints (RSS itself grows until V8 collects).',
    ],
  };
}
