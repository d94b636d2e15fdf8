import type { ScopeVerdict } from '../schemas/scope-verdict.ts';
import type { ProgrammeMatch } from './platform-index.ts';
import { msg, type Message } from '../message/message.ts';

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
  const name = (p: ProgrammeMatch) => msg('programme_named', { date: p.data_date, platform: p.platform, programme: p.programme });
  if (out) {
    reasons.unshift(msg('reason_programmeExcludes', { entry: out.entry, programme: name(out) }));
    if (verdict.verdict !== 'out_of_scope' && verdict.rule !== null) reasons.push(msg('reason_documentSaysStricterWins', { document: describe(verdict), verdict: verdictWords(verdict) }));
    if (inside) reasons.push(msg('reason_programmeIncludesExclusionWins', { entry: inside.entry, programme: name(inside) }));
    if (verdict.verdict === 'out_of_scope') return { ...verdict, reasons, programmes: [...programmes] };
    return { ...verdict, verdict: 'out_of_scope', rule: out.entry, quote: out.entry, rule_source: out.platform, reasons, programmes: [...programmes] };
  }
  if (inside && verdict.verdict === 'unknown' && silent) {
    // The documents' first reason says why they leave the host unknown ("No scope entry covers …"): replaced.
    const decided = [msg('reason_programmeIncludes', { entry: inside.entry, programme: name(inside) }), ...verdict.reasons.slice(1)];
    return { ...verdict, verdict: 'in_scope', rule: inside.entry, quote: inside.entry, rule_source: inside.platform, reasons: decided, programmes: [...programmes] };
  }
  if (inside) reasons.push(msg('reason_programmeIncludesStricterWins', { document: describe(verdict), entry: inside.entry, programme: name(inside), verdict: verdictWords(verdict) }));
  return { ...verdict, reasons, programmes: [...programmes] };
}

function describe(verdict: ScopeVerdict): Message {
  return msg(verdict.rule_source === 'user' || verdict.rule_source === 'burp' ? 'document_yourScope' : 'document_policy');
}

/** "in scope", "out of scope", "unknown" in words. */
function verdictWords(verdict: ScopeVerdict): Message {
  return msg(`verdictWords_${verdict.verdict}`);
}
