import type { PolicyResult } from '../schemas/policy-result.ts';
import { blankAddresses } from './blank-addresses.ts';
import type { Unit } from './build-units.ts';
import { deobfuscateEmails, emailFromHref, findEmails } from './find-emails.ts';
import { findUrls } from './find-urls.ts';
import { hasContactCue, isChannelLink, isChatInvite, isNegatedAt, isPlatform, isReportForm, isSecurityTxt, looksLikeReporting } from './judge-channel-link.ts';
import { judgeUnitStance } from './judge-unit-stance.ts';
import { anyMatch } from './compile-reader.ts';

type Contact = PolicyResult['contacts'][number];

// "Tweet at us @handle", "DM us on Twitter: @handle": a Twitter/X account named by its handle.
const TWEET_CUE = /\b(?:tweet|dm|direct message|message)/g;
const TWEET_HANDLE = /^\w{0,10}(?: (?:at|to))?(?: (?:us|me))?(?: on (?:twitter|x))?:? ?@([a-z0-9_]{1,15})(?![a-z0-9_])/;

/** The Twitter/X account a sentence invites a message to ("tweet at us @handle"), as a profile URL, or null. */
function tweetHandle(norm: string): string | null {
  TWEET_CUE.lastIndex = 0;
  for (let m = TWEET_CUE.exec(norm); m !== null; m = TWEET_CUE.exec(norm)) {
    const after = norm.slice(m.index + m[0].length, m.index + m[0].length + 60).replace(/\s+/g, ' ');
    const h = TWEET_HANDLE.exec(after);
    if (h) return `https://twitter.com/${h[1]!}`;
  }
  return null;
}



function trimUrl(url: string): string {
  let u = url.trim();
  while (u.length > 8 && '.,;:!?'.includes(u[u.length - 1]!)) u = u.slice(0, -1);
  return u;
}

function linkKind(url: string): string {
  return isChatInvite(url) ? 'chat' : isPlatform(url) ? 'platform' : isSecurityTxt(url.toLowerCase()) ? 'security_txt' : 'web';
}

/** `href` resolved against the policy's address ("/security/report" → https://example.com/security/report). */
function resolveHref(href: string, baseUrl: string | undefined): string {
  // An address written as a link without mailto: is not a path.
  if (!baseUrl || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || /^[^/]*@/.test(href)) return href;
  try {
    return new URL(href, baseUrl).href;
  } catch {
    return href;
  }
}

// A platform page that is not a programme: account settings, hacktivity, write-ups, documentation.
const NOT_A_PROGRAMME = /\/(?:settings|users|hacktivity|reports\/\d|blog|docs?|resources|leaderboard)(?:[/?#]|$)/i;

/** A link to a bug-bounty platform programme (not to its settings, write-ups or documentation). */
function isProgramme(url: string): boolean {
  return isPlatform(url) && !NOT_A_PROGRAMME.test(url);
}

/** The private-reporting form of the GitHub repository the policy was published in, or null. */
function repositoryReportForm(baseUrl: string | undefined): string | null {
  const m = baseUrl ? /^https?:\/\/github\.com\/([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})(?:[/?#]|$)/i.exec(baseUrl) : null;
  if (!m || ['orgs', 'settings', 'topics', 'features', 'about', 'security'].includes(m[1]!.toLowerCase())) return null;
  return `https://github.com/${m[1]!}/${m[2]!.replace(/\.git$/i, '')}/security/advisories/new`;
}

/**
 * Where to report: e-mail addresses (as mailto:, also written "x @ y.com", "x [at] y [dot] com" or, after
 * a reporting verb, "x at y dot com"), report forms and platform programmes named as the place to report,
 * a security.txt to follow, a Twitter account to message, in-person and phone channels; each with the
 * sentence it came from, in document order, once. Addresses inside a prohibition ("do not send reports
 * to …") and addresses for other purposes (press, sales) are not channels.
 */
export function extractContacts(units: readonly Unit[], baseUrl?: string): PolicyResult['contacts'] {
  const repoForm = repositoryReportForm(baseUrl);
  const out: Contact[] = [];
  const seen = new Set<string>();
  const add = (value: string, kind: string, quote: string) => {
    const key = value.toLowerCase().replace(/\/$/, '');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ value, kind, quote });
  };
  for (const unit of units) {
    const words = blankAddresses(unit.norm);
    const r = unit.reader;
    const cue = hasContactCue(r, words);
    const credentials = anyMatch(r, (p) => p.credentials, words) && !cue;
    // "For general enquiries: support@…": an address for something else, unless the sentence speaks of security.
    const otherPurpose = anyMatch(r, (p) => p.otherPurpose, words)
      && !anyMatch(r, (p) => p.security, words) && !anyMatch(r, (p) => p.findingClass, words) && !anyMatch(r, (p) => p.headings.reporting, words);
    if (!credentials && !otherPurpose) {
      const text = deobfuscateEmails(unit.text, cue);
      const norm = text === unit.text ? unit.norm : text.toLowerCase();
      for (const e of findEmails(text)) if (!isNegatedAt(r, norm, e.start)) add(`mailto:${e.address}`, 'email', unit.text);
    }
    for (const link of unit.links) {
      const email = emailFromHref(link.href);
      if (email && !otherPurpose && !isNegatedAt(unit.reader, unit.norm, link.start)) add(`mailto:${email}`, 'email', unit.text);
    }
    const stance = judgeUnitStance(unit).stance;
    if (stance === 'ineligible') continue;
    // Under a reporting or contact heading (in any pack's words) a platform, form or chat link is a channel.
    const reportingSection = unit.heading.has('report') || unit.heading.has('contact') || unit.lead.has('contact') || unit.label.has('contact');
    const channel = (url: string, at: number, label: string) => isChannelLink(unit, url, at, label)
      || ((isReportForm(url) || ((isProgramme(url) || isChatInvite(url)) && reportingSection)) && !isNegatedAt(unit.reader, unit.norm, at) && !unit.own.forbidden);
    for (const link of unit.links) {
      // A relative link counts when it says by itself that it is about reporting (its path or its label).
      const relative = !/^[a-z][a-z0-9+.-]*:/i.test(link.href);
      const href = trimUrl(resolveHref(link.href, baseUrl));
      if (relative && !looksLikeReporting(`${link.href} ${link.text}`)) continue;
      if (channel(href, link.start, link.text)) add(href, linkKind(href), unit.text);
      const shown = trimUrl(link.text);
      if (/^https?:\/\/\S+$/i.test(shown) && shown !== href && channel(shown, link.start, shown)) add(shown, linkKind(shown), unit.text);
    }
    for (const u of findUrls(unit.text)) {
      if (channel(u.url, u.start, '')) add(u.url, linkKind(u.url), unit.text);
    }
    // GitHub's private vulnerability reporting named in prose: in a repository's own SECURITY.md it means that
    // repository's form, even when the word GitHub is not written.
    if (anyMatch(unit.reader, (p) => p.privateReporting, words) && hasContactCue(unit.reader, words) && !unit.own.forbidden && (repoForm || /\bgithub\b/.test(words))) {
      if (repoForm) add(repoForm, 'platform', unit.text);
      else add('GitHub private vulnerability reporting', 'platform', unit.text);
    }
    const handle = tweetHandle(unit.norm);
    if (handle) add(handle, 'web', unit.text);
    if (anyMatch(unit.reader, (p) => p.inPerson, unit.norm) && anyMatch(unit.reader, (p) => p.inPersonVerb, unit.norm)) add('in person', 'in_person', unit.text);
    for (const p of unit.reader.packs) {
      const phone = p.phone.exec(unit.norm);
      if (phone) { add(`tel:${phone[1]!.replace(/[^\d+]/g, '')}`, 'phone', unit.text); break; }
    }
  }
  return out;
}
