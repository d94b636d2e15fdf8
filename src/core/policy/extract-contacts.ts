import { parse } from 'tldts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import type { Unit } from './build-units.ts';
import { deobfuscateEmails, emailFromHref, findEmails } from './find-emails.ts';
import { findUrls } from './find-urls.ts';
import { judgeUnitStance } from './judge-unit-stance.ts';

type Contact = PolicyResult['contacts'][number];

/** Bug-bounty and report-form platforms: a link to one of them next to "report" is a reporting channel. */
const PLATFORMS = new Set(['hackerone.com', 'bugcrowd.com', 'intigriti.com', 'intigriti.me', 'yeswehack.com',
  'hackenproof.com', 'zerocopter.com', 'federacy.com', 'huntr.dev', 'huntr.com', 'openbugbounty.org',
  'immunefi.com', 'synack.com', 'cobalt.io', 'yogosha.com', 'responsibledisclosure.com', 'bugbounty.ch',
  'forms.gle', 'typeform.com', 'jotform.com', 'forms.office.com', 'huntr.io', 'securitytxt.org']);

const CUE = /\b(?:report|reported|reporting|reports|submit|submitted|submission|send|sent|e-?mail|mail|contact|contacting|reach|notify|file|escalate|write to|get in touch|disclose it|melden|meld|mailen|contacteer|stuur|kontaktier\w*|senden|schreiben|signaler|signalez|contactez|envoyez|écrivez)\b|\bcontact:/;
const REFERRAL = /\b(?:security|disclosure|vulnerability|reporting)\s+(?:\w+\s+){0,2}polic(?:y|ies)\b[^.]{0,80}\b(?:see|refer|visit|found|available|read)\b|\b(?:see|refer to|visit|found at|available at|read)\b[^.]{0,80}\b(?:security|disclosure|vulnerability)\s+polic/;
const SECURITYISH = /report|submit|security|vulnerab|disclos|bount|\bcve\b|\/cve|psirt|\bcert\b|advisor|\bforms?\b|contact|melden|meldung|signal|responsible|\bvdp\b|hackerone|bugcrowd|intigriti|yeswehack/;
const NOT_A_CHANNEL = /\.(?:asc|gpg|pgp|key|pub|png|jpe?g|gif|svg|css|js|pdf|zip)(?:[?#]|$)|security\.txt(?:[?#]|$)|\/(?:pgp|gpg)(?:[-_.]?key)?\b|publickey|public-key|openpgpkey/;
const IN_PERSON = /\bin person\b|\bin-person\b|\bface[- ]to[- ]face\b|\bat (?:a|one of our|our) (?:meeting|meetup|event)s?\b|\bpersoonlijk\b|\bpersönlich\b|\ben personne\b/;
const IN_PERSON_CUE = /\b(?:report|demo|show|tell|find|contact|reach|meet|melden|spreek|zeigen)\w*\b/;
const PHONE = /\b(?:phone|telephone|tel\.?|call us|bel ons|telefon|téléphone)\b[^.;\d+]{0,30}(\+?\d[\d ()./-]{6,20}\d)/;

// "For general enquiries: support@…": an address for something else.
const OTHER_PURPOSE = /\b(?:general (?:enquir|inquir|question)\w*|sales|press|media (?:enquir|inquir)\w*|billing|careers|jobs|customer (?:service|support)|other (?:questions|enquiries|inquiries|matters))\b/;
const SECURITY_WORD = /securit|vulnerab|report|disclos|kwetsba|sicherheit|schwachstell|vulnérab/;
const CREDENTIALS = /\b(?:identifiants?|credentials?|login|username|user ?name|password|passwort|wachtwoord|mot de passe|test accounts?)\b/;
const SEE_HERE = /\b(?:see|siehe|zie|voir)\b[^.]{0,20}$/;
// "(see [here](…))": a pointer to documentation, not a place to report.
const GENERIC_LABEL = /^(?:here|hier|ici|this|this page|link|docs|documentation|more|details)$/;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function isPlatform(url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  const domain = parse(host).domain ?? host;
  if (PLATFORMS.has(host) || PLATFORMS.has(domain)) return true;
  if (domain === 'google.com' && /\/forms\//.test(url)) return true;
  return domain === 'github.com' && /\/security\/advisories\/new\b/.test(url);
}

/** Whether a URL at `position` in the sentence is a place to send reports to. */
function isChannel(unit: Unit, url: string, position: number, label: string): boolean {
  const lowerUrl = url.toLowerCase();
  if (!/^https?:\/\//.test(lowerUrl) || NOT_A_CHANNEL.test(lowerUrl)) return false;
  const before = unit.norm.slice(0, position);
  const signals = `${lowerUrl} ${label.toLowerCase()}`;
  if (SEE_HERE.test(before) && GENERIC_LABEL.test(label.trim().toLowerCase()) && !isPlatform(url)) return false;
  const wordLabel = /\s/.test(label.trim()) && !/[/.]\S/.test(label);
  if ((CUE.test(before) || (wordLabel && CUE.test(label.toLowerCase()))) && (isPlatform(url) || SECURITYISH.test(signals))) return true;
  return REFERRAL.test(unit.norm) && SECURITYISH.test(signals);
}

/**
 * Where to report: e-mail addresses (as mailto:), report forms and platform programmes named as the place
 * to report, in-person and phone channels; each with the sentence it came from, in document order, once.
 */
export function extractContacts(units: readonly Unit[]): PolicyResult['contacts'] {
  const out: Contact[] = [];
  const seen = new Set<string>();
  const add = (value: string, kind: string, quote: string) => {
    const key = value.toLowerCase().replace(/\/$/, '');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ value, kind, quote });
  };
  for (const unit of units) {
    const credentials = CREDENTIALS.test(unit.norm) && !CUE.test(unit.norm);
    const otherPurpose = OTHER_PURPOSE.test(unit.norm) && !SECURITY_WORD.test(unit.norm);
    if (!credentials && !otherPurpose) for (const e of findEmails(deobfuscateEmails(unit.text))) add(`mailto:${e.address}`, 'email', unit.text);
    for (const link of unit.links) {
      const email = emailFromHref(link.href);
      if (email) add(`mailto:${email}`, 'email', unit.text);
    }
    const stance = judgeUnitStance(unit).stance;
    if (stance === 'ineligible') continue;
    for (const link of unit.links) {
      const href = link.href.trim();
      if (isChannel(unit, href, link.start, link.text)) add(href, isPlatform(href) ? 'platform' : 'web', unit.text);
      const shown = link.text.trim();
      if (/^https?:\/\/\S+$/i.test(shown) && shown !== href && isChannel(unit, shown, link.start, shown)) {
        add(shown, isPlatform(shown) ? 'platform' : 'web', unit.text);
      }
    }
    for (const u of findUrls(unit.text)) {
      if (isChannel(unit, u.url, u.start, '')) add(u.url, isPlatform(u.url) ? 'platform' : 'web', unit.text);
    }
    if (IN_PERSON.test(unit.norm) && IN_PERSON_CUE.test(unit.norm)) add('in person', 'in_person', unit.text);
    const phone = PHONE.exec(unit.norm);
    if (phone) add(`tel:${phone[1]!.replace(/[^\d+]/g, '')}`, 'phone', unit.text);
  }
  return out;
}
