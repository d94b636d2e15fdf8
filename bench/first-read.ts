// Run by policy.bench.ts in a fresh process: the CPU time of the first reading of one policy, as a fresh worker or a
// CLI run pays it, either straight away (`plain`) or after primePolicyReader's work (`primed`, its own CPU apart).
// Prints one JSON line.
import { readFileSync } from 'node:fs';
import { extractPolicy } from '../src/core/policy/extract-policy.ts';
import { primePolicyReader } from '../src/core/policy/prime-policy-reader.ts';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const [mode, file] = [process.argv[2], process.argv[3]!];
const body = readFileSync(file);
let primeMs = 0;
if (mode === 'primed') {
  const start = cpuMs();
  primePolicyReader();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  primeMs = cpuMs() - start;
}
const start = cpuMs();
extractPolicy({ body, url: file }, { now: new Date('2026-11-21T00:00:00Z') });
console.log(JSON.stringify({ mode, prime_ms: Math.round(primeMs), read_ms: Math.round(cpuMs() - start) }));
