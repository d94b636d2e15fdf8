// Measuring helpers for the hostile tests: wall time, peak heap growth, unhandled rejections.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heap = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

export interface Measured<T> {
  value: T;
  elapsedMs: number;
  /** Highest heap + ArrayBuffer growth over the baseline seen while `run` was in flight (sampled every 2 ms). */
  peakGrowthBytes: number;
}

/** Runs `run` after a full GC and reports time and peak memory growth. */
export async function measure<T>(run: () => Promise<T>): Promise<Measured<T>> {
  gc();
  const baseline = heap();
  let peak = 0;
  const sample = () => {
    const growth = heap() - baseline;
    if (growth > peak) peak = growth;
  };
  const timer = setInterval(sample, 2);
  const started = performance.now();
  try {
    const value = await run();
    const elapsedMs = performance.now() - started;
    sample();
    return { value, elapsedMs, peakGrowthBytes: peak };
  } finally {
    clearInterval(timer);
  }
}

/** Collects unhandled rejections while installed; `stop()` returns them. */
export function watchUnhandledRejections(): { stop: () => unknown[] } {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown) => void seen.push(reason);
  process.on('unhandledRejection', onRejection);
  return { stop: () => { process.off('unhandledRejection', onRejection); return seen; } };
}
