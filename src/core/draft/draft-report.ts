import type { Draft } from '../schemas/draft.ts';
import { makeDraftWarning } from './make-draft-warning.ts';
import type { Finding } from '../schemas/finding.ts';
import { assessContact } from './assess-contact.ts';
import { assessTxtForDraft } from './assess-txt-for-draft.ts';
import { buildDraftSections } from './build-draft-sections.ts';
import { buildWebComposeUrls } from './build-web-compose-urls.ts';
import { collectEncryptionKeys } from './collect-encryption-keys.ts';
import { dedupeByIdAndMessage } from './dedupe-by-id-and-message.ts';
import type { DraftInput } from './draft-input.ts';
import { encodeMailto } from './encode-mailto.ts';
import { findUrlSecrets } from './find-url-secrets.ts';
import { formatUtcDate } from './format-utc-date.ts';
import { getDraftStrings } from './get-draft-strings.ts';
import { pickRecipient } from './pick-recipient.ts';
import { renderDraftBody } from './render-draft-body.ts';
import { buildSignature } from './build-signature.ts';
import { sanitizeFetchedText, sanitizeHeaderText } from './sanitize-text.ts';

function pageHost(input: DraftInput): string {
  try {
    return new URL(input.pageUrl).hostname;
  } catch {
    return input.txt?.source?.applies_to_host ?? '';
  }
}

/** An http(s) URL fit to quote in a report; null for anything else (a local file path, a javascript: URL). */
function webUrl(value: string | null | undefined): string | null {
  return value && /^https?:\/\//i.test(value) ? sanitizeFetchedText(value, 500) : null;
}

function languageFindings(input: DraftInput): Finding[] {
  const preferred = input.txt?.parsed?.preferred_languages ?? [];
  if (preferred.length === 0) return [];
  if (preferred.some((tag) => tag.toLowerCase().split('-')[0] === input.language)) return [];
  return [makeDraftWarning('language_not_preferred', { languages: preferred.slice(0, 5).map((t) => sanitizeFetchedText(t, 20)).join(', ') }, 'info')];
}

/**
 * A report draft for the page: recipient from security.txt or the policy, the sections the policy asks
 * for, the disclosure terms restated, the evidence, and mailto / web-mail links that cannot carry extra
 * headers. Pure: the clock and every fetched document come in through `input`.
 */
export function draftReport(input: DraftInput): Draft {
  const strings = getDraftStrings(input.language);
  const host = pageHost(input);
  const recipient = pickRecipient(input.txt, input.policy);
  const keys = collectEncryptionKeys(input.txt, input.policy, input.now);
  const signature = buildSignature(input.profile, strings);

  const sections = buildDraftSections(input.policy, strings, {
    pageUrl: input.pageUrl,
    summary: input.summary,
    reporterName: signature.name,
    reporterContact: signature.contact,
    fields: input.fields ?? {},
  });
  const days = input.policy?.disclosure_days;
  const disclosure = typeof days === 'number' && Number.isInteger(days) && days > 0 && days <= 3650
    ? strings.disclosureDays(days)
    : strings.disclosureNoDays;
  const txtUrl = webUrl(input.txt?.source?.final_url || input.txt?.source?.retrieved_from);
  const policyUrl = webUrl(input.policy?.source?.url) ?? webUrl(input.txt?.parsed?.policy[0]);
  const contactSourceUrl = recipient.source === 'securitytxt' ? txtUrl : recipient.source === 'policy' ? policyUrl : null;
  const dateUtc = formatUtcDate(input.now);
  const details: Array<[string, string]> = [
    [strings.pageUrl, input.pageUrl],
    [strings.dateUtc, dateUtc],
    ...(contactSourceUrl ? [[strings.contactFoundIn, contactSourceUrl] as [string, string]] : []),
    ...(policyUrl ? [[strings.policyAt, policyUrl] as [string, string]] : []),
  ];
  const body = renderDraftBody({ strings, host: host || input.pageUrl, sections, disclosure, details, signature: signature.text });

  const title = sanitizeHeaderText(input.title ?? '', 150) || strings.defaultTitle;
  const subject = host ? `[Security] ${title} – ${host}` : `[Security] ${title}`;
  const findings: Finding[] = [...recipient.findings, ...signature.findings];
  if (recipient.to.length === 0 && !recipient.webForm) {
    findings.push(makeDraftWarning('no_contact'));
  }
  for (const contact of [recipient.contact, recipient.webFormContact]) {
    if (contact) findings.push(...assessContact(contact, host));
  }
  if (recipient.source === 'securitytxt' || recipient.webFormSource === 'securitytxt') {
    findings.push(...assessTxtForDraft(input.txt, input.now));
  }
  findings.push(...keys.findings, ...languageFindings(input));
  const secrets = findUrlSecrets(input.pageUrl);
  if (secrets.length > 0) {
    findings.push(makeDraftWarning('page_url_has_secret', { names: secrets.join(', ') }));
  }

  const mail = recipient.to.length > 0
    ? encodeMailto({ to: recipient.to, subject, body }, { maxLength: input.maxMailtoLength, shortBody: strings.shortBody })
    : null;
  const web = buildWebComposeUrls({ to: recipient.to, subject, body }, { shortBody: strings.shortBody });
  const all = dedupeByIdAndMessage(findings);
  return {
    schema: 'scopecheck.draft/1',
    to: recipient.to,
    subject,
    body,
    mailto: mail?.url ?? null,
    warnings: [...new Set(all.filter((f) => f.severity !== 'info').map((f) => f.id))],
    mailto_truncated: mail?.truncated ?? false,
    web_form: recipient.webForm,
    gmail_url: web.gmail,
    outlook_url: web.outlook,
    language: input.language,
    findings: all,
    sections,
    disclosure,
    evidence: {
      page_url: input.pageUrl,
      date_utc: dateUtc,
      securitytxt_url: txtUrl,
      policy_url: policyUrl,
      contact_source: recipient.source ?? recipient.webFormSource,
    },
    signature: signature.text,
    encryption_keys: keys.value,
  };
}
