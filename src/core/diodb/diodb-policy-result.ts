import type { PolicyResult, PolicySource } from '../schemas/policy-result.ts';
import type { DiodbIndex, DiodbProgram } from './diodb-index.ts';

/** The caveat every diodb-derived result carries. */
export function diodbNote(index: Pick<DiodbIndex, 'snapshot_date' | 'commit'>): string {
  return `Community data from the disclose.io program database (snapshot ${index.snapshot_date}, commit ${index.commit}, CC0): ` +
    'not published by the site, possibly out of date, and never permission to test.';
}

/**
 * What the disclose.io database says about a programme, as a policy result: contacts, bounty, safe harbor,
 * disclosure window and PGP key. Every quote names the database field it came from; scope and rules stay empty
 * because the database has none.
 */
export function diodbPolicyResult(program: DiodbProgram, index: Pick<DiodbIndex, 'snapshot_date' | 'commit'>): { policy: PolicyResult; source: PolicySource } {
  const quote = (field: string, value: string | number) => `disclose.io diodb (${index.snapshot_date}): ${program.name}: ${field} = ${value}`;
  const contacts: PolicyResult['contacts'] = [];
  if (program.contact_email) contacts.push({ value: `mailto:${program.contact_email}`, kind: 'email', quote: quote('contact_email', program.contact_email) });
  if (program.contact_url && /^https?:\/\//i.test(program.contact_url)) contacts.push({ value: program.contact_url, kind: 'web', quote: quote('contact_url', program.contact_url) });
  const note = diodbNote(index);
  const notes = [note];
  if (program.safe_harbor === 'partial') notes.push('The database lists a partial safe harbor: read the policy for its limits.');
  if (program.policy_url_alive === false) notes.push('The database marks the policy URL as dead.');
  const policy: PolicyResult = {
    schema: 'scopecheck.policy/1',
    contacts,
    channel_rules: [],
    in_scope: [],
    out_of_scope: [],
    forbidden_activities: [],
    ineligible: [],
    obligations: [],
    report_fields: [],
    response_sla_days: null,
    disclosure_days: program.disclosure_days,
    safe_harbor: program.safe_harbor === 'full' ? true : program.safe_harbor === 'none' ? false : null,
    bounty: program.bounty === 'yes' || program.bounty === 'partial' ? true : program.bounty === 'no' ? false : null,
    pgp: program.pgp_key && /^https?:\/\//i.test(program.pgp_key)
      ? [{ fingerprint: null, key_id: null, url: program.pgp_key, valid_until: null, expired: null, quote: quote('pgp_key', program.pgp_key) }]
      : [],
    language: (program.preferred_languages ?? 'en').split(/[\s,]+/)[0]!.toLowerCase().slice(0, 8) || 'en',
    notes,
  };
  const source: PolicySource = { url: program.policy_url ?? '', found_by: 'diodb', status: null, format: 'unknown', note };
  policy.source = source;
  return { policy, source };
}
