import type { CheckResult } from '../../core/index.ts';

export interface ContactRow {
  value: string;
  /** Where it was found: security.txt (with its line) and/or the policy (with its quote). */
  fromTxt: boolean;
  txtLine: number | null;
  policyQuote: string | null;
}

/** security.txt's line number of the n-th `Contact:` field in the raw file, if it can be found. */
function contactLines(raw: string | null | undefined): number[] {
  if (!raw) return [];
  const lines: number[] = [];
  let lineNo = 1;
  let start = 0;
  // Only the first ~2 MB: a contact past that is not worth a line number.
  const limit = Math.min(raw.length, 2_000_000);
  for (let i = 0; i <= limit; i++) {
    if (i === limit || raw.charCodeAt(i) === 10) {
      if (/^\s*contact\s*:/i.test(raw.slice(start, Math.min(i, start + 40)))) lines.push(lineNo);
      lineNo++;
      start = i + 1;
    }
  }
  return lines;
}

/** Contacts from security.txt and the policy, merged by value (case-insensitive), in that order. */
export function collectContacts(result: CheckResult): ContactRow[] {
  const rows: ContactRow[] = [];
  const byKey = new Map<string, ContactRow>();
  const lines = contactLines(result.txt?.raw);
  (result.txt?.parsed?.contact ?? []).slice(0, 50).forEach((value, i) => {
    const key = value.trim().toLowerCase();
    if (!key || byKey.has(key)) return;
    const row: ContactRow = { value: value.trim(), fromTxt: true, txtLine: lines[i] ?? null, policyQuote: null };
    byKey.set(key, row);
    rows.push(row);
  });
  for (const contact of (result.policy?.contacts ?? []).slice(0, 50)) {
    const key = contact.value.trim().toLowerCase();
    const existing = byKey.get(key);
    if (existing) {
      existing.policyQuote ??= contact.quote;
      continue;
    }
    const row: ContactRow = { value: contact.value.trim(), fromTxt: false, txtLine: null, policyQuote: contact.quote };
    byKey.set(key, row);
    rows.push(row);
  }
  return rows;
}
