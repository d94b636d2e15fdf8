/** Message keys for the ids the core reports (taxonomy, sources, states, reasons), as literal keys the i18n test sees. */
import type { MessageKey } from '../../platform/i18n.ts';
import type { ActivityId, ReportFieldId } from '../../core/index.ts';

/** Message keys for the taxonomy ids (literal keys, so the i18n test sees each one). */
export const ACTIVITY_LABELS: Record<ActivityId, MessageKey> = {
  dos: 'activity_dos',
  social_engineering: 'activity_social_engineering',
  phishing: 'activity_phishing',
  physical: 'activity_physical',
  automated_scanning: 'activity_automated_scanning',
  brute_force: 'activity_brute_force',
  data_access_exfiltration: 'activity_data_access_exfiltration',
  data_destruction_modification: 'activity_data_destruction_modification',
  malware: 'activity_malware',
  pivoting_persistence: 'activity_pivoting_persistence',
  third_party_testing: 'activity_third_party_testing',
  spam: 'activity_spam',
  public_disclosure_before_fix: 'activity_public_disclosure_before_fix',
  other: 'activity_other',
};

export const REPORT_FIELD_LABELS: Record<ReportFieldId, MessageKey> = {
  description: 'field_description',
  location_url: 'field_location_url',
  impact: 'field_impact',
  reproduction_steps: 'field_reproduction_steps',
  proof_of_concept: 'field_proof_of_concept',
  reporter_name: 'field_reporter_name',
  contact_info: 'field_contact_info',
  environment: 'field_environment',
  other: 'field_other',
};

export const FOUND_BY_LABELS: Record<string, MessageKey> = {
  securitytxt_policy: 'foundBy_securitytxt_policy',
  github_security_md: 'foundBy_github_security_md',
  common_path: 'foundBy_common_path',
  page_link: 'foundBy_page_link',
  diodb: 'foundBy_diodb',
  file: 'foundBy_file',
  user: 'foundBy_user',
};

export const SIGNATURE_LABELS: Record<string, MessageKey> = {
  verified: 'signature_verified',
  bad_signature: 'signature_bad_signature',
  key_unavailable: 'signature_key_unavailable',
  not_signed: 'signature_not_signed',
  malformed: 'signature_malformed',
};

export const SOURCE_STATE_LABELS: Record<string, MessageKey> = {
  pending: 'sourceState_pending',
  done: 'sourceState_done',
  failed: 'sourceState_failed',
  skipped: 'sourceState_skipped',
};

/** Known reasons in CheckResult.unreachable; anything else is shown as written. */
export const UNREACHABLE_LABELS: Record<string, MessageKey> = {
  no_permission: 'unreachable_no_permission',
  timeout: 'unreachable_timeout',
  network: 'unreachable_network',
  tls: 'unreachable_tls',
};

/** Labels for the core's source ids (checkPage); an unknown id keeps the core's own label. */
export const SOURCE_LABELS: Record<string, MessageKey> = {
  securitytxt: 'source_securitytxt',
  policy: 'source_policy',
  policy_link: 'source_policy_link',
  verdict: 'source_verdict',
};

export function sourceLabel(source: { id: string; label: string }, translate: (key: MessageKey) => string): string {
  const key = SOURCE_LABELS[source.id];
  return key ? translate(key) : source.label;
}

