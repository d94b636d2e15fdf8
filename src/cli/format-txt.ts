import { msg, toPrintable, type TxtResult } from '../core/index.ts';
import { saySeverity, type Say } from './messages.ts';

/** toPrintable (controls and bidi overrides neutralised, as everywhere in the CLI), bounded in length for display. */
function printable(text: string, max = 200): string {
  const clean = toPrintable(text);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** A readable summary of a `scopecheck.txt/1` result. */
export function formatTxtResult(result: TxtResult, target: string, say: Say): string {
  const out: string[] = [];
  const counts = { errors: result.errors.length, warnings: result.warnings.length, notes: result.infos.length };
  out.push(say.message(msg(result.valid ? 'cli_txtValid' : 'cli_txtInvalid', { ...counts, target: printable(target) })));
  const s = result.source;
  if (s) {
    const http = s.http_status === null ? say.message(msg('cli_noResponse')) : `HTTP ${s.http_status}`;
    out.push(`  ${say.message(msg('cli_from')).padEnd(8)} ${printable(s.final_url)} (${http}, ${printable(s.content_type ?? say.message(msg('cli_noContentType')), 80)})`);
    if (s.redirects.length > 0) out.push(`  ${say.message(msg('cli_via')).padEnd(8)} ${[s.retrieved_from, ...s.redirects].map((u) => printable(u, 120)).join(' → ')}`);
    if (s.inherited_from_parent) out.push(`  ${say.message(msg('cli_applies')).padEnd(8)} ${say.message(msg('cli_appliesOnlyTo', { host: printable(s.applies_to_host) }))}`);
  }
  if (result.signature && result.signature.status !== 'not_signed') out.push(`  ${say.message(msg('cli_signed')).padEnd(8)} ${printable(say.message(result.signature.message), 160)}`);
  const p = result.parsed;
  if (p) {
    const rows: Array<[string, string[]]> = [
      ['Contact', p.contact], ['Expires', p.expires === null ? [] : [p.expires]], ['Encryption', p.encryption],
      ['Policy', p.policy], ['Canonical', p.canonical], ['Languages', p.preferred_languages.length ? [p.preferred_languages.join(', ')] : []],
      ['Acknowl.', p.acknowledgments], ['Hiring', p.hiring], ['CSAF', p.csaf],
      ['Bug-Bounty', p.bug_bounty === null ? [] : [p.bug_bounty ? 'True' : 'False']],
    ];
    out.push('');
    for (const [label, values] of rows) for (const v of values) out.push(`  ${label.padEnd(10)} ${printable(v)}`);
  }
  if (result.findings.length > 0) {
    out.push('', say.message(msg('cli_findings')));
    for (const f of result.findings) {
      const where = f.line === null ? '' : `${say.message(msg('cli_line', { line: f.line }))} `;
      const words = say.finding(f);
      out.push(`  ${saySeverity(say, f.severity).padEnd(7)} ${f.id}  ${where}${printable(words.message, 300)}`);
      if (words.fix && f.severity !== 'info') out.push(`          ${say.message(msg('cli_fix', { fix: words.fix }))}`);
    }
  }
  return out.join('\n') + '\n';
}
