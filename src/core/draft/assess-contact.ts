import { getDomain } from 'tldts';
import type { Finding } from '../schemas/finding.ts';
import { domainToUnicode } from './domain-to-unicode.ts';
import { isLatinLookalike, isMixedScript } from './detect-confusable.ts';
import { hasBidiControl, hasInvisible } from './hidden-characters.ts';
import { parseContact } from './parse-contact.ts';
import { domainToAscii } from './parse-email-address.ts';
import { quoteForMessage } from './sanitize-text.ts';
import { makeDraftWarning } from './make-draft-warning.ts';


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
  if (unicode.malformed) findings.push(makeDraftWarning('contact_punycode_malformed', `${quoteForMessage(domain)} has a malformed xn-- label.`));
  if (unicode.value !== domain) {
    findings.push(makeDraftWarning('contact_idn', `The contact's domain is internationalised: ${quoteForMessage(domain)} reads as ${quoteForMessage(unicode.value)}. Check that it is the organisation's real domain.`));
  }
  for (const label of unicode.value.split('.')) {
    if (isMixedScript(label)) {
      findings.push(makeDraftWarning('contact_confusable', `The label ${quoteForMessage(label)} mixes writing systems (e.g. Latin with Cyrillic), a common trick to imitate another domain.`));
    } else if (isLatinLookalike(label)) {
      findings.push(makeDraftWarning('contact_confusable', `The label ${quoteForMessage(label)} is written in another script, but every letter looks Latin: ${quoteForMessage(domain)} may imitate a Latin domain.`));
    }
  }
}

/** Bidi-override and invisible characters anywhere in a contact (Trojan-Source style display tricks). */
export function findHiddenCharacters(contact: string): Finding[] {
  const findings: Finding[] = [];
  if (hasBidiControl(contact)) {
    findings.push(makeDraftWarning('contact_bidi_control', 'The contact contains a bidirectional control character (such as RIGHT-TO-LEFT OVERRIDE): it may display differently from what it is.'));
  }
  if (hasInvisible(contact)) {
    findings.push(makeDraftWarning('contact_invisible_char', 'The contact contains an invisible character (zero-width space, joiner, soft hyphen, …).'));
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
      findings.push({ id: 'contact_platform', severity: 'info', line: null, message: `Reports go through ${platform} (${domain}), not the site's own domain.` });
    } else {
      findings.push(makeDraftWarning('contact_domain_mismatch', `The contact's domain ${theirs} differs from the site's (${site}). That can be legitimate (a parent company, a mailing list), but confirm it before sending details.`));
    }
  }
  return findings;
}
