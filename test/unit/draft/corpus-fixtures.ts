import { readFileSync } from 'node:fs';
import type { PolicyResult } from '../../../src/core/schemas/policy-result.ts';
import type { TxtResult } from '../../../src/core/schemas/txt-result.ts';
import { REPORT_FIELD_IDS } from '../../../src/core/schemas/policy-result.ts';

const CORPUS = '/work/shared/corpus';

interface PolicyLabel {
  language: string;
  contacts: string[];
  report_fields: string[];
  disclosure_days: number | null;
  paired_securitytxt?: string | null;
  base_url?: string;
  source: { published_url?: string };
  report_fields_other?: string[] | null;
}
interface SiteLabel {
  Contact: string[];
  Expires: string | null;
  Policy: string[];
  Encryption: string[];
  Canonical: string[];
  'Preferred-Languages': string | null;
  pgp_signed: boolean;
}

export const policyLabels = (JSON.parse(readFileSync(`${CORPUS}/policies/labels.json`, 'utf8')) as { policies: Record<string, PolicyLabel> }).policies;
const siteLabels = (JSON.parse(readFileSync(`${CORPUS}/sites/securitytxt/labels.json`, 'utf8')) as { files: Record<string, SiteLabel> }).files;

/** A PolicyResult as the extractor should produce it, built from the hand labels. */
export function policyFromLabels(file: string): PolicyResult {
  const l = policyLabels[file]!;
  const ids = l.report_fields.filter((id): id is (typeof REPORT_FIELD_IDS)[number] => (REPORT_FIELD_IDS as readonly string[]).includes(id));
  return {
    schema: 'scopecheck.policy/1',
    contacts: l.contacts.map((value) => ({ value, quote: value })),
    in_scope: [], out_of_scope: [], forbidden_activities: [], obligations: [],
    report_fields: ids.map((id) => ({ id, quote: id === 'other' ? (l.report_fields_other ?? []).join('; ') : id })),
    response_sla_days: null, disclosure_days: l.disclosure_days, safe_harbor: null, bounty: null, pgp: [],
    language: l.language,
    source: { url: l.base_url ?? l.source.published_url?.split(' ')[0] ?? `https://example.invalid/${file}`, found_by: 'file', status: null, format: 'markdown' },
  };
}

/** A TxtResult for an organisation's real security.txt, from the site labels. */
export function txtFromSite(file: string, now: Date): TxtResult {
  const s = siteLabels[file]!;
  const host = file.replace(/\.txt$/, '');
  const expiresUtc = s.Expires && !Number.isNaN(Date.parse(s.Expires)) ? new Date(Date.parse(s.Expires)).toISOString() : null;
  const expired = expiresUtc !== null && Date.parse(expiresUtc) < now.getTime();
  return {
    schema: 'scopecheck.txt/1',
    valid: !expired, errors: expired ? ['expired'] : [], warnings: [], infos: [], lines: {}, findings: [],
    parsed: {
      contact: s.Contact, expires: s.Expires, expires_utc: expiresUtc, policy: s.Policy, encryption: s.Encryption,
      canonical: s.Canonical, preferred_languages: s['Preferred-Languages'] ? s['Preferred-Languages'].split(',').map((x) => x.trim()) : [],
      acknowledgments: [], hiring: [], csaf: [], bug_bounty: null, unknown_fields: [], signed: s.pgp_signed,
    },
    source: {
      retrieved_from: `https://${host}/.well-known/security.txt`, final_url: `https://${host}/.well-known/security.txt`, redirects: [],
      http_status: 200, content_type: 'text/plain; charset=utf-8', location: 'well-known', applies_to_host: host, inherited_from_parent: false,
    },
  };
}

export function emptyPolicy(overrides: Partial<PolicyResult> = {}): PolicyResult {
  return {
    schema: 'scopecheck.policy/1', contacts: [], in_scope: [], out_of_scope: [], forbidden_activities: [], obligations: [],
    report_fields: [], response_sla_days: null, disclosure_days: null, safe_harbor: null, bounty: null, pgp: [], language: 'en',
    ...overrides,
  };
}

export function txtWith(contact: string[], overrides: Partial<TxtResult> = {}, parsed: Partial<NonNullable<TxtResult['parsed']>> = {}): TxtResult {
  return {
    schema: 'scopecheck.txt/1', valid: true, errors: [], warnings: [], infos: [], lines: {}, findings: [],
    parsed: {
      contact, expires: '2027-01-01T00:00:00Z', expires_utc: '2027-01-01T00:00:00Z', policy: [], encryption: [], canonical: [],
      preferred_languages: [], acknowledgments: [], hiring: [], csaf: [], bug_bounty: null, unknown_fields: [], signed: true, ...parsed,
    },
    source: {
      retrieved_from: 'https://example.com/.well-known/security.txt', final_url: 'https://example.com/.well-known/security.txt', redirects: [],
      http_status: 200, content_type: 'text/plain; charset=utf-8', location: 'well-known', applies_to_host: 'example.com', inherited_from_parent: false,
    },
    ...overrides,
  };
}
