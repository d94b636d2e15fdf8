import type { Finding } from '../schemas/finding.ts';
import type { SecurityTxtFields, Signature, TxtResult, TxtSource } from '../schemas/txt-result.ts';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Removes repeated (id, line) pairs, keeping the first. */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.id}\u0000${f.line ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Assembles `scopecheck.txt/1`: ids by severity (sorted, unique), line numbers per id, valid = no error. */
export function buildTxtResult(parts: {
  findings: Finding[];
  parsed: SecurityTxtFields | null;
  fieldLines?: Record<string, number[]>;
  source: TxtSource | null;
  signature?: Signature;
  raw?: string | null;
}): TxtResult {
  const findings = dedupeFindings(parts.findings).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0),
  );
  const ids = (severity: Finding['severity']) => [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.id))].sort();
  const lines: Record<string, number[]> = {};
  for (const f of findings) {
    if (f.line === null) continue;
    (lines[f.id] ??= []).push(f.line);
  }
  for (const id of Object.keys(lines)) lines[id] = [...new Set(lines[id])].sort((a, b) => a - b);
  const errors = ids('error');
  return {
    schema: 'scopecheck.txt/1',
    valid: errors.length === 0,
    errors,
    warnings: ids('warning'),
    infos: ids('info'),
    lines: Object.fromEntries(Object.keys(lines).sort().map((k) => [k, lines[k]!])),
    findings,
    parsed: parts.parsed,
    ...(parts.fieldLines ? { field_lines: parts.fieldLines } : {}),
    source: parts.source,
    ...(parts.signature ? { signature: parts.signature } : {}),
    ...(parts.raw !== undefined ? { raw: parts.raw } : {}),
  };
}
