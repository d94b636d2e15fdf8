import type { Finding } from '../schemas/finding.ts';
import type { MessageParams } from '../message/message.ts';

/** A warning about a draft's recipient or source: no line, since it is not about a line of a file. Words: `finding_<id>`. */
export function makeDraftWarning(id: string, params?: MessageParams, severity: Finding['severity'] = 'warning'): Finding {
  return params ? { id, severity, line: null, params } : { id, severity, line: null };
}
