import { describeContact } from '../draft/describe-contact.ts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import type { SiteContact } from '../schemas/site-contact.ts';
import type { TxtResult } from '../schemas/txt-result.ts';

/**
 * The site's contacts, from security.txt (with the line of each `Contact:` field) and then the policy (with its
 * quote), merged by value (case-insensitive), each described for display: link or inert text, punycode, warnings.
 */
export function collectContacts(txt: TxtResult | null, policy: PolicyResult | null, siteHost: string): SiteContact[] {
  const rows: SiteContact[] = [];
  const byKey = new Map<string, SiteContact>();
  const add = (value: string, fromTxt: boolean, txtLine: number | null, quote: string | null) => {
    const trimmed = value.trim();
    const key = trimmed.toLowerCase();
    if (!key) return;
    const existing = byKey.get(key);
    if (existing) {
      existing.policy_quote ??= quote;
      return;
    }
    const row: SiteContact = { value: trimmed, from_txt: fromTxt, txt_line: txtLine, policy_quote: quote, ...describeContact(trimmed, siteHost) };
    byKey.set(key, row);
    rows.push(row);
  };
  const lines = txt?.field_lines?.contact ?? [];
  (txt?.parsed?.contact ?? []).slice(0, 50).forEach((value, i) => add(value, true, lines[i] ?? null, null));
  for (const contact of (policy?.contacts ?? []).slice(0, 50)) add(contact.value, false, null, contact.quote);
  return rows;
}
