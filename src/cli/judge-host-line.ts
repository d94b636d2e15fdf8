import { judgeScope, judgeWithPlatforms, msg, type CompiledPlatformIndex, type CompiledScope, type ScopeVerdict } from '../core/index.ts';
import { createVerdictLineSerializer } from './create-verdict-line-serializer.ts';
import type { HostLineResult } from './create-platform-line-writer.ts';
import type { Say } from './messages.ts';
import { MAX_HOST_LINE, type HostLine } from './read-host-lines.ts';
import { renderVerdict } from './render-results.ts';

/** A line of a host list judged: a line too long is no host (unknown, saying so), else the host against the scope and the platforms. */
export function judgeHostLine(line: HostLine, scope: CompiledScope, platforms: CompiledPlatformIndex | null): ScopeVerdict {
  return line.truncated
    ? { ...judgeScope(line.text, scope), reasons: [msg('reason_lineTooLong', { line: line.number, max: MAX_HOST_LINE })] }
    : judgeWithPlatforms(line.text, scope, platforms);
}

/** The JSON Line of a host line, the general way (`scope --hosts-file … --json`), with its verdict. */
export function createJsonLineJudge(scope: CompiledScope, platforms: CompiledPlatformIndex | null, say: Say): (line: HostLine) => HostLineResult {
  const serialize = createVerdictLineSerializer();
  return (line) => {
    const verdict = judgeHostLine(line, scope, platforms);
    return { verdict: verdict.verdict, line: serialize(renderVerdict(verdict, say), line.text) };
  };
}
