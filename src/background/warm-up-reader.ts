import { extractPolicy } from '../core/index.ts';

// A few sentences a policy reader meets in every policy: long enough for the language detector to decide.
const SAMPLE = [
  '# Security policy',
  'We welcome reports of security vulnerabilities in our services. Please report them to security@example.org.',
  '## Out of scope',
  'Do not perform denial of service attacks, social engineering or physical attacks against our staff or offices.',
  'We will acknowledge your report within five business days and will not take legal action against researchers.',
].join('\n\n');

let warmed = false;

/**
 * Reads a small English policy once per background start, so the first real policy finds the language detector's
 * n-gram table parsed and the English pack (every reader includes it) compiled: run while a check waits for the
 * network (see createRequestsOutGate), this takes that work off the time to verdict. Returns how long it took (0
 * when already done).
 */
export function warmUpReader(now: Date = new Date()): number {
  if (warmed) return 0;
  warmed = true;
  const start = performance.now();
  try {
    extractPolicy({ body: SAMPLE, contentType: 'text/markdown', url: 'https://example.org/security' }, { now });
  } catch {
    // A warm-up only: the real read reports its own problems.
  }
  return performance.now() - start;
}
