// recheck (https://makenowjust-labs.github.io/recheck/) over many expressions: fixed seed, bounded time per
// expression, two at a time, results cached on disk by recheck version + parameters + pattern, since the fuzzing
// checker takes seconds for some patterns and the answers never change for the same input.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { check, type Parameters } from 'recheck';
import { REPO_ROOT, type FoundRegExp } from './collect-core-regexps.ts';

export interface RedosVerdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  /** e.g. "2nd degree polynomial", or the error kind for unknown. */
  summary: string;
  /** recheck's attack, as a JS expression (`'a'.repeat(1000) + '!'`). */
  attackPattern: string | null;
  /** The attack string itself, cut to 100,000 characters. */
  attackString: string | null;
}

const PARAMS: Parameters = { timeout: 1_500, randomSeed: 20_261_121 };
const CACHE_FILE = join(REPO_ROOT, 'node_modules/.cache/scopecheck-redos/recheck.json');
const version = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;
const keyOf = (r: { source: string; flags: string }) => `${version}|${JSON.stringify(PARAMS)}|/${r.source}/${r.flags}`;

function readCache(): Record<string, RedosVerdict> {
  try {
    return existsSync(CACHE_FILE) ? JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, RedosVerdict> : {};
  } catch {
    return {};
  }
}

async function checkOne(r: FoundRegExp): Promise<RedosVerdict> {
  const d = await check(r.source, r.flags, PARAMS);
  if (d.status === 'vulnerable') {
    return { status: 'vulnerable', summary: d.complexity.summary, attackPattern: d.attack.pattern, attackString: d.attack.string.slice(0, 100_000) };
  }
  if (d.status === 'safe') return { status: 'safe', summary: d.complexity.summary, attackPattern: null, attackString: null };
  return { status: 'unknown', summary: `${(d.error as { kind?: string }).kind ?? 'error'}`, attackPattern: null, attackString: null };
}

/** Verdicts in the order given (an undecided one, such as a recheck timeout, is cached as unknown too). */
export async function checkRedos(regexps: FoundRegExp[], concurrency = 2): Promise<RedosVerdict[]> {
  const cache = readCache();
  const out: RedosVerdict[] = new Array(regexps.length);
  let next = 0;
  let dirty = false;
  const worker = async () => {
    while (next < regexps.length) {
      const i = next++;
      const r = regexps[i]!;
      const cached = cache[keyOf(r)];
      if (cached) {
        out[i] = cached;
        continue;
      }
      out[i] = await checkOne(r);
      cache[keyOf(r)] = out[i];
      dirty = true;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (dirty) {
    mkdirSync(dirname(CACHE_FILE), { recursive: true });
    const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache));
    renameSync(tmp, CACHE_FILE);
  }
  return out;
}
