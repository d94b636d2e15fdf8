import { getDomain } from 'tldts';
import type { Finding } from '../schemas/finding.ts';
import { domainToUnicode } from './domain-to-unicode.ts';
import { isLatinLookalike, isMixedScript } from './detect-confusable.ts';
import { hasBidiControl, hasInvisible } from './hidden-characters.ts';
import { parseContact } from './parse-contact.ts';
import { domainToAscii } from './parse-email-address.ts';
import { quoteForMessage, sanitizeFetchedText } from './sanitize-text.ts';
import type { ContactWarning } from '../schemas/site-contact.ts';
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

/** One assessment: the finding (English, for the draft and the CLI) and the same warning as data for the shells. */
interface Assessment {
  finding: Finding;
  note: ContactWarning | null;
}

function warning(id: string, params: string[], message: string): Assessment {
  return { finding: makeDraftWarning(id, message), note: { id, severity: 'warning', params } };
}

/** A parser finding as data: its id, with the contact itself as the one parameter (info stays a finding only). */
function fromParser(finding: Finding, contact: string): Assessment {
  return { finding, note: finding.severity === 'info' ? null : { id: finding.id, severity: finding.severity, params: [sanitizeFetchedText(contact, 120)] } };
}

function assessDomain(domain: string, out: Assessment[]): void {
  const unicode = domainToUnicode(domain);
  const shown = sanitizeFetchedText(domain, 120);
  if (unicode.malformed) out.push(warning('contact_punycode_malformed', [shown], `${quoteForMessage(domain)} has a malformed xn-- label.`));
  if (unicode.value !== domain) {
    out.push(warning('contact_idn', [shown, sanitizeFetchedText(unicode.value, 120)], `The contact's domain is internationalised: ${quoteForMessage(domain)} reads as ${quoteForMessage(unicode.value)}. Check that it is the organisation's real domain.`));
  }
  for (const label of unicode.value.split('.')) {
    const params = [sanitizeFetchedText(label, 120), shown];
    if (isMixedScript(label)) {
      out.push(warning('contact_confusable', params, `The label ${quoteForMessage(label)} mixes writing systems (e.g. Latin with Cyrillic), a common trick to imitate another domain.`));
    } else if (isLatinLookalike(label)) {
      out.push(warning('contact_confusable', params, `The label ${quoteForMessage(label)} is written in another script, but every letter looks Latin: ${quoteForMessage(domain)} may imitate a Latin domain.`));
    }
  }
}

function hiddenCharacters(contact: string): Assessment[] {
  const out: Assessment[] = [];
  if (hasBidiControl(contact)) {
    out.push(warning('contact_bidi_control', [], 'The contact contains a bidirectional control character (such as RIGHT-TO-LEFT OVERRIDE): it may display differently from what it is.'));
  }
  if (hasInvisible(contact)) {
    out.push(warning('contact_invisible_char', [], 'The contact contains an invisible character (zero-width space, joiner, soft hyphen, …).'));
  }
  return out;
}

/** Bidi-override and invisible characters anywhere in a contact (Trojan-Source style display tricks). */
export function findHiddenCharacters(contact: string): Finding[] {
  return hiddenCharacters(contact).map((a) => a.finding);
}

function assess(contact: string, siteHost: string): Assessment[] {
  const out = hiddenCharacters(contact);
  const parsed = parseContact(contact);
  out.push(...parsed.findings.map((f) => fromParser(f, contact)));
  const c = parsed.value;
  const domains = c.kind === 'email' ? c.addresses.map((a) => a.domain) : c.kind === 'web' ? [c.host] : [];
  const site = registrable(siteHost);
  for (const domain of [...new Set(domains)]) {
    assessDomain(domain, out);
    const theirs = registrable(domain);
    if (theirs === site || site === '') continue;
    const platform = PLATFORMS[theirs];
    if (platform) {
      out.push({ finding: { id: 'contact_platform', severity: 'info', line: null, message: `Reports go through ${platform} (${domain}), not the site's own domain.` }, note: null });
    } else {
      out.push(warning('contact_domain_mismatch', [sanitizeFetchedText(theirs, 120), sanitizeFetchedText(site, 120)], `The contact's domain ${theirs} differs from the site's (${site}). That can be legitimate (a parent company, a mailing list), but confirm it before sending details.`));
    }
  }
  return out;
}

/**
 * Warnings about a contact before the user sends a report to it: another registrable domain than the
 * site (a hosted platform is noted as information instead), an internationalised or confusable domain,
 * and bidi-override or zero-width characters anywhere in the value. Never throws.
 */
export function assessContact(contact: string, siteHost: string): Finding[] {
  return assess(contact, siteHost).map((a) => a.finding);
}

/** The same assessment as data (`{ id, severity, params }`), without the information-only notes: what the popup shows. */
export function assessContactWarnings(contact: string, siteHost: string): ContactWarning[] {
  return assess(contact, siteHost).flatMap((a) => (a.note ? [a.note] : []));
}
