import type { PolicyResult } from '../../../src/core/schemas/policy-result.ts';

/** A hand-built policy with only a scope (quotes default to the pattern). */
export function policyWith(inScope: Array<string | [string, string]>, outOfScope: Array<string | [string, string]> = []): PolicyResult {
  const entry = (e: string | [string, string]) => (typeof e === 'string' ? { pattern: e, quote: e } : { pattern: e[0], quote: e[1] });
  return {
    schema: 'scopecheck.policy/1',
    contacts: [],
    in_scope: inScope.map(entry),
    out_of_scope: outOfScope.map(entry),
    forbidden_activities: [],
    obligations: [],
    report_fields: [],
    response_sla_days: null,
    disclosure_days: null,
    safe_harbor: null,
    bounty: null,
    pgp: [],
    language: 'en',
  };
}
