import type { PolicyResult } from '../schemas/policy-result.ts';
import { blankAddresses } from './blank-addresses.ts';
import type { Unit } from './build-units.ts';
import { deobfuscateEmails, emailFromHref, findEmails } from './find-emails.ts';
import { findUrls } from './find-urls.ts';
import { findWebAddresses } from './find-web-addresses.ts';
import { followsContactCue, hasContactCue, isAccountPage, isChannelLink, isChatInvite, isGitHubProfile, isNegatedAt, isOwnProgramme, lastNegationEnd, isPlatform, isPlainTarget, isProgrammePage, isReportForm, isResearcherAlias, isSecurityTxt, looksLikeReporting } from './judge-channel-link.ts';
import { judgeUnitStance } from './judge-unit-stance.ts';
import { anyMatch, type CompiledPack, type Reader } from './compile-reader.ts';

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



// A repository's issue tracker or discussions (github.com/<owner>/<name>/issues, /discussions).
const REPO_TRACKER = /^https?:\/\/(?:www\.)?github\.com\/[^/?#]+\/[^/?#]+\/(?:issues|discussions)(?:[/?#]|$)/i;

/**
 * What a reporting verb may lead straight to without saying "report" itself: a platform or form, a chat invite, a
 * repository's issues or discussions. Any other page needs words of its own (isChannelLink).
 */
function isPeerChannel(url: string): boolean {
  return isPlatform(url) || isChatInvite(url) || REPO_TRACKER.test(url);
}

/** A short stretch of words in one clause between two links ("or via our"): the second link is the first's peer. */
function joinsChannel(gap: string): boolean {
  return gap.length <= 25 && !/[.;:!?()，、；：。！？]/.test(gap);
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

const GITHUB_REPO = /^https?:\/\/github\.com\/([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})(?:[/?#]|$)/i;

/** The GitHub repository (https://github.com/owner/name) a URL lies in, or null. */
function repositoryOf(url: string | undefined): string | null {
  const m = url ? GITHUB_REPO.exec(url) : null;
  if (!m || ['orgs', 'settings', 'topics', 'features', 'about', 'security'].includes(m[1]!.toLowerCase())) return null;
  return `https://github.com/${m[1]!}/${m[2]!.replace(/\.git$/i, '')}`;
}

/** The private-reporting form of the GitHub repository the policy was published in, or null. */
function repositoryReportForm(baseUrl: string | undefined): string | null {
  const repo = repositoryOf(baseUrl);
  return repo ? `${repo}/security/advisories/new` : null;
}

// GitHub's button, named in its English UI whatever the language of the text around it.
const GITHUB_BUTTON = 'Report a vulnerability';
// The issue tracker, by GitHub's English tab name or its usual loanwords ("イシュー", "이슈").
const ISSUE = /\bissues?\b|イシュー|이슈/;
// GitHub's forum named by its product name, whatever the language around it.
const GITHUB_DISCUSSIONS = /\bgithub discussions?\b/;
// A line of a list that starts with a short label ("Website:", "ウェブサイト：") and then the link.
const ITEM_LABEL = /^\s{0,3}([^:：\n]{1,40})[:：]\s{0,3}$/u;
const PRIVATE_REPORTING = 'GitHub private vulnerability reporting';
const ADVISORIES = /^https?:\/\/github\.com\/[^/?#]+\/[^/?#]+\/security\/advisories(?:[/?#]|$)/i;
// The advisories page or the private-reporting form itself (not one advisory, GHSA-…), by its repository.
const ADVISORIES_PAGE = /^(https?:\/\/github\.com\/[^/?#]+\/[^/?#]+)\/security\/advisories(?:\/new)?\/?(?:[?#]|$)/i;
// A security.txt named by its path ("see /.well-known/security.txt").
const SECURITY_TXT_PATH = /(?:^|[^\w./-])(\/?\.well-known\/security\.txt)(?![\w/-])/;

/** Where the first match of a pack term lies in `text`, over the reader's packs, or -1. */
function firstIndex(reader: Reader, pick: (p: CompiledPack) => RegExp, text: string): number {
  let best = -1;
  for (const p of reader.packs) {
    const re = pick(p);
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (best === -1 || m.index < best)) best = m.index;
  }
  return best;
}

const CLAUSE_END = /[.,;:!?()，、；：。！？]/;
const KEY_UID = /^[\s*_`|]{0,6}uid[\s*_`]{0,6}[:：|]/i;

/**
 * "свяжитесь с сопровождающим через контакты на [site]", "reach the maintainer via the contact page of [site]": a
 * reporting verb within 60 characters before `at`, in the same clause, and after it a word that names contact
 * details (the packs' contact heading words). The link then leads to where to write, whatever its own words.
 */
function namesContactPage(reader: Reader, words: string, at: number): boolean {
  let near = words.slice(Math.max(0, at - 60), at);
  for (let i = near.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(near[i]!)) { near = near.slice(i + 1); break; }
  }
  const cue = firstIndex(reader, (p) => p.contactCue, near);
  return cue !== -1 && anyMatch(reader, (p) => p.headings.contact, near.slice(cue).replace(/^\S+/, ''));
}

/**
 * Whether, in a sentence with a negation, a clause break of the packs ("instead", "but", "stattdessen") opens a
 * clause between the last negation before `at` and `at`: what follows it is offered in place of what was forbidden.
 */
function offeredInstead(reader: Reader, norm: string, at: number): boolean {
  const before = norm.slice(0, at);
  const last = lastNegationEnd(reader, before);
  if (last === -1) return false;
  // The break opens a clause of its own: after a punctuation mark ("…, instead send"), not "do not use …".
  const rest = before.slice(last);
  const mark = rest.search(/[,;:–—，、；：]/);
  return mark !== -1 && anyMatch(reader, (p) => p.clauseBreak, rest.slice(mark + 1));
}

/** Whether `href` is the page of the chat account `handle` ("@team" → https://t.me/team). */
function linksAccount(href: string, handle: string): boolean {
  const name = handle.replace(/^@/, '').toLowerCase();
  try {
    const u = new URL(href);
    return /^https?:$/.test(u.protocol) && `${u.pathname}${u.hash}`.toLowerCase().split(/[/#@:]/).includes(name);
  } catch {
    return false;
  }
}

/** A negation of the packs within 40 characters after `at`, in the same clause (a verb-final "報告しないでください"). */
function negationAfter(reader: Reader, words: string, at: number): boolean {
  let after = words.slice(at, at + 40);
  const cut = after.search(CLAUSE_END);
  if (cut > 0) after = after.slice(0, cut);
  return firstIndex(reader, (p) => p.contactNegation, after) !== -1;
}

// Chat and messaging services by name ("reach us on Telegram", "über Discord melden", "Discord で連絡"): brand names,
// written the same in every language. A following "@handle" names the account.
const CHAT_SERVICE = /(?<![A-Za-z0-9_.@/-])(Discord|Telegram|Signal|Matrix|Slack|Keybase|WhatsApp|Threema|Zulip|Gitter|Mattermost|IRC|Intercom|WeChat|微信|KakaoTalk|카카오톡)(?![A-Za-z0-9_-]|\.\w)/g;
// A Matrix ID keeps its server ("@team:matrix.org").
const CHAT_HANDLE = /^[^.;!?，、；。！？\n]{0,20}?(@[A-Za-z0-9_][A-Za-z0-9_.-]{1,31}[A-Za-z0-9_](?::[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})?)/;

/**
 * Whether a reporting verb of the packs stands in the same clause as the stretch `start`…`end` of `words`: within 60
 * characters before it with no negation in between ("report it on Discord", not "report by e-mail and not on
 * Discord"), or within 40 after it with no negation after the verb ("Discord で連絡してください").
 */
function cueInClause(reader: Reader, words: string, start: number, end: number): boolean {
  let before = words.slice(Math.max(0, start - 60), start);
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(before[i]!)) { before = before.slice(i + 1); break; }
  }
  const cue = firstIndex(reader, (p) => p.contactCue, before);
  if (cue !== -1) return firstIndex(reader, (p) => p.contactNegation, before.slice(cue)) === -1;
  let after = words.slice(end, end + 40);
  const cut = after.search(CLAUSE_END);
  if (cut !== -1) after = after.slice(0, cut);
  return hasContactCue(reader, after) && !negationAfter(reader, words, end);
}

/** Whether the sentence that introduces a list item's list (the last of its lead-in paragraph) has a reporting verb. */
function leadHasCue(unit: Unit, byBlock: ReadonlyMap<number, readonly Unit[]>): boolean {
  const intro = unit.intro === null ? undefined : byBlock.get(unit.intro);
  const last = intro?.[intro.length - 1];
  return last !== undefined && last.kind === 'paragraph' && hasContactCue(last.reader, blankAddresses(last.norm));
}

/** Whether the block just before `unit`'s is a paragraph whose last sentence has a reporting verb and ends in a colon. */
function colonLead(units: readonly Unit[], unit: Unit): boolean {
  const i = units.indexOf(unit);
  const prev = i > 0 ? units[i - 1] : undefined;
  return prev !== undefined && prev.block === unit.block - 1 && prev.kind === 'paragraph' && /[:：]\s{0,3}$/.test(prev.text)
    && hasContactCue(prev.reader, blankAddresses(prev.norm)) && !prev.own.forbidden;
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
  // Whether the text links the repository's own form (then it stays, whatever other repositories' forms it lists).
  let formLinked = false;
  // The sentences of each block, to read a list item's lead-in.
  const byBlock = new Map<number, Unit[]>();
  // Blocks that introduce a list whose items give links (the lead-in names the ways to reach someone).
  const introducesLinks = new Set<number>();
  for (const u of units) {
    const list = byBlock.get(u.block);
    if (list) list.push(u);
    else byBlock.set(u.block, [u]);
    // A table's rows are that list too ("contact us using the details below: | Email | … | Telegram | [@team](…) |").
    if ((u.kind === 'list_item' || u.kind === 'table_row') && u.intro !== null && u.links.length > 0) introducesLinks.add(u.intro);
  }
  const add = (value: string, kind: string, quote: string, linked = false) => {
    const key = value.toLowerCase().replace(/\/$/, '');
    if (linked && value === repoForm) formLinked = true;
    if (seen.has(key) || (kind === 'email' && isResearcherAlias(value))) return;
    seen.add(key);
    out.push({ value, kind, quote });
  };
  for (const unit of units) {
    const found = out.length;
    const words = blankAddresses(unit.norm);
    const r = unit.reader;
    const cue = hasContactCue(r, words);
    const credentials = anyMatch(r, (p) => p.credentials, words) && !cue;
    // "For general enquiries: support@…": an address for something else, unless the sentence speaks of security.
    const otherPurpose = anyMatch(r, (p) => p.otherPurpose, words)
      && !anyMatch(r, (p) => p.security, words) && !anyMatch(r, (p) => p.findingClass, words) && !anyMatch(r, (p) => p.headings.reporting, words);
    // "| UID | Kettle release key <dev@…> |": the user ID of a key (a table row or line labelled UID) names whom the
    // key belongs to, not where to report.
    const keyIdentity = KEY_UID.test(unit.text);
    if (!credentials && !otherPurpose && !keyIdentity) {
      const text = deobfuscateEmails(unit.text, cue);
      const norm = text === unit.text ? unit.norm : text.toLowerCase();
      for (const e of findEmails(text)) if (!isNegatedAt(r, norm, e.start)) add(`mailto:${e.address}`, 'email', unit.text);
    }
    for (const link of unit.links) {
      const email = emailFromHref(link.href);
      if (email && !otherPurpose && !keyIdentity && !isNegatedAt(unit.reader, unit.norm, link.start)) add(`mailto:${email}`, 'email', unit.text);
    }
    const stance = judgeUnitStance(unit).stance;
    if (stance === 'ineligible') continue;
    // Under a reporting or contact heading (in any pack's words) a platform, form or chat link is a channel.
    const outOfScope = unit.heading.has('out_scope');
    const reportingSection = unit.heading.has('report') || unit.heading.has('contact') || unit.lead.has('contact') || unit.label.has('contact');
    // "Contact form: <link>", "Kontakt: <link>": a line labelled as a contact.
    const labelled = unit.label.has('contact');
    // Only the first link after such a label ("Contact: <a> Canonical: <b>" lists fields, not channels).
    const urls = findUrls(unit.text);
    let firstAt = Infinity;
    for (const l of unit.links) firstAt = Math.min(firstAt, l.start);
    for (const u of urls) firstAt = Math.min(firstAt, u.start);
    // "Do not file a public issue; instead send it privately to @name in our [Discord](…)": in a prohibition, a link
    // after a clause break of the packs that follows the last negation is the alternative the sentence offers.
    const open = (at: number) => !isNegatedAt(unit.reader, unit.norm, at) && (!unit.own.forbidden || offeredInstead(r, unit.norm, at));
    // "We may forward your report to …": where reports go after us, not where to send them.
    const passedOn = anyMatch(r, (p) => p.passOn, unit.norm);
    // A link a reporting verb leads straight to ("contact us through the [board](…)"), outside an out-of-scope section.
    // Not when the sentence sends other bugs there ("file a feature request instead at …/issues").
    const led = (at: number) => !outOfScope && !passedOn && followsContactCue(r, words, at, 60) && !anyMatch(r, (p) => p.otherBugs, words);
    // "- Website: <link>" as an item of a list under a reporting heading or lead-in ("report to the contacts below"):
    // a labelled line of the ways to report, whatever the label says (unless it names documentation). A contact
    // heading alone is not enough: its lists often name social feeds and community pages.
    const reportList = unit.kind === 'list_item' && (unit.heading.has('report') || unit.lead.has('report') || unit.lead.has('contact'));
    const itemLabel = reportList && firstAt !== Infinity ? ITEM_LABEL.exec(unit.norm.slice(0, firstAt)) : null;
    const labelledItem = itemLabel !== null && !anyMatch(r, (p) => p.reference, itemLabel[1]!);
    // "Contact the maintainers through their GitHub profiles. - [@name](https://github.com/name)": an item of a list
    // whose lead-in sentence has a reporting verb.
    const leadInvites = unit.kind === 'list_item' && !outOfScope && leadHasCue(unit, byBlock);
    // A paragraph that is only one link, after a paragraph whose last sentence has a reporting verb and ends in a colon.
    const bareLine = unit.kind === 'paragraph' && unit.first && !outOfScope && !passedOn && !otherPurpose
      && urls.length + unit.links.length >= 1 && /^\S{1,300}$/.test(unit.text.trim()) && colonLead(units, unit);
    // "For sales, use our [contact form](…)": a link for something else is no channel either.
    const channel = (url: string, at: number, label: string) => !otherPurpose && !isAccountPage(url) && (isChannelLink(unit, url, at, label)
      // A programme's page on a platform, a report form; a platform or chat link in a reporting section.
      || ((isReportForm(url) || (isProgrammePage(url) && (isOwnProgramme(url, baseUrl) || reportingSection))
        || ((isProgramme(url) || isChatInvite(url)) && reportingSection)
        // "## Our bounties  - Gitcoin: <link>": a programme listed under a rewards heading is where its reports go.
        || (isProgramme(url) && unit.heading.has('reward') && unit.kind === 'list_item')) && open(at))
      || ((labelled || labelledItem) && at === firstAt && isPlainTarget(r, url) && open(at))
      // "Reporting guidelines: - File a report through our desk at <link>": in an item of a list of how to report,
      // the first link a reporting verb leads straight to.
      || (reportList && at === firstAt && led(at) && isPlainTarget(r, url) && !anyMatch(r, (p) => p.reference, label.toLowerCase()) && open(at))
      // "If you found a vulnerability, disclose it here:" and then a line that is only the link.
      || (bareLine && isPlainTarget(r, url))
      // "… or contact us through the [community page](…)": the link a reporting verb leads straight to.
      // Not under an out-of-scope heading: "report it to the upstream project" names another party's channel.
      || (led(at) && isPeerChannel(url) && !anyMatch(r, (p) => p.reference, label.toLowerCase()) && open(at))
      // "… via the contact details on [kettle.dev](…)": a page a reporting verb leads to as the place of contact details.
      || (!outOfScope && !passedOn && namesContactPage(r, words, at) && isPlainTarget(r, url) && !anyMatch(r, (p) => p.reference, label.toLowerCase()) && open(at))
      // "… or contact the maintainer [directly](https://github.com/name)": a maintainer's profile.
      || (isGitHubProfile(url) && (hasContactCue(r, words.slice(0, at)) || leadInvites) && open(at)));
    // Where the last link taken as a channel ends: "via our [tracker](…) or via our [chat](…)" names two channels.
    let channelEnd = -1;
    for (const link of unit.links) {
      // A relative link counts when it says by itself that it is about reporting (its path or its label).
      const relative = !/^[a-z][a-z0-9+.-]*:/i.test(link.href);
      const href = trimUrl(resolveHref(link.href, baseUrl));
      if (relative && !looksLikeReporting(r, link.href, link.text) && (!led(link.start) || !isPeerChannel(href))) continue;
      const joined = channelEnd !== -1 && !passedOn && link.start >= channelEnd && joinsChannel(words.slice(channelEnd, link.start))
        && isPeerChannel(href) && !anyMatch(r, (p) => p.reference, link.text.toLowerCase()) && open(link.start);
      if (channel(href, link.start, link.text) || joined) {
        add(href, linkKind(href), unit.text, true);
        channelEnd = link.end;
      }
      const shown = trimUrl(link.text);
      if (/^https?:\/\/\S+$/i.test(shown) && shown !== href && channel(shown, link.start, shown)) add(shown, linkKind(shown), unit.text, true);
    }
    for (const u of urls) {
      if (channel(u.url, u.start, '')) add(u.url, linkKind(u.url), unit.text, true);
    }
    // "Send an encrypted message to `flowcrypt.example/me/team`": an address written without a scheme (no link)
    // right after a reporting verb, in the same clause.
    for (const w of findWebAddresses(unit.text)) {
      if (unit.links.some((l) => w.start < l.end && l.start < w.end)) continue;
      if (followsContactCue(r, words, w.start, 60) && !passedOn && open(w.start) && isPlainTarget(r, w.url) && !isAccountPage(w.url)) add(w.url, linkKind(w.url), unit.text);
    }
    // GitHub's private vulnerability reporting named in prose: in a repository's own SECURITY.md it means that
    // repository's form, even when the word GitHub is not written. Its button ("Report a vulnerability", in
    // GitHub's English inside a text in another language) names it too; so does an item of a list introduced
    // as the ways to report ("Use the following channel: - GitHub Security Advisory").
    // "Send a message to the repo maintainer": the maintainers as the addressee of a report (after a reporting
    // verb), when the sentence gives no address or link and does not introduce a list of ways to reach them.
    const cueAt = cue ? firstIndex(r, (p) => p.contactCue, words) : -1;
    const maintainerAt = cueAt === -1 ? -1 : firstIndex(r, (p) => p.maintainer, words);
    // "メンテナへ報告", "мейнтейнеру сообщите": the maintainers in the form of whom a report goes to, on either side of
    // the verb, unless a negation of the packs follows in the same clause ("メンテナへ報告しないで").
    const addresseeAt = cueAt === -1 ? -1 : firstIndex(r, (p) => p.addressee, words);
    const addressed = addresseeAt !== -1 && !negationAfter(r, words, Math.max(addresseeAt, cueAt));
    const leadsList = /[:：]\s*$/.test(unit.text) || (introducesLinks.has(unit.block) && byBlock.get(unit.block)?.at(-1) === unit);
    const toMaintainer = (maintainerAt > cueAt || addressed) && open(Math.max(maintainerAt, addresseeAt)) && !outOfScope && !leadsList;
    const button = unit.text.indexOf(GITHUB_BUTTON);
    const pressed = button > 0 || (button === 0 && unit.lang !== 'en');
    const listed = unit.kind === 'list_item' && (unit.lead.has('report') || unit.lead.has('contact') || unit.heading.has('report'));
    // Named with a reporting verb, as an item of a list of ways to report, under a reporting heading, or after "use"
    // ("Bu deponun güvenlik sekmesindeki GitHub özel güvenlik açığı bildirimini kullanın").
    const invited = cue || listed || reportingSection || anyMatch(r, (p) => p.follow, words);
    // "Report it privately to security@…": a sentence that gives its own address names that address, not GitHub's form.
    const ownAddress = out.length > found && !/github/.test(words);
    let privateNamed = false;
    if ((pressed || (anyMatch(r, (p) => p.privateReporting, words) && invited)) && !unit.own.forbidden && (repoForm || /github/.test(words))
      && !(toMaintainer && !/github/.test(words)) && !ownAddress) {
      // "See [Security Advisories](…/security/advisories)": the sentence's own link to an advisories page is the channel.
      const own = unit.links.map((l) => trimUrl(resolveHref(l.href, baseUrl))).find((h) => ADVISORIES.test(h));
      if (own) add(own, 'platform', unit.text, true);
      else if (repoForm) add(repoForm, 'platform', unit.text);
      else add(PRIVATE_REPORTING, 'platform', unit.text);
      privateNamed = true;
    }
    // "Report vulnerabilities as (public) issues in this repository": the issue tracker as a channel, when the
    // sentence speaks of security and neither forbids it nor sends only other bugs there.
    const issue = ISSUE.exec(words);
    const aboutSecurity = anyMatch(r, (p) => p.security, words) || /vulnerab/.test(words);
    // "If it is not a security problem, open a regular issue" (the packs' `otherBugs`): the tracker for other bugs.
    if (issue && cue && aboutSecurity && open(issue.index) && !anyMatch(r, (p) => p.otherBugs, words)) {
      const linked = unit.links.map((l) => repositoryOf(l.href)).find((x) => x !== null) ?? urls.map((u) => repositoryOf(u.url)).find((x) => x !== null);
      const repo = repositoryOf(baseUrl);
      // A link of the sentence already taken inside that repository (its new-issue form) is the channel itself.
      const taken = linked !== undefined && out.slice(found).some((c) => c.value.toLowerCase().startsWith(`${linked.toLowerCase()}/`));
      if (linked && !taken) add(linked, 'web', unit.text);
      // "To report a security issue, use GitHub's private reporting": a sentence that sends reports to the private
      // form uses the word for the problem, not for the tracker (a linked tracker above still counts).
      else if (repo && /github/.test(words) && !privateNamed && !out.slice(found).some((c) => ADVISORIES.test(c.value))) add(`${repo}/issues`, 'web', unit.text);
    }
    // "… or contact us through GitHub Discussions": the repository's discussions named by the product's name.
    const discussions = GITHUB_DISCUSSIONS.exec(words);
    const repository = repositoryOf(baseUrl);
    if (discussions && repository && !otherPurpose && !passedOn && !outOfScope && open(discussions.index)
      && cueInClause(r, words, discussions.index, discussions.index + discussions[0].length) && !anyMatch(r, (p) => p.otherBugs, words)) {
      add(`${repository}/discussions`, 'web', unit.text);
    }
    // A security.txt named by its path in a reporting section or after a reporting verb.
    const txt = SECURITY_TXT_PATH.exec(unit.text);
    if (txt && (cue || reportingSection) && open(txt.index)) {
      const path = `/${txt[1]!.replace(/^\//, '')}`;
      let value = path;
      try {
        if (baseUrl) value = new URL(path, baseUrl).href;
      } catch {
        value = path;
      }
      add(value, 'security_txt', unit.text);
    }
    // "… or reach the core team on Telegram (@kettle_core)": a chat service named as a way to reach us, not linked.
    if (!credentials && !otherPurpose && !passedOn && !outOfScope && !anyMatch(r, (p) => p.otherBugs, words)) {
      CHAT_SERVICE.lastIndex = 0;
      for (let m = CHAT_SERVICE.exec(unit.text); m !== null; m = CHAT_SERVICE.exec(unit.text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (unit.links.some((l) => start < l.end && l.start < end) || !open(start) || !cueInClause(r, words, start, end)) continue;
        const account = CHAT_HANDLE.exec(unit.text.slice(end))?.[1];
        // "… in Telegram | [@team](https://t.me/team)": the account is linked, and the link is the channel.
        if (account && unit.links.some((l) => linksAccount(l.href, account))) continue;
        add(account ? `${m[1]!} ${account}` : m[1]!, 'chat', unit.text);
      }
    }
    if (toMaintainer && out.length === found && findEmails(unit.text).length === 0 && unit.links.every((l) => !/^(?:https?|mailto):/i.test(l.href))) {
      // The packs' addressee forms name the repository's owner too ("저장소 소유자에게", "власникам репозиторію"): a
      // sentence with no maintainer word names the owner.
      const owner = maintainerAt === -1 && firstIndex(r, (p) => p.maintainer, words) === -1;
      add(owner ? 'message to the repository owner' : 'message to a maintainer', 'maintainer', unit.text);
    }
    const handle = tweetHandle(unit.norm);
    if (handle) add(handle, 'web', unit.text);
    if (anyMatch(unit.reader, (p) => p.inPerson, unit.norm) && anyMatch(unit.reader, (p) => p.inPersonVerb, unit.norm)) add('in person', 'in_person', unit.text);
    for (const p of unit.reader.packs) {
      const phone = p.phone.exec(unit.norm);
      if (phone) { add(`tel:${phone[1]!.replace(/[^\d+]/g, '')}`, 'phone', unit.text); break; }
    }
  }
  // The repository's form given for prose is the same channel as a link to that repository's advisories, or to
  // another repository's (the project moved: the text links where it reports now).
  const form = out.findIndex((c) => c.value === repoForm);
  const base = repoForm?.replace(/\/new$/, '').toLowerCase();
  if (form !== -1 && !formLinked && out.some((c, i) => i !== form && (c.value.toLowerCase().startsWith(base!) || ADVISORIES.test(c.value)))) out.splice(form, 1);
  // A repository's advisories page and its form ("…/security/advisories", "…/security/advisories/new") both linked
  // are one channel, GitHub's private reporting: the first named stays.
  const pages = new Set<string>();
  const kept = out.filter((c) => {
    const page = ADVISORIES_PAGE.exec(c.value)?.[1]?.toLowerCase();
    if (page === undefined) return true;
    if (pages.has(page)) return false;
    pages.add(page);
    return true;
  });
  out.splice(0, out.length, ...kept);
  // So is GitHub's reporting named without a repository when the text links a repository's advisories page.
  const named = out.findIndex((c) => c.value === PRIVATE_REPORTING);
  if (named !== -1 && out.some((c) => ADVISORIES.test(c.value))) out.splice(named, 1);
  return out;
}
