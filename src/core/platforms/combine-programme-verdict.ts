import type { ScopeVerdict } from '../schemas/scope-verdict.ts';
import type { ProgrammeMatch } from './platform-index.ts';

/**
 * The verdict once the platforms' programmes take part: a programme's exclusion means out of scope; when
 * the policy (or the user's scope) and a programme disagree, both are shown and the stricter answer wins
 * (out of scope, then unknown, then in scope). A programme's inclusion decides a host only where the
 * documents are silent on it (`silent`: no entry covers it, nothing unreadable or unlisted may exclude it).
 */
export function combineProgrammeVerdict(verdict: ScopeVerdict, programmes: readonly ProgrammeMatch[], silent: boolean): ScopeVerdict {
  if (programmes.length === 0) return { ...verdict, programmes: [] };
  const out = programmes.find((p) => p.verdict === 'out_of_scope');
  const inside = programmes.find((p) => p.verdict === 'in_scope');
  const reasons = [...verdict.reasons];
  const name = (p: ProgrammeMatch) => `${p.platform} programme "${p.programme}" (data of ${p.data_date})`;
  if (out) {
    reasons.unshift(`The ${name(out)} lists "${out.entry}" out of scope.`);
    if (verdict.verdict !== 'out_of_scope' && verdict.rule !== null) reasons.push(`The ${describe(verdict)} says ${verdict.verdict.replace(/_/g, ' ')}; the stricter answer wins.`);
    if (inside) reasons.push(`The ${name(inside)} lists "${inside.entry}" in scope; the exclusion wins.`);
    if (verdict.verdict === 'out_of_scope') return { ...verdict, reasons, programmes: [...programmes] };
    return { ...verdict, verdict: 'out_of_scope', rule: out.entry, quote: out.entry, rule_source: out.platform, reasons, programmes: [...programmes] };
  }
  if (inside && verdict.verdict === 'unknown' && silent) {
    // The documents' first reason says why they leave the host unknown ("No scope entry covers …"): replaced.
    const decided = [`The ${name(inside)} lists "${inside.entry}" in scope: follow that programme's rules.`, ...verdict.reasons.slice(1)];
    return { ...verdict, verdict: 'in_scope', rule: inside.entry, quote: inside.entry, rule_source: inside.platform, reasons: decided, programmes: [...programmes] };
  }
  if (inside) reasons.push(`The ${name(inside)} lists "${inside.entry}" in scope, but the ${describe(verdict)} answers ${verdict.verdict.replace(/_/g, ' ')}; the stricter answer wins.`);
  return { ...verdict, reasons, programmes: [...programmes] };
}

function describe(verdict: ScopeVerdict): string {
  return verdict.rule_source === 'user' || verdict.rule_source === 'burp' ? 'your scope' : 'policy';
}
