// The CLI's JSON keeps the contract's strings (../shared/contracts/cli.md): a finding's `message` and `fix`, a
// verdict's `reasons`, a signature's `message`, rendered here in the run's language from the core's message ids.
import { describeDocumentNote, type CheckResult, type Draft, type Finding, type PolicyResult, type ScopeVerdict, type TxtResult } from '../core/index.ts';
import type { Say } from './messages.ts';

export interface RenderedFinding {
  id: string;
  severity: Finding['severity'];
  line: number | null;
  message: string;
  fix?: string;
}

export function renderFinding(f: Finding, say: Say): RenderedFinding {
  return { id: f.id, severity: f.severity, line: f.line, ...say.finding(f) };
}

export function renderTxt(txt: TxtResult, say: Say) {
  const { signature, ...rest } = txt;
  return {
    ...rest,
    findings: txt.findings.map((f) => renderFinding(f, say)),
    ...(signature ? { signature: { ...signature, message: say.message(signature.message) } } : {}),
  };
}

/** A verdict as the CLI prints it: its reasons in words. */
export type RenderedVerdict = Omit<ScopeVerdict, 'reasons'> & { reasons: string[] };

export function renderVerdict(verdict: ScopeVerdict, say: Say): RenderedVerdict {
  return { ...verdict, reasons: verdict.reasons.map(say.message) };
}

/** A policy's notes in the run's language (in English as the reader wrote them, with its own error text). */
export function renderPolicy<P extends PolicyResult>(policy: P, say: Say): P {
  return say.lang === 'en' || !policy.notes ? policy : { ...policy, notes: policy.notes.map((n) => say.message(describeDocumentNote(n))) };
}

export function renderDraft(draft: Draft, say: Say) {
  return draft.findings ? { ...draft, findings: draft.findings.map((f) => renderFinding(f, say)) } : draft;
}

export function renderCheck(result: CheckResult, say: Say) {
  return {
    ...result,
    txt: result.txt ? renderTxt(result.txt, say) : null,
    policy: result.policy ? renderPolicy(result.policy, say) : null,
    scope: result.scope ? renderVerdict(result.scope, say) : null,
    ...(result.draft ? { draft: renderDraft(result.draft, say) } : {}),
    sources: result.sources.map((s) => (s.message ? { ...s, message: say.message(s.message) } : s)),
  };
}
