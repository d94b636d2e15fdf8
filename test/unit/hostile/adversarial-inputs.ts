// Adversarial inputs for a regular expression, as families `n => string` so the worst one can be re-run larger:
// long runs of one character (generic ones and those the pattern itself names), with a failing last character,
// after a literal word of the pattern, and alternations of two characters.
import { createContext, Script } from 'node:vm';

export interface InputFamily {
  label: string;
  make: (n: number) => string;
}

const GENERIC = [' ', '\t', '\n', '\r', 'a', 'A', 'z', '0', '9', '.', '-', '_', '@', ':', '/', '<', '>', '#', '*', '[',
  ']', '(', ')', ',', ';', '=', '"', "'", '\\', '|', '`', '~', '+', '%', '&', '?', '!', 'é', 'ß', '\u00a0', '\u200b', '\u0000'];

/** Characters and words the pattern mentions literally (escapes resolved roughly; enough to steer inputs). */
export function literalsOf(source: string): { chars: string[]; words: string[] } {
  const plain = source.replace(/\\[dDwWsSbB]/g, ' ').replace(/\\(.)/g, '$1');
  const chars = [...new Set([...plain].filter((c) => c.charCodeAt(0) >= 32))].slice(0, 48);
  const words = [...new Set(plain.match(/[A-Za-z][A-Za-z:-]{1,20}/g) ?? [])].slice(0, 8);
  return { chars, words };
}

export function inputFamilies(source: string): InputFamily[] {
  const { chars, words } = literalsOf(source);
  const pool = [...new Set([...GENERIC, ...chars])];
  const families: InputFamily[] = [];
  for (const c of pool) {
    families.push({ label: `${JSON.stringify(c)} x n`, make: (n) => c.repeat(n) });
    families.push({ label: `${JSON.stringify(c)} x n + NUL`, make: (n) => `${c.repeat(n)}\u0000` });
  }
  const fillers = [' ', '\t', 'a', '0', '.', '-', ...chars.slice(0, 8)];
  for (const w of words) {
    for (const c of new Set(fillers)) {
      families.push({ label: `${JSON.stringify(w)} + ${JSON.stringify(c)} x n + NUL`, make: (n) => `${w}${c.repeat(n)}\u0000` });
      families.push({ label: `(${JSON.stringify(w)} + ${JSON.stringify(c)}) x n`, make: (n) => `${w}${c}`.repeat(Math.ceil(n / (w.length + 1))) });
    }
  }
  const pairs = [...new Set([' ', 'a', '0', '.', ...chars.slice(0, 6)])];
  for (const a of pairs) {
    for (const b of pairs) {
      if (a !== b) families.push({ label: `${JSON.stringify(a + b)} x n/2 + NUL`, make: (n) => `${(a + b).repeat(n >> 1)}\u0000` });
    }
  }
  return families;
}

const single = new Script('re.lastIndex = 0; re.exec(input);');
const batch = new Script(`
  const times = [];
  for (const input of inputs) { const t = now(); re.lastIndex = 0; re.exec(input); times.push(now() - t); }
  times;`);
const now = () => performance.now();

function interrupted(error: unknown): boolean {
  return (error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

/**
 * Runs `re.exec(input)` (from lastIndex 0) with a hard time limit: the VM watchdog interrupts a runaway match.
 * Returns the time in ms, or Infinity when it was interrupted.
 */
export function timeExec(re: RegExp, input: string, limitMs: number): number {
  const started = performance.now();
  try {
    single.runInContext(createContext({ re, input }), { timeout: limitMs });
  } catch (error) {
    if (interrupted(error)) return Infinity;
    throw error;
  }
  return performance.now() - started;
}

/** Times every input in one VM call (the watchdog costs ~0.2 ms per call); one by one only if that overran. */
function timeAll(re: RegExp, inputs: string[], limitMs: number): number[] {
  try {
    return batch.runInContext(createContext({ re, inputs, now }), { timeout: limitMs * 3 }) as number[];
  } catch (error) {
    if (!interrupted(error)) throw error;
    return inputs.map((input) => timeExec(re, input, limitMs));
  }
}

export interface WorstCase {
  label: string;
  smallMs: number;
  /** Times at `large` / 2 and `large` characters (Infinity: interrupted at the limit). */
  halfMs: number;
  largeMs: number;
  largeLength: number;
}

/**
 * Super-linear: interrupted, or past `floorMs` at full size while doubling the input more than tripled the time
 * (linear work doubles, quadratic quadruples; the floor keeps timer noise on tiny times out of it).
 */
export function isSuperLinear(w: Pick<WorstCase, 'halfMs' | 'largeMs'>, floorMs = 250): boolean {
  if (w.largeMs === Infinity || w.halfMs === Infinity) return true;
  return w.largeMs > floorMs && w.largeMs > 3 * w.halfMs;
}

/**
 * Times every family at `small` characters, then re-runs the three slowest at half and full `large` size and
 * returns the worst (super-linear first, then slowest). Quadratic behaviour shows as milliseconds at 2,000 and
 * as seconds, growing fourfold per doubling, at 50,000–100,000.
 */
export function findWorstCase(re: RegExp, families: InputFamily[], { small = 2_000, large = 100_000, limitMs = 3_000 } = {}): WorstCase {
  const times = timeAll(re, families.map((f) => f.make(small)), limitMs);
  const ranked = families.map((f, i) => ({ f, ms: times[i] ?? Infinity })).sort((a, b) => b.ms - a.ms).slice(0, 3);
  let worst: WorstCase | null = null;
  for (const { f, ms } of ranked) {
    const half = f.make(large >> 1);
    const input = f.make(large);
    let halfMs = timeExec(re, half, limitMs);
    let largeMs = halfMs === Infinity ? Infinity : timeExec(re, input, limitMs);
    if (isSuperLinear({ halfMs, largeMs }) && largeMs !== Infinity) {
      // A second sample of each, keeping the faster: a GC pause or a busy core must not look quadratic.
      halfMs = Math.min(halfMs, timeExec(re, half, limitMs));
      largeMs = Math.min(largeMs, timeExec(re, input, limitMs));
    }
    const candidate = { label: f.label, smallMs: ms, halfMs, largeMs, largeLength: input.length };
    const rank = (w: WorstCase) => (isSuperLinear(w) ? 1e9 : 0) + w.largeMs;
    if (!worst || rank(candidate) > rank(worst)) worst = candidate;
    if (isSuperLinear(candidate)) break;
  }
  return worst ?? { label: '', smallMs: 0, halfMs: 0, largeMs: 0, largeLength: 0 };
}
