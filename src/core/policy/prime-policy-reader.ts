import { detectTextLanguage } from './detect-language.ts';
import { extractPolicy } from './extract-policy.ts';

// An invented policy in a few lines, with the shapes most policies have (a contact, a time, a rule list).
const SAMPLE = [
  '# Security policy',
  'Please report vulnerabilities to security@example.com. We reply within 3 business days.',
  'While testing, you must not:',
  '- run denial-of-service attacks or automated scanners;',
  "- access or change other users' data.",
].join('\n');

let primed = false;

/**
 * Readies the policy reader while a check waits on the network: the first reading in a process pays for the
 * language detector's table (about 1 MiB of JSON), the reader's code and the expressions it compiles on first use,
 * a few hundred milliseconds of CPU. A check calls this once its policy requests are out (see findSources); the work
 * then runs in two tasks during the round trip instead of after it (and never keeps a CLI process alive). It reads an invented sample, keeps nothing but
 * what every reading compiles anyway, and does it once per process.
 */
export function primePolicyReader(): void {
  if (primed) return;
  primed = true;
  later(() => {
    detectTextLanguage(SAMPLE);
    later(() => extractPolicy({ body: SAMPLE, contentType: 'text/markdown' }, { now: new Date(0) }));
  });
}

/** In a later task, without keeping a process alive for it (Node's timers have `unref`; others need not). */
function later(work: () => void): void {
  const timer: unknown = setTimeout(work, 0);
  (timer as { unref?: () => void }).unref?.();
}
