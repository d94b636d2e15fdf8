import type { PhraseCategory } from './scope-pattern.ts';

// Each is a flat alternation over bounded text: no nested quantifiers, linear time.
const THIRD_PARTY = /\b(?:third[\s-]?part(?:y|ies)|3rd[\s-]?part(?:y|ies)|vendors?|suppliers?|external (?:part(?:y|ies)|providers?|services?|platforms?|hosting)|not (?:owned|operated|controlled|managed|maintained|run) by|hosted by (?:a |an )?(?:third|3rd|external|other)|service providers?|saas|derde(?:n| partij(?:en)?)|externe partij(?:en)?)\b/;
const UNLISTED = /\b(?:not (?:expressly |explicitly |specifically )?(?:listed|mentioned|named|specified|included)(?: above| here| in (?:the|this) (?:list|policy|scope))?|unlisted|only (?:on |against )?(?:the )?(?:listed|above|in-scope|in scope)|niet (?:genoemd|vermeld))\b/;
const SYSTEMS = /\b(?:(?:web ?)?sites?|websites?|services?|applications?|apps?|systems?|hosts?|domains?|subdomains?|servers?|instances?|infrastructure|platforms?|assets?|projects?|endpoints?|portals?|networks?|environments?|tenants?|(?:web)?shops?|stores?|diensten|systemen|omgevingen)\b/;
const ACTIVITY_OR_FLAW = /\b(?:social engineering|phishing|physical|denial|d?dos|brute|spam|attacks?|vulnerabilit(?:y|ies)|bugs?|xss|csrf|clickjacking|injection|cookies?|headers?|disclosure|spoofing|enumeration|rate limit(?:ing)?|self-xss|scanner|reports?|issues?)\b/;
// "The following systems", "services listed below": a lead-in to the list, not systems of its own.
const LIST_LEAD_IN = /\b(?:following|below|above|listed|these|hereafter|volgende|onderstaande|suivants?|ci-dessous)\b/;
const THIS_SITE = /\b(?:this|our|the present) (?:web ?)?(?:site|domain|website)\b|\bdeze (?:web)?site\b/;

/**
 * What a host-less scope phrase can do to a verdict. Conservative: only three shapes are used
 * (third-party hosting, "anything not listed", "this site"); phrases naming systems are caveats shown
 * in the reasons ("marketing websites" cannot be mapped to hosts without the page itself); the rest
 * (vulnerability classes, activities) says nothing about hosts.
 */
export function classifyScopePhrase(phrase: string): PhraseCategory {
  const text = phrase.slice(0, 500).toLowerCase();
  if (UNLISTED.test(text)) return 'unlisted';
  if (THIRD_PARTY.test(text)) return 'third_party';
  if (THIS_SITE.test(text)) return 'this_site';
  if (ACTIVITY_OR_FLAW.test(text) || LIST_LEAD_IN.test(text)) return 'other';
  if (SYSTEMS.test(text)) return 'systems';
  return 'other';
}
