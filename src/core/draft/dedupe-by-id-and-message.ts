import type { Finding } from '../schemas/finding.ts';

/** Drops repeated findings (same id, wording and parameters), keeping the first. */
export function dedupeByIdAndMessage(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.id}\u0000${f.message_id ?? ''}\u0000${JSON.stringify(f.params ?? null)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
