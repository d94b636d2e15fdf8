import { MAX_HOST_LINE, type HostLine } from '../../src/cli/read-host-lines.ts';
import { renderVerdict } from '../../src/cli/render-results.ts';
import type { Say } from '../../src/cli/messages.ts';
import { judgeWithPlatforms, type CompiledPlatformIndex } from '../../src/core/platforms/index.ts';
import type { CompiledScope } from '../../src/core/scope/compiled-scope.ts';
import { judgeScope } from '../../src/core/scope/judge-scope.ts';
import { msg } from '../../src/core/message/message.ts';

/**
 * The general path's JSON Line for one line of a host list judged against the platforms (what `scope
 * --platforms --hosts-file … --json` wrote before its fast path): judgeWithPlatforms, renderVerdict,
 * JSON.stringify with the input.
 */
export function generalPlatformLine(line: HostLine, say: Say, scope: CompiledScope, platforms: CompiledPlatformIndex): string {
  const verdict = line.truncated
    ? { ...judgeScope(line.text, scope), reasons: [msg('reason_lineTooLong', { line: line.number, max: MAX_HOST_LINE })] }
    : judgeWithPlatforms(line.text, scope, platforms);
  return JSON.stringify({ ...renderVerdict(verdict, say), input: line.text }) + '\n';
}
