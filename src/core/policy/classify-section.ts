import { detectPolarity } from './detect-polarity.ts';

/** What a heading or a list's lead-in says about the text under it. */
export type SectionCategory =
  | 'forbidden' | 'allowed' | 'obligation' | 'ineligible' | 'eligibility' | 'out_scope' | 'in_scope'
  | 'report' | 'report_content' | 'commitment' | 'safe_harbor' | 'reward' | 'disclosure' | 'contact' | 'internal';

// Flat alternations over lower-cased text (EN, DE, NL, FR): no nested quantifiers.
const INELIGIBLE = /\bnot (?:be )?eligible\b|\b(?:do|does)(?: not|n't) qualify\b|\bnot qualify\b|\bdon't qualify\b|\bineligible\b|\bnon[- ]?(?:qualifying|eligible)\b|\bnot (?:be )?(?:accepted|rewarded|considered)\b|\bdo(?:es)? not accept\b|\bwon't (?:be )?accept|\bexcluded from (?:the )?(?:bounty|reward)|\bout[- ]of[- ]scope for (?:a )?reward|\bno reward|\bknown issues\b|\baccepted risks?\b|niet in aanmerking|nicht (?:prämiert|belohnt|berücksichtigt|akzeptiert)|non[- ]éligible|ne sont pas éligibles/;
const ELIGIBILITY = /\bto be eligible\b|\beligibility\b|\beligible for (?:a )?(?:reward|bounty)|\bqualify for\b|\bin aanmerking\b|\bteilnahmebedingungen\b|\bconditions d'éligibilité(?![a-zà-ÿ])/;
const OUT_SCOPE = /\bout[- ]of[- ]scope\b|\bnot in scope\b|\boutside (?:of )?(?:the |our |this )?scope\b|\bexcluded\b|\bexclusions?\b|\bnon[- ]scope\b|\bbuiten[- ](?:de )?scope\b|\bniet in scope\b|\buitgesloten\b|\baußerhalb\b|\bausserhalb\b|\bnicht im (?:scope|geltungsbereich|umfang)\b|\bausgeschlossen\b|\bausschlüsse\b|\bhors (?:du |de la )?(?:périmètre|scope|champ|portée)\b|\bexclu(?:s|es)?\b/;
const IN_SCOPE = /\bscope\b|\bin[- ]scope\b|\beligible (?:web ?sites?|sites?|services?|assets?|targets?|domains?|applications?|systems?)\b|(?<!\b(?:response|resolution|sla|time|service) )\btargets?\b|\bassets?\b|\bthis policy applies to\b|\bapplies to (?:the following|all|any)\b|\bthe following (?:systems|services|domains|hosts|hostnames|assets|targets|websites|applications)\b|\bfollowing hostnames\b|\bcovered (?:systems|services)\b|\bgeltungsbereich\b|\banwendungsbereich\b|\breikwijdte\b|\btoepassingsgebied\b|\bpérimètre\b|\bportée\b|\bchamp d'application\b|\bs'applique (?:à|aux)\b|\bgeldt voor\b|\bgilt für\b/;
// "… the nature and scope of the issue": how far a problem reaches, not what may be tested.
const SCOPE_OF_ISSUE = /\bscope of (?:the |this |a |an |any )?(?:\w+ )?(?:issues?|problems?|vulnerabilit\w*|bugs?|impact|attacks?|findings?|reports?|incidents?)\b/g;
const ALLOWED = /\b(?:may|can):?$|\byou (?:may|can) (?:also )?use\b|\ballowed\b|\bpermitted\b|\byou are welcome to\b|\bwhat you can do\b|\bmag\b|\bmogen\b|\berlaubt\b|\bgestattet\b|\bautorisé/;
const OBLIGATION = /\bmust:?$|\bshould:?$|\bwe ask\b|\bwe request\b|\bguidelines?\b|\brules\b|\bexpectations?\b|\bresponsibilit|\bvragen wij\b|\bvragen we\b|\bwir bitten\b|\bnous vous demandons\b|\brichtlijnen\b|\bregeln\b|\brègles\b/;
const REPORT = /\breport|\bsubmi(?:t|ssion)|\bwhat to include\b|\bwhat we (?:would like|need)\b|\bmelding|\bmelden\b|\bmeldung|\bsignalement|\brapport|\bsignaler\b/;
const REPORT_CONTENT = /^(?:please |if possible,? )?(?:state|specify|mention|describe|include|tell us)\b|\bwhat we (?:would like|want|need) to (?:see|know|receive)\b|\bce que nous (?:aimerions|voulons|souhaitons)\b|\b(?:dans|pour) votre (?:rapport|signalement)\b|\bdétails suivants\b|\béléments suivants\b|\bnous fournissant\b|\bin (?:je|uw|jouw) (?:melding|rapport)\b|\bin ihrer (?:meldung|nachricht)\b|\bplease include\b|\binclude the following\b|\bsend us\b|\bcontain\b|\bprovide\b|\bfollowing (?:details|information|info)\b|\buseful information\b|\binformation (?:we need|to include|listed below)\b|\byour reports?\b|\breports? should\b|\bdetails with your report\b|\bangaben\b|\bvermeld|\bmerci d'inclure\b|\bveuillez (?:inclure|fournir)\b|\bfolgende(?:n|s)? (?:details|angaben|informationen)\b|\bfolgendes (?:beinhalten|enthalten)\b|\binformations suivantes\b|\bvolgende (?:gegevens|informatie)\b|\bmet de volgende\b/;
const COMMITMENT = /\bwe will\b|\bwe:$|\bour commitments?\b|\bwhat you can expect\b|\byou can expect\b|\bwe promise\b|\bwhat we promise\b|\bwe commit\b|\bwij beloven\b|\bwe beloven\b|\bwir versprechen\b|\bunsere zusagen\b|\bnous nous engageons\b|\bnos engagements\b/;
const SAFE_HARBOR = /\bsafe harbou?r\b|\bauthori[sz]ation\b|\blegal\b|\bvrijwaring\b|\brechtlich|\bjuridique\b/;
const REWARD = /\brewards?\b|\bbount(?:y|ies)\b|\bcompensation\b|\bbeloning\b|\bbelohnung\b|\bprämie\b|\brécompense\b/;
const DISCLOSURE = /\bdisclosure (?:policy|process|timeline|guidelines)\b|\bpublication\b|\bembargo\b|\bopenbaarmaking\b|\bveröffentlichung\b|\bdivulgation\b/;
// Sections for the project's own people (maintainers, developers, the security team's process).
const INTERNAL = /\b(?:for (?:developers|maintainers|contributors)|developer guidelines|maintainers?\b|entwickler|ontwikkelaars|développeurs|security team membership|team (?:with access|responsible for)|release process|check ?lists?|checkliste|deployment)\b/;
const CONTACT = /\bcontact\b|\bofficial channels?\b|\bhow to report\b|\breporting\b|\bkontakt\b/;

/**
 * Categories of a heading or lead-in text ("Security researchers must not:", "Out of Scope", "Wij beloven:").
 * `parent` are the categories of the enclosing heading: a bare "In" / "Out" under a scope heading is read
 * as in / out of scope.
 */
export function classifySection(text: string, parent: ReadonlySet<SectionCategory> = new Set()): Set<SectionCategory> {
  const t = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().slice(0, 300);
  const out = new Set<SectionCategory>();
  const bare = t.replace(/[:.]$/, '');
  if ((parent.has('in_scope') || parent.has('out_scope')) && /^(?:in|inside|included|binnen|innerhalb|inclus)$/.test(bare)) out.add('in_scope');
  if ((parent.has('in_scope') || parent.has('out_scope')) && /^(?:out|outside|buiten|außerhalb|hors)$/.test(bare)) out.add('out_scope');
  if (INELIGIBLE.test(t)) out.add('ineligible');
  else if (ELIGIBILITY.test(t)) out.add('eligibility');
  if (OUT_SCOPE.test(t)) out.add('out_scope');
  else if (IN_SCOPE.test(t.replace(SCOPE_OF_ISSUE, ' ')) && !out.has('ineligible')) out.add('in_scope');
  const polarity = detectPolarity(t);
  if (polarity.forbidden && !out.has('ineligible')) out.add('forbidden');
  else if (ALLOWED.test(t) && !polarity.forbidden) out.add('allowed');
  if (OBLIGATION.test(t)) out.add('obligation');
  if (REPORT.test(t)) out.add('report');
  if (REPORT_CONTENT.test(t) || (REPORT.test(t) && /\binclude\b/.test(t))) out.add('report_content');
  if (COMMITMENT.test(t)) out.add('commitment');
  if (SAFE_HARBOR.test(t)) out.add('safe_harbor');
  if (REWARD.test(t)) out.add('reward');
  if (DISCLOSURE.test(t)) out.add('disclosure');
  if (CONTACT.test(t)) out.add('contact');
  if (INTERNAL.test(t)) out.add('internal');
  return out;
}
