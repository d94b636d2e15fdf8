import type { ReportFieldId } from '../schemas/policy-result.ts';

// What a report should contain, by taxonomy id (EN, DE, NL, FR), over lower-cased text.
const FIELD_PATTERNS: ReadonlyArray<[ReportFieldId, RegExp]> = [
  ['description', /\bdescri(?:be|ption|bing)\b|\btype of (?:the )?(?:issue|vulnerability|bug)\b|\b(?:vulnerability|technical|bug) details\b|\bsummary\b|\bnature of the (?:issue|vulnerability)\b|\bwhat the (?:vulnerability|issue) is\b|\btype (?:de |du )?(?:problème|vulnérabilité|faille)\b|\bsoort (?:probleem|kwetsbaarheid)\b|\bart der schwachstelle\b|\bomschrijving\b|\bbeschrijving\b|\bbeschreibung\b|\bbeschreiben\b|\bdécri(?:re|vez|ption)\b/],
  ['location_url', /\burls?\b|\buris?\b|\bip[- ]?(?:address|adres|adresse)\b|\bendpoints?\b|\blocation\b|\bpaths?\b|\bwhere (?:it|the vulnerability|they|you) (?:was |were |is )?(?:discovered|found|located)\b|\bwhere it was discovered\b|\baffected (?:source code|hosts?|assets?|systems?|urls?|components?|pages?|domains?|resources?|products?|services?)\b|\bdomain names?\b|\bhostnames?\b|\b(?:website|web ?page|page|site|system|host|service)s?\b[^.;]{0,20}\bwhere\b|\bwhere the vulnerability (?:can be|was|is) (?:observed|found|located)\b|\bfundstelle\b|\bemplacement\b|\bendroit\b|\bchemins?\b|\blocatie\b|\bvindplaats\b/],
  ['impact', /\bimpact\b|\bseverity\b|\bconsequences?\b|\bhow an attacker (?:might|could|would|can) exploit\b|\bauswirkung|\bgevolgen\b|\bimpacto\b|\brépercussion|\bconséquence|\bgravité(?![a-zà-ÿ])/],
  ['reproduction_steps', /\breproduc|\breconstruct|\breprodukt|\bsteps\b|\bstep[- ]by[- ]step\b|\breproduz|\breproduceren\b|\breproduire\b|\bschritte\b|\bstappen\b|(?<![a-zà-ÿ])étapes\b/],
  ['proof_of_concept', /\bproof[- ]of[- ](?:concepts?|exploit\w*)\b|\bpocs?\b|\bexploit code\b|\bscreenshots?\b|\bscreen (?:captures?|recordings?)\b|\bvideos?\b|\bscripts?\b|\bdemonstrat|\bbeweis|\bpreuves? de concept\b|\bdémonstrations? de faisabilité\b|\bcaptures? d'écran\b|\bschermafbeelding/],
  ['reporter_name', /\byour (?:full |real )?name\b|\bname (?:for|to be) (?:credit|recogni)|\bhandle\b|\bhow you (?:would like|want) to be credited\b|\bje naam\b|\buw naam\b|\bihr(?:en)? namen?\b|\bvotre nom\b|\bpseudonym/],
  ['contact_info', /\bcontact (?:details|information|info)\b|\bcontactgegevens\b|\bkontaktdaten\b|\bcoordonnées\b|\be-?mail ?(?:address|adres|adresse)\b|\bphone(?: number)?\b|\btelefoonnummer\b|\btelefonnummer\b|\bhow (?:we can|to) (?:reach|contact) you\b/],
  ['environment', /\bversions?\b|\bconfiguration\b|\benvironment\b|\bbrowsers?\b|\boperating system\b|\bplatform\b|\bsetup\b|\bumgebung\b|\bversie\b|\bomgeving\b|\bconfiguratie\b/],
];

/** Report-field ids whose vocabulary occurs in a lower-cased sentence (never 'other'). */
export function matchReportFields(norm: string): ReportFieldId[] {
  const text = norm.length > 2000 ? norm.slice(0, 2000) : norm;
  return FIELD_PATTERNS.filter(([, re]) => re.test(text)).map(([id]) => id);
}
