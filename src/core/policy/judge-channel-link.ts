import { parse } from 'tldts';
import type { Unit } from './build-units.ts';
import { anyMatch, type Reader } from './compile-reader.ts';
import { hostOf } from '../url/host-of.ts';

/** Bug-bounty and report-form platforms: a link to one of them next to "report" is a reporting channel. */
const PLATFORMS = new Set(['hackerone.com', 'bugcrowd.com', 'intigriti.com', 'intigriti.me', 'yeswehack.com',
  'hackenproof.com', 'zerocopter.com', 'federacy.com', 'huntr.dev', 'huntr.com', 'openbugbounty.org',
  'immunefi.com', 'synack.com', 'cobalt.io', 'yogosha.com', 'responsibledisclosure.com', 'bugbounty.ch',
  'forms.gle', 'typeform.com', 'jotform.com', 'forms.office.com', 'huntr.io', 'securitytxt.org',
  // Bounty platforms of smart-contract and open-source projects.
  'gitcoin.co', 'solidified.io', 'code4rena.com', 'cantina.xyz', 'hats.finance']);
// The mail domains bounty platforms give researchers for test accounts ("handle@wearehackerone.com"): an address
// there is a researcher's alias, never where to report.
const RESEARCHER_ALIAS = /@(?:[a-z0-9-]{1,63}\.){0,2}(?:wearehackerone\.com|bugcrowdninja\.com|intigriti\.me|yeswehack\.ninja)$/i;

/** Whether an e-mail address is a bounty platform's researcher alias (for test accounts), not a channel. */
export function isResearcherAlias(address: string): boolean {
  return RESEARCHER_ALIAS.test(address);
}
// Social networks: a profile there is a channel only when the text invites a message ("tweet at us").
const SOCIAL = new Set(['twitter.com', 'x.com', 'mastodon.social', 'infosec.exchange', 'bsky.app', 'linkedin.com', 't.me', 'keybase.io']);

const REFERRAL = /\b(?:security|disclosure|vulnerability|reporting)\s+(?:\w+\s+){0,2}polic(?:y|ies)\b[^.]{0,80}\b(?:see|refer|visit|found|available|read)\b|\b(?:see|refer to|visit|found at|available at|read)\b[^.]{0,80}\b(?:security|disclosure|vulnerability)\s+polic/;
const SECURITYISH = /report|submit|security|vulnerab|disclos|bount|\bcve\b|\/cve|psirt|\bcert\b|advisor|\bforms?\b|contact|melden|meldung|signal|responsible|\bvdp\b|hackerone|bugcrowd|intigriti|yeswehack/;
const NOT_A_CHANNEL = /\.(?:asc|gpg|pgp|key|pub|png|jpe?g|gif|svg|css|js|pdf|zip)(?:[?#]|$)|\/(?:pgp|gpg)(?:[-_.]?key)?\b|publickey|public-key|openpgpkey/;
const SECURITY_TXT = /\/security\.txt(?:[?#]|$)/;
// Fields of a security.txt that say nothing about where to report (RFC 9116), as written in its file.
const SECURITY_TXT_FIELD = /(?<![\w-])(?:expires|preferred-languages|hiring|acknowledg(?:e?ments))(?![\w-])/;
// A document to read in a repository ("CODE_OF_CONDUCT.md"), by the end of the URL's path.
const DOCUMENT_FILE = /\.(?:md|markdown|rst|adoc)$/;
// Documentation, guides and write-ups (by the packs' `reference` words in the path, or these host names and a
// platform's public write-ups): read about reporting there, but do not report there.
const REFERENCE_HOST = /^(?:docs|blog|learn|wiki|help)\./;
const WRITE_UPS = /(?:^|[/.?=_-])hacktivity(?:$|[/.?#=_-])/;
const REPORT_VERB = /\b(?:report|submit|send|signal|melden|signaler|signalez)\w*\b/;

/** Whether the words of a URL's path name documentation, a guide or a write-up in the reader's packs. */
function isReferencePath(reader: Reader, path: string): boolean {
  return WRITE_UPS.test(path) || anyMatch(reader, (p) => p.reference, ` ${path.replace(/[/._?#=+~%-]+/g, ' ')} `);
}

/**
 * "(see [here](…))": a pointer word of the packs at most about 30 characters before the link ("bkz.", "cf.", "viz"),
 * and a label that says nothing by itself: a pointer to documentation, not a place to report.
 */
function pointsToRead(reader: Reader, before: string, label: string): boolean {
  const near = before.slice(-32);
  return anyMatch(reader, (p) => p.see, near) && anyMatch(reader, (p) => p.here, label.trim());
}

function domainOf(url: string): string | null {
  const host = hostOf(url);
  return host ? (parse(host).domain ?? host) : null;
}

/** A link to a bug-bounty platform programme, a report form or GitHub's private reporting. */
export function isPlatform(url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  const domain = parse(host).domain ?? host;
  if (PLATFORMS.has(host) || PLATFORMS.has(domain)) return true;
  if (domain === 'google.com' && /\/forms\//.test(url)) return true;
  // GitHub's private vulnerability reporting: a repository's security tab, its advisories, or the form itself.
  return domain === 'github.com' && /^https?:\/\/github\.com\/[^/?#]+\/[^/?#]+\/security(?:\/advisories(?:\/new)?)?\/?(?:[?#]|$)/i.test(url);
}

// A programme's own page on a platform (where a report is filed), not the platform's marketing site, a
// researcher's account pages or its documentation: hackerone.com/<handle>, bugcrowd.com/<handle> or
// /engagements/<handle>, Intigriti's and YesWeHack's programme paths, Immunefi's bounty pages.
const PROGRAMME_PAGE = [
  /^https?:\/\/hackerone\.com\/([a-z0-9_-]{1,64})\/?(?:[?#]|$)/i,
  /^https?:\/\/bugcrowd\.com\/(?:engagements\/)?([a-z0-9_-]{1,64})\/?(?:[?#]|$)/i,
  /^https?:\/\/app\.intigriti\.com\/(?:researcher\/)?programs\/([^/?#]{1,64})\/[^/?#]{1,64}(?:\/(?:detail)?)?\/?(?:[?#]|$)/i,
  /^https?:\/\/(?:www\.)?yeswehack\.com\/programs\/([^/?#]{1,64})\/?(?:[?#]|$)/i,
  /^https?:\/\/(?:www\.)?immunefi\.com\/(?:bounty|bug-bounty)\/([^/?#]{1,64})\/?(?:[?#]|$)/i,
];
// First path segments of those platforms that are their own pages, not programme handles.
const PLATFORM_PAGES = new Set(['hacktivity', 'directory', 'leaderboard', 'opportunities', 'settings', 'users', 'reports',
  'bugs', 'security', 'product', 'products', 'resources', 'blog', 'docs', 'terms', 'privacy', 'disclosure-guidelines',
  'login', 'signup', 'sign_up', 'sign-up', 'register', 'programs', 'engagements', 'crowdstream', 'customers', 'about', 'pricing']);

/** A programme's page on a bug-bounty platform (hackerone.com/<handle>, bugcrowd.com/<handle>, …). */
export function isProgrammePage(url: string): boolean {
  for (const re of PROGRAMME_PAGE) {
    const m = re.exec(url);
    if (m) return !PLATFORM_PAGES.has(m[1]!.toLowerCase());
  }
  return false;
}

// Signing up, logging in, account settings: a step before reporting, not a place to report.
const ACCOUNT_PAGE = /^https?:\/\/(?:login|auth|account|accounts|sso|id)\.|\/(?:account\/)?(?:register|registration|sign-?up|sign_up|signin|sign-?in|login|log-?in)(?:[/?#]|$)/i;

/**
 * Whether a programme page belongs to the policy's owner: its handle contains the name of the site or GitHub
 * owner the policy was published at, or that name contains the handle ("rootstocklabs" at rootstock.io).
 */
export function isOwnProgramme(url: string, baseUrl: string | undefined): boolean {
  if (!baseUrl) return false;
  const handle = programmeHandle(url);
  const host = hostOf(baseUrl);
  if (!handle || !host) return false;
  // A policy read on a programme's own page: that programme, and its variants on the same platform
  // ("<handle>-private"), are where its reports go.
  const own = programmeHandle(baseUrl);
  if (own && hostOf(url) === host && (handle === own || handle.startsWith(`${own}-`) || handle.startsWith(`${own}_`))) return true;
  const owner = parse(host).domain === 'github.com' ? /^https?:\/\/github\.com\/([^/?#]+)/i.exec(baseUrl)?.[1] : parse(host).domainWithoutSuffix;
  const name = owner?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? '';
  const bare = handle.replace(/[^a-z0-9]/g, '');
  return name.length >= 3 && bare.length >= 3 && (bare.includes(name) || name.includes(bare));
}

/** The programme handle of a platform programme page (hackerone.com/<handle>), lower-cased, or undefined. */
function programmeHandle(url: string): string | undefined {
  let handle: string | undefined;
  for (const re of PROGRAMME_PAGE) handle ??= re.exec(url)?.[1]?.toLowerCase();
  return handle;
}

/** A page for creating an account or logging in. */
export function isAccountPage(url: string): boolean {
  return ACCOUNT_PAGE.test(url);
}

/** A GitHub user's or organisation's profile (github.com/<name>): a maintainer to contact. */
export function isGitHubProfile(url: string): boolean {
  const m = /^https?:\/\/github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?(?:[?#]|$)/i.exec(url);
  return m !== null && !GITHUB_PAGES.has(m[1]!.toLowerCase());
}
const GITHUB_PAGES = new Set(['orgs', 'settings', 'topics', 'features', 'about', 'security', 'explore', 'marketplace',
  'sponsors', 'login', 'join', 'signup', 'pricing', 'enterprise', 'apps', 'notifications', 'issues', 'pulls', 'new',
  'collections', 'trending', 'events', 'readme', 'site', 'contact', 'customer-stories', 'team', 'github']);

/** A form made for submitting something: GitHub's private reporting form, Google Forms, Typeform, Jotform, MS Forms. */
export function isReportForm(url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  const domain = parse(host).domain ?? host;
  if (domain === 'github.com') return /^https?:\/\/github\.com\/[^/?#]+\/[^/?#]+\/security\/advisories\/new\/?(?:[?#]|$)/i.test(url);
  if (domain === 'google.com') return /^https?:\/\/docs\.google\.com\/forms\//i.test(url);
  return host === 'forms.gle' || domain === 'typeform.com' || domain === 'jotform.com' || host === 'forms.office.com';
}

/** An invitation to a chat (Telegram, Discord, Matrix, Slack, Signal, WhatsApp, Gitter): a secondary channel. */
export function isChatInvite(url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  return ['t.me', 'telegram.me', 'discord.gg', 'matrix.to', 'signal.me', 'chat.whatsapp.com', 'join.slack.com', 'gitter.im'].includes(host)
    || (/(?:^|\.)discord(?:app)?\.com$/.test(host) && /\/invite\//i.test(url));
}

/** A link's path as words ("/sicurezza/segnala-vulnerabilita" → " sicurezza segnala vulnerabilita "), percent-decoded. */
function pathWords(href: string): string {
  let path = href;
  try {
    path = decodeURIComponent(href);
  } catch {
    path = href;
  }
  return ` ${path.toLowerCase().replace(/[/._?#=+~%&:-]+/g, ' ')} `;
}

/**
 * True when a link's address or label speaks of reporting, security or contact: the engine's platform and
 * protocol names (SECURITYISH), or the security, reporting-verb, reporting-heading and contact-heading words of
 * the reader's packs in the label or among the words of the address ("/sicurezza/segnala", "[formulario de contacto]").
 */
export function looksLikeReporting(reader: Reader, href: string, label: string): boolean {
  const lowerLabel = label.toLowerCase();
  if (SECURITYISH.test(`${href.toLowerCase()} ${lowerLabel}`)) return true;
  const words = `${pathWords(href)} ${lowerLabel} `;
  return anyMatch(reader, (p) => p.security, words) || anyMatch(reader, (p) => p.contactCue, words)
    || anyMatch(reader, (p) => p.headings.reporting, words) || anyMatch(reader, (p) => p.headings.contact, words);
}

/** An http(s) link that is neither a key or media file, a guide or documentation page, nor a social profile. */
export function isPlainTarget(reader: Reader, url: string): boolean {
  const lowerUrl = url.toLowerCase();
  if (!/^https?:\/\//.test(lowerUrl) || NOT_A_CHANNEL.test(lowerUrl)) return false;
  try {
    const u = new URL(url);
    const domain = domainOf(url);
    const path = u.pathname.toLowerCase();
    return !REFERENCE_HOST.test(u.hostname.toLowerCase()) && !isReferencePath(reader, path) && !DOCUMENT_FILE.test(path) && !(domain && SOCIAL.has(domain));
  } catch {
    return false;
  }
}

/** A link to a security.txt file. */
export function isSecurityTxt(url: string): boolean {
  return SECURITY_TXT.test(url.toLowerCase());
}

const PUNCTUATION_BREAK = /[;,，、；]/;

/** True when the text has a reporting or contacting verb of the reader's packs ("report", "send", "melden"). */
export function hasContactCue(reader: Reader, text: string): boolean {
  return anyMatch(reader, (p) => p.contactCue, text);
}

/**
 * True when a reporting or contacting verb of the packs stands just before `position` (within `reach` characters,
 * in the same clause): "contact us through the [community page](…)", "schreiben Sie uns über […](…)". What such a
 * verb leads straight to is where to write, whatever the link's own words say.
 */
export function followsContactCue(reader: Reader, norm: string, position: number, reach = 40): boolean {
  const near = norm.slice(Math.max(0, position - reach), position);
  let cut = -1;
  for (let i = near.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(near[i]!)) { cut = i; break; }
  }
  return hasContactCue(reader, near.slice(cut + 1));
}
const CLAUSE_END = /[.,;:!?()，、；：。！？]/;

/** Where the last contact negation of the reader's packs in `text` ends, or -1 when there is none. */
export function lastNegationEnd(reader: Reader, text: string): number {
  let last = -1;
  for (const p of reader.packs) {
    const re = p.contactNegation;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      last = Math.max(last, m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return last;
}

/**
 * True when what stands at `position` in the sentence is inside a prohibition ("do not send reports to X"): the
 * last negation of the reader's packs before it governs a reporting verb with no clause break in between.
 */
export function isNegatedAt(reader: Reader, norm: string, position: number): boolean {
  const before = norm.slice(Math.max(0, position - 100), position);
  const last = lastNegationEnd(reader, before);
  if (last === -1) return false;
  const between = before.slice(last);
  return hasContactCue(reader, between) && !PUNCTUATION_BREAK.test(between) && !anyMatch(reader, (p) => p.clauseBreak, between);
}

/**
 * Whether a link at `position` in a sentence is a place to send reports: a reporting cue before it (or in
 * its label) and a platform or security-ish target, or a sentence that refers to the security policy.
 * References (guides, documentation, blog posts), key files, links the text passes reports on to ("we may
 * share your report with …") and links inside a prohibition are not. A security.txt link counts when the
 * sentence tells the reader to follow it; a social-network profile when the sentence invites a message or
 * the line is labelled with the network's name in a contact section.
 */
export function isChannelLink(unit: Unit, url: string, position: number, label: string): boolean {
  const lowerUrl = url.toLowerCase();
  if (!/^https?:\/\//.test(lowerUrl) || NOT_A_CHANNEL.test(lowerUrl)) return false;
  // "We may share your report with CERT": where reports go after us, not where to send them.
  if (anyMatch(unit.reader, (p) => p.passOn, unit.norm) || isNegatedAt(unit.reader, unit.norm, position)) return false;
  const before = unit.norm.slice(0, position);
  const lowerLabel = label.toLowerCase();
  if (isSecurityTxt(lowerUrl)) {
    // The words since the previous link ("Contact: <a> Canonical: <this>" lists fields of a security.txt).
    const link = before.lastIndexOf('http');
    const gap = link === -1 ? before : before.slice(link).replace(/^\S*/, '');
    // "See Expires in security.txt for how long this holds": a field of it named that is not about reaching anyone
    // (RFC 9116's names, in English whatever the language around them) points at that field, not at a channel.
    if (SECURITY_TXT_FIELD.test(gap)) return false;
    // "… follow the policy in security.txt", "see our security.txt": a pointer to where reports go.
    return anyMatch(unit.reader, (p) => p.follow, before) || REPORT_VERB.test(before) || hasContactCue(unit.reader, gap);
  }
  let host = '';
  let path = '';
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    path = u.pathname.toLowerCase();
  } catch {
    return false;
  }
  const referenceHost = REFERENCE_HOST.test(host) && !path.startsWith('/forms/');
  if (referenceHost || isReferencePath(unit.reader, path) || anyMatch(unit.reader, (p) => p.reference, lowerLabel)) return false;
  const domain = domainOf(url);
  if (domain && SOCIAL.has(domain)) return socialInvited(unit, before, label);
  if (pointsToRead(unit.reader, before, lowerLabel) && !isPlatform(url)) return false;
  // A label of words ("[security form]"; in a script without spaces any label, "[報告フォーム]"), not an address.
  const wordLabel = (/\s/.test(label.trim()) || unit.reader.packs[0]?.spaced === false) && !/[/.]\S/.test(label);
  const reporting = looksLikeReporting(unit.reader, url, label);
  if ((hasContactCue(unit.reader, before) || (wordLabel && hasContactCue(unit.reader, lowerLabel))) && (isPlatform(url) || reporting)) return true;
  // "Use our [web form] to submit a vulnerability", "[フォーム]からご報告ください", "über dieses [Formular] gemeldet": the
  // reporting verb after the link, in the same clause.
  if ((isPlatform(url) || reporting) && cueAfter(unit, position + (label.length > 0 ? label.length : url.length))) return true;
  return REFERRAL.test(unit.norm) && reporting;
}

const LEADING_COMMA = /^\s?[,，]\s?/;
const NON_WORD = /[^\p{L}']/u;

/** A reporting verb of the packs within 40 characters after `end`, before any clause break. */
function cueAfter(unit: Unit, end: number): boolean {
  let after = unit.norm.slice(end, end + 40);
  // "Nutzen Sie das [Formular], um … zu melden", "Воспользуйтесь [формой], чтобы сообщить": a comma right after the
  // link opens the purpose clause that some languages must set off by a comma; the clause after it still counts.
  // Not when a new imperative follows ("meets [our definition](…), please report it to us"): that clause is the
  // sentence's own, and the link only names what it speaks of.
  const comma = LEADING_COMMA.exec(after);
  if (comma && !unit.reader.softeners.has(after.slice(comma[0].length).split(NON_WORD, 1)[0] ?? '')) after = ' ' + after.slice(comma[0].length);
  const cut = after.search(/[.,;:!?()，、；：。！？]/);
  if (cut !== -1) after = after.slice(0, cut);
  return hasContactCue(unit.reader, after);
}

const SOCIAL_LABEL = /^(?:twitter|x|mastodon|bluesky|linkedin|telegram|keybase)(?: ?\([^)]{0,20}\))? ?:/;

function socialInvited(unit: Unit, before: string, label: string): boolean {
  if (/\b(?:tweet|dm|direct message|message us|contact|reach|report|send)\b/.test(before)) return true;
  // "Twitter: [KettleSec](…)" names an account to write to; "Twitter: [Follow us](…)" a feed to read.
  const account = label.trim() === '' || !/\s/.test(label.trim());
  return account && SOCIAL_LABEL.test(unit.norm) && (unit.heading.has('contact') || unit.heading.has('report'));
}
