import type { ActivityId } from '../schemas/policy-result.ts';

// Vocabulary of each activity (EN, DE, NL, FR) over lower-cased text. Bounded gaps ([^.;]{0,n}) only.
const DATA = String.raw`(?:data|information|informatie|gegevens|daten|informationen|données|records|pii|accounts?|files?|e-?mails?)`;

const ACTIVITY_PATTERNS: ReadonlyArray<[ActivityId, RegExp]> = [
  ['dos', new RegExp([
    String.raw`denial[- ]of[- ]service`, String.raw`\bd?dos\b`, String.raw`resource exhaustion`, String.raw`\bdisrupt`,
    String.raw`\bdegrad`, String.raw`\bavailability\b`, String.raw`\bimpair`, String.raw`\boverload`, String.raw`\bflood`,
    String.raw`\b(?:stress|load)[- ]test`, String.raw`cause damage to`, String.raw`damage to (?:running )?(?:systems|production|services)`,
    String.raw`\bdisable\b`, String.raw`\bdienstverweigerung`, String.raw`(?<![a-zà-ÿ])überlast`, String.raw`\blahmleg`, String.raw`\bstörung`,
    String.raw`\bbeeinträchtig`, String.raw`\boverbelast`, String.raw`\bverstor`, String.raw`déni de service`, String.raw`\bperturb`,
    String.raw`\bdégrad`, String.raw`\binterruption\b`, String.raw`\bonderbre`,
    String.raw`\bsurcharg`, String.raw`\bindisponib`,
  ].join('|'))],
  ['social_engineering', /social[- ]engineer|\bpretext|\bvishing\b|\bsmishing\b|\bimpersonat|ingénierie sociale|soziale manipulation/],
  ['phishing', /\bphish|\bvishing\b|\bsmishing\b|hameçonnage/],
  ['physical', /\bphysi(?:cal|cally|sch\w*|ques?)\b|\bfysiek\w*|\btailgat|office access|\bpremises\b|\bfacilit(?:y|ies)\b|data ?cent(?:er|re)s?\b|\bon-site\b|\bgebäude|\blocaux\b/],
  ['automated_scanning', new RegExp([
    String.raw`\bautomat\w* (?:vulnerability |security )?(?:scan|tool|test)`, String.raw`\bscanners?\b`, String.raw`\bscanning\b`,
    String.raw`\bscans?\b`, String.raw`\bscannen\b`, String.raw`scanner[- ]generated`, String.raw`\bfuzz`, String.raw`\bcrawl`,
    String.raw`\bspider`, String.raw`\bautomatisiert`, String.raw`\bgeautomatiseerd`, String.raw`\bautomatisé`, String.raw`\bhigh[- ]volume (?:of )?(?:requests|traffic|testing)`,
  ].join('|'))],
  ['brute_force', /brute[- ]?forc|password guessing|guess(?:(?!guess)\w)* (?:of )?passwords?|credential stuffing|dictionary attack|wachtwoord(?:(?!wachtwoord)\w)* (?:te )?raden|force brute|passwort(?:(?!passwort)\w)*[- ]?raten/],
  ['data_access_exfiltration', new RegExp([
    String.raw`exfiltrat`, String.raw`\bsnoop`, String.raw`\bpok(?:e|ing) around\b`, String.raw`privacy (?:violation|of others)`, String.raw`violat\w{0,6} (?:the )?privacy`, String.raw`vie privée`,
    String.raw`\bprivatsphäre`, String.raw`\bpersoonlijke levenssfeer`,
    String.raw`\b(?:kopie(?:er|ert|eren|ëren)|download|downloaden|bekijk(?:en)?|inzien|verzamel\w{0,6})\b[^.;]{0,60}\b(?:data|gegevens|informatie|bestanden)\b`,
    String.raw`\b(?:data|gegevens|informatie)\b[^.;]{0,60}\b(?:te )?(?:downloaden|bekijken|kopi[eë]ren|inzien|in te (?:kijken|zien)|verzamelen)\b`,
    String.raw`\b(?:access|download|copy|copying|retain|collect|harvest|dump|extract|view|steal|exfiltrate|store|obtain|inspect|browse)\w{0,6}\b[^.;]{0,60}\b${DATA}`,
    String.raw`\blook\w{0,4}\s+(?:into|at|through)\b[^.;]{0,40}\b${DATA}`,
    String.raw`\b(?:share|sharing)\b[^.;]{0,30}\b${DATA}`,
    String.raw`\bkopi[eë]ren\b`, String.raw`\bgegevens\b[^.;]{0,40}\b(?:inzien|downloaden|kopi)`, String.raw`zugriff auf\b[^.;]{0,30}daten`,
    String.raw`daten\b[^.;]{0,40}\b(?:abgreifen|abziehen|kopieren|herunterladen|einsehen)`, String.raw`\b(?:accéder|copier|télécharger|extraire)\b[^.;]{0,40}\bdonnées`,
  ].join('|'))],
  ['data_destruction_modification', new RegExp([
    String.raw`\bdelet`, String.raw`\bdestr(?:oy|uct)`, String.raw`\bmodif(?:y|ying|ies|ied|ication)`, String.raw`\balter(?:s|ing|ed)?\b`,
    String.raw`\bmanipulat`, String.raw`\bcorrupt`, String.raw`\btamper`, String.raw`\boverwrit`, String.raw`\bwip(?:e|es|ing)\b`,
    String.raw`\brender\w* [^.;]{0,40}inaccessible`, String.raw`\bverander`, String.raw`\bverwijder`, String.raw`\bwijzig`,
    String.raw`\bvernietig`, String.raw`\blöschen`, String.raw`\bveränder`, String.raw`\bzerstör`, String.raw`\bsupprim`,
    String.raw`\bmodifi`, String.raw`\bdétrui`, String.raw`\baltér`, String.raw`\baan te passen\b`, String.raw`\baanpass`, String.raw`\bwijzigingen\b`,
  ].join('|'))],
  ['malware', /malware|malicious (?:software|code|payloads?|files?|programs?)|\bvirus|\btrojan|ransomware|\bworms?\b|\bbackdoor|exploits? that (?:could|can|may|might) harm|kwaadaardige|schadsoftware|logiciel malveillant|\bmaliciel/],
  ['pivoting_persistence', /\bpivot|persisten(?:t|ce)|\bbackdoor|\bachterdeur|lateral movement|command[- ]line access|shell access|\bfoothold|\blateral/],
  ['third_party_testing', new RegExp([
    String.raw`\b(?:test|attack|target|scan|research|exploit|affect|interact|aanval|angriff|attaqu)\w*\b[^.;]{0,150}(?:third[- ]part|3rd[- ]part|\bderden\b|\bdritt|\btiers\b)`,
    String.raw`\b(?:applications?|systems?|services?|websites?|sites?)\s+(?:of|from|owned by)\s+third[- ]parties\b`, String.raw`\b(?:applicaties|systemen|diensten|websites) van derden\b`,
    String.raw`(?:third[- ]part|3rd[- ]part|\bdritt)\w*\b[^.;]{0,40}\b(?:test|attack|target|scan)`,
    String.raw`\b(?:other|another)\s+(?:customers?|users?|tenants?)'?s?'?\s+(?:projects?|applications?|systems?|sites?|instances?|apps?)`,
    String.raw`\bprojects? of other (?:customers|users|tenants)`, String.raw`\bexploit others\b`,
  ].join('|'))],
  ['spam', /\bspam|\bunsolicited|mass[- ]?mail|bulk (?:e-?)?mail/],
  ['public_disclosure_before_fix', new RegExp([
    String.raw`\bdisclos`, String.raw`\bpublicly\b`, String.raw`\bpublish`, String.raw`\breveal`, String.raw`\bma(?:ke|de|king)\b[^.;]{0,30}\bpublic\b`,
    String.raw`\bshar\w*\b[^.;]{0,60}\b(?:until|till|before|prior to)\b[^.;]{0,60}\b(?:fix|resolv|patch|remedi|address|releas|clos|mitigat)`,
    String.raw`\bbekend\b[^.;]{0,30}\b(?:aan anderen|maken)\b`, String.raw`\bbekendmak`, String.raw`\bonthul`, String.raw`\brévél`, String.raw`\bdévoil`, String.raw`\brendre publi`,
    String.raw`\bpublic (?:github )?issues?\b`, String.raw`\bpublic (?:forum|disclosure|bug tracker|issue tracker)`,
    String.raw`\bopen (?:a )?(?:public )?issue`, String.raw`\b(?:open|create|file|submit|post|raise|erstellen|öffnen|ouvrir|créer)\w*\b[^.;]{0,30}\bissues?\b`,
    String.raw`\bissues?\b[^.;]{0,20}\b(?:erstellen|öffnen|eröffnen|aanmaken|openen)\b`, String.raw`\bissues? publiques?\b`, String.raw`(?<![a-zà-ÿ])öffentlich`,
    String.raw`\bpubli(?:ez|er|ent|quement)\b`, String.raw`\bpubliek`, String.raw`\bshar\w*\b[^.;]{0,50}\b(?:with (?:others|anyone|the public|third parties)|publicly)`,
    String.raw`\bmet anderen\b[^.;]{0,20}\bdelen\b`, String.raw`\bopenbaar`, String.raw`\bpubliceren\b`, String.raw`\bveröffentlich`,
    String.raw`\boffenleg`, String.raw`\bpublik machen`, String.raw`\bdivulgu`, String.raw`\bpublier\b`, String.raw`rendre public`,
  ].join('|'))],
];

/** Forbidden-elsewhere activities that fit no other id (extortion, testing outside scope, …). */
const OTHER = /\bextort|\bblackmail|\bown (?:gain|benefit|advantage)|\bnon-technical\b|\bhigh volume of\b|\blow-quality\b|\bmonetary (?:rewards?|compensation)\b|\btest accounts?\b|\bproduction systems? without\b|\bwithout (?:prior |explicit )?(?:authori[sz]ation|permission|consent)\b|\bcode of conduct\b|\bin-scope systems\b|\bonly (?:test|interact)\b|\bonly within the scope\b|\baccounts? (?:that )?you own\b|\bcomptes que vous possédez\b|\btesting only\b|\bonly be conducted\b|\bnot authori[sz]ed for testing\b|\berpress|\bchantage\b|\bafpers/;

const MAX = 2000;

/** Taxonomy ids whose vocabulary occurs in a lower-cased sentence (never 'other'). */
export function matchActivities(norm: string): ActivityId[] {
  const text = norm.length > MAX ? norm.slice(0, MAX) : norm;
  return ACTIVITY_PATTERNS.filter(([, re]) => re.test(text)).map(([id]) => id);
}

/** True when the sentence names a restriction that belongs under 'other'. */
export function matchesOtherActivity(norm: string): boolean {
  return OTHER.test(norm.length > MAX ? norm.slice(0, MAX) : norm);
}
