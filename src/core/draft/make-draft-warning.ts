import type { Finding } from '../schemas/finding.ts';

/** A warning about a draft's recipient or source: no line, since it is not about a line of a file. */
export function makeDraftWarning(id: string, message: string): Finding {
  return { id, severity: 'warning', line: null, message };
}
