import type { PhraseCategory } from './scope-pattern.ts';

// Each is a flat alternation over bounded text: no nested quantifiers, linear time.
const THIRD_PARTY = /\b(?:third[\s-]?part(?:y|ies)|3rd[\s-]?part(?:y|ies)|vendors?|suppliers?|external (?:part(?:y|ies)|providers?|services?|platforms?|hosting)|not (?:owned|operated|controlled|managed|maintained|run) by|hosted by (?:a |an )?(?:third|3rd|external|other)|service providers?|saas|derde(?:n| partij(?:en)?)|externe partij(?:en)?)\b/;
// "Closed world": statements that any asset not listed is out of scope. The subject is a quantifier
// ("any", "all", "everything") or a generic asset noun opening the phrase ("services not listed above");
// "AWS instances not listed" names a kind of system instead (NOT_LISTED below).
const ANY_NOT_LISTED = /(?:^|\b(?:any|all|every|each)(?: other)? )(?:assets?|services?|systems?|domains?|sub-?domains?|hosts?|host ?names?|applications?|apps?|websites?|sites?|targets?|properties|products?|endpoints?|servers?|resources?)(?: (?:or|and|\/) (?:assets?|services?|systems?|domains?|sub-?domains?|hosts?|applications?|websites?|sites?|targets?|products?|endpoints?|servers?))? (?:(?:that|which) (?:is|are) )?not (?:(?:expressly |explicitly |specifically )?(?:listed|mentioned|named|specified|included)|(?:on|in) (?:the|this|our) (?:(?:in[ -]scope|above|following|scope) )?list)\b/;
const ANYTHING_NOT_LISTED = /\b(?:anything|everything)(?: else)?(?: (?:that|which) is)? (?:not (?:expressly |explicitly |specifically )?(?:listed|mentioned|named|specified|included)|not (?:on|in) (?:the|this|our) (?:(?:in[ -]scope|above|following|scope) )?list|unlisted)\b|\b(?:any|all|every)(?: other)? unlisted (?:assets?|services?|systems?|domains?|sub-?domains?|hosts?|applications?|websites?|sites?|targets?)\b/;
const ONLY_LISTED = /\bonly (?:the )?(?:explicitly |expressly |specifically )?(?:listed|mentioned|named|specified|following) (?:(?:assets?|services?|systems?|domains?|sub-?domains?|hosts?|applications?|websites?|sites?|targets?|endpoints?) )?(?:above |below |here )?(?:are|is) (?:considered )?(?:in[ -]scope|eligible|covered|authori[sz]ed)|\bonly (?:the )?(?:assets?|services?|systems?|domains?|sub-?domains?|hosts?|applications?|websites?|sites?|targets?|endpoints?) (?:(?:that|which) (?:are|is) )?(?:explicitly |expressly |specifically )?(?:listed|mentioned|named|specified) (?:above |below |here |in (?:this|the) (?:policy|document|page|section|list) )?(?:are|is) (?:considered )?(?:in[ -]scope|eligible|covered|authori[sz]ed)|\bonly (?:on|against|to) (?:the )?(?:(?:above|below)[ -])?(?:listed|following) (?:assets?|services?|systems?|domains?|sub-?domains?|hosts?|applications?|websites?|sites?|targets?|endpoints?)/;
const FOREIGN_NOT_LISTED = /\b(?:alles|alle|elke|iedere?)(?: andere)? (?:(?:systemen|diensten|domeinen|subdomeinen|websites?|applicaties|assets) )?(?:(?:die|wat|dat) )?niet (?:expliciet |hierboven |hieronder )?(?:genoemd|vermeld)|\balle (?:anderen? )?nicht (?:ausdrücklich |explizit |oben )?(?:aufgeführten|genannten|gelisteten)|\b(?:tout|toute|tous les|toutes les)(?: autres?)? (?:services?|systèmes?|domaines?|sous-domaines?|actifs?|applications?|sites?) (?:non|(?:qui )?n['’](?:est|sont) pas) (?:explicitement )?(?:listée?s?|mentionnée?s?|citée?s?)/;
// "Test only in-scope systems": restates the scope, decides nothing.
const ONLY_IN_SCOPE = /\bonly (?:on |against |to |in )?(?:the )?in[ -]scope\b/;
// A kind of system excluded unless listed ("AWS instances not listed in the Scope section").
const NOT_LISTED = /\b(?:not (?:expressly |explicitly |specifically )?(?:listed|mentioned|named|specified|included)|unlisted|niet (?:genoemd|vermeld))\b/;
const SYSTEMS = /\b(?:(?:web ?)?sites?|websites?|services?|applications?|apps?|systems?|hosts?|domains?|subdomains?|servers?|instances?|infrastructure|platforms?|assets?|projects?|endpoints?|portals?|networks?|environments?|tenants?|(?:web)?shops?|stores?|diensten|systemen|omgevingen)\b/;
const ACTIVITY_OR_FLAW = /\b(?:social engineering|phishing|physical|denial|d?dos|brute|spam|attacks?|vulnerabilit(?:y|ies)|bugs?|xss|csrf|clickjacking|injection|cookies?|headers?|disclosure|spoofing|enumeration|rate limit(?:ing)?|self-xss|scanner|reports?|issues?)\b/;
// "The following systems", "services listed below": a lead-in to the list, not systems of its own.
const LIST_LEAD_IN = /\b(?:following|below|above|listed|these|hereafter|volgende|onderstaande|suivants?|ci-dessous)\b/;
const THIS_SITE = /\b(?:this|our|the present) (?:web ?)?(?:site|domain|website)\b|\bdeze (?:web)?site\b/;

/**
 * What a host-less scope phrase can do to a verdict. Conservative: only three shapes are used
 * (third-party hosting, "anything not listed" — the closed world —, "this site"); phrases naming systems
 * are caveats shown in the reasons ("marketing websites" cannot be mapped to hosts without the page
 * itself), and so are kinds of systems excluded unless listed ("AWS instances not listed"); the rest
 * (vulnerability classes, activities) says nothing about hosts. For an inclusion only "only the
 * assets listed below are in scope" closes the world ("any service not listed" cannot include anything).
 */
export function classifyScopePhrase(phrase: string, effect: 'include' | 'exclude' = 'exclude'): PhraseCategory {
  const text = phrase.slice(0, 500).toLowerCase();
  if (ONLY_LISTED.test(text)) return 'unlisted';
  if (effect === 'exclude' && (ANY_NOT_LISTED.test(text) || ANYTHING_NOT_LISTED.test(text) || FOREIGN_NOT_LISTED.test(text))) return 'unlisted';
  if (THIRD_PARTY.test(text)) return 'third_party';
  if (THIS_SITE.test(text)) return 'this_site';
  if (ACTIVITY_OR_FLAW.test(text) || ONLY_IN_SCOPE.test(text)) return 'other';
  if (effect === 'exclude' && NOT_LISTED.test(text)) return 'unlisted_kind';
  if (LIST_LEAD_IN.test(text)) return 'other';
  if (SYSTEMS.test(text)) return 'systems';
  return 'other';
}
