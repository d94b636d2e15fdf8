import type { Finding } from '../schemas/finding.ts';
import { makeDraftWarning } from './make-draft-warning.ts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { findHiddenCharacters } from './assess-contact.ts';
import { dedupeByIdAndMessage } from './dedupe-by-id-and-message.ts';
import { parseContact, type ParsedContact } from './parse-contact.ts';
import { quoteForMessage } from './sanitize-text.ts';

export interface Recipient {
  /** Validated addresses of the chosen e-mail contact (empty when there is none). */
  to: string[];
  /** The raw contact the addresses came from. */
  contact: string | null;
  source: 'securitytxt' | 'policy' | null;
  /** The first https: contact (a web form, a platform, an advisory page). */
  webForm: string | null;
  /** The web contact as published (before URL normalisation percent-encoded anything). */
  webFormContact: string | null;
  webFormSource: 'securitytxt' | 'policy' | null;
  findings: Finding[];
}

const MAX_CONTACTS = 20;

function parseAll(values: string[], findings: Finding[]): ParsedContact[] {
  return values.slice(0, MAX_CONTACTS).map((v) => {
    const parsed = parseContact(v);
    findings.push(...findHiddenCharacters(v), ...parsed.findings);
    return parsed.value;
  });
}

/**
 * Who receives the report: the first e-mail Contact of security.txt (RFC 9116 lists them in order of
 * preference), else the policy's first address. The first https: contact becomes the web form.
 */
export function pickRecipient(txt: TxtResult | null, policy: PolicyResult | null): Recipient {
  const findings: Finding[] = [];
  const fromTxt = parseAll(txt?.parsed?.contact ?? [], findings);
  const fromPolicy = parseAll((policy?.contacts ?? []).map((c) => c.value), findings);

  const txtEmail = fromTxt.find((c) => c.kind === 'email');
  const policyEmail = fromPolicy.find((c) => c.kind === 'email');
  const email = txtEmail ?? policyEmail;
  const txtWeb = fromTxt.find((c) => c.kind === 'web');
  const web = txtWeb ?? fromPolicy.find((c) => c.kind === 'web');

  if (txtWeb && txtEmail && fromTxt.indexOf(txtWeb) < fromTxt.indexOf(txtEmail)) {
    findings.push(makeDraftWarning('web_form_preferred', { url: quoteForMessage(txtWeb.url, 200) }, 'info'));
  }
  return {
    to: email?.kind === 'email' ? email.addresses.map((a) => a.address) : [],
    contact: email?.raw ?? null,
    source: email ? (email === txtEmail ? 'securitytxt' : 'policy') : null,
    webForm: web?.kind === 'web' ? web.url : null,
    webFormContact: web?.raw ?? null,
    webFormSource: web ? (web === txtWeb ? 'securitytxt' : 'policy') : null,
    findings: dedupeByIdAndMessage(findings),
  };
}
