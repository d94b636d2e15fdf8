import { getDomain } from 'tldts';
import type { Finding } from '../schemas/finding.ts';
import { domainToUnicode } from './domain-to-unicode.ts';
import { isLatinLookalike, isMixedScript } from './detect-confusable.ts';
import { hasBidiControl, hasInvisible } from './hidden-characters.ts';
import { parseContact } from './parse-contact.ts';
import { domainToAscii } from './parse-email-address.ts';
import { quoteForMessage } from './sanitize-text.ts';
import { makeDraftWarning } from './make-draft-warning.ts';
import type { ContactWarning } from '../schemas/site-contact.ts';

/** Reporting platforms: a contact there is expected to be on another domain than the site. */
const PLATFORMS: Record<string, string> = {
  'hackerone.com': 'HackerOne', 'bugcrowd.com': 'Bugcrowd', 'intigriti.com': 'Intigriti',
  'yeswehack.com': 'YesWeHack', 'hackenproof.com': 'HackenProof', 'zerocopter.com': 'Zerocopter',
  'openbugbounty.org': 'Open Bug Bounty', 'github.com': 'GitHub', 'gitlab.com': 'GitLab', 'huntr.com': 'huntr',
  'responsibledisclosure.com': 'Responsible Disclosure', 'federacy.com': 'Federacy',
};

function registrable(host: string): string {
  const ascii = domainToAscii(host) ?? host.toLowerCase();
  return getDomain(ascii, { allowPrivateDomains: true }) ?? ascii;
}

function assessDomain(domain: string, findings: Finding[]): void {
  const unicode = domainToUnicode(domain);
  if (unicode.malformed) findings.push(makeDraftWarning('contact_punycode_malformed', { domain: quoteForMessage(domain) }));
  if (unicode.value !== domain) {
    findings.push(makeDraftWarning('contact_idn', { domain: quoteForMessage(domain), unicode: quoteForMessage(unicode.value) }));
  }
  for (const label of unicode.value.split('.')) {
    if (isMixedScript(label)) {
      findings.push(makeDraftWarning('contact_confusable', { label: quoteForMessage(label) }));
    } else if (isLatinLookalike(label)) {
      findings.push({ ...makeDraftWarning('contact_confusable', { domain: quoteForMessage(domain), label: quoteForMessage(label) }), message_id: 'finding_contact_confusable_lookalike' });
    }
  }
}

/** Bidi-override and invisible characters anywhere in a contact (Trojan-Source style display tricks). */
export function findHiddenCharacters(contact: string): Finding[] {
  const findings: Finding[] = [];
  if (hasBidiControl(contact)) {
    findings.push(makeDraftWarning('contact_bidi_control'));
  }
  if (hasInvisible(contact)) {
    findings.push(makeDraftWarning('contact_invisible_char'));
  }
  return findings;
}

/**
 * Warnings about a contact before the user sends a report to it: another registrable domain than the
 * site (a hosted platform is noted as information instead), an internationalised or confusable domain,
 * and bidi-override or zero-width characters anywhere in the value. Never throws.
 */
export function assessContact(contact: string, siteHost: string): Finding[] {
  const findings: Finding[] = [];
  findings.push(...findHiddenCharacters(contact));
  const parsed = parseContact(contact);
  findings.push(...parsed.findings);
  const c = parsed.value;
  const domains = c.kind === 'email' ? c.addresses.map((a) => a.domain) : c.kind === 'web' ? [c.host] : [];
  const site = registrable(siteHost);
  for (const domain of [...new Set(domains)]) {
    assessDomain(domain, findings);
    const theirs = registrable(domain);
    if (theirs === site || site === '') continue;
    const platform = PLATFORMS[theirs];
    if (platform) {
      findings.push(makeDraftWarning('contact_platform', { domain, platform }, 'info'));
    } else {
      findings.push(makeDraftWarning('contact_domain_mismatch', { site, theirs }));
    }
  }
  return findings;
}

/** The same assessment without the information-only notes: the warnings the popup shows beside a contact. */
export function assessContactWarnings(contact: string, siteHost: string): ContactWarning[] {
  return assessContact(contact, siteHost).filter((f) => f.severity !== 'info');
}
