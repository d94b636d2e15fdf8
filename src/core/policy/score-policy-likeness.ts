// Words a disclosure policy uses (EN, DE, NL, FR). A page that uses few of them is not a policy, whatever its status.
const CUES: readonly RegExp[] = [
  /vulnerab|kwetsba|schwachstell|sicherheitsl|vulnérab|zwakke plek/i,
  /disclos|openbaarmaking|offenleg|divulgation/i,
  /\breport|melden|melding|meldung|signal/i,
  /security|beveiliging|veiligheid|sicherheit|sécurité/i,
  /scope|périmètre|geltungsbereich|reikwijdte/i,
  /researcher|onderzoeker|forscher|chercheur|hacker/i,
  /bounty|reward|beloning|belohnung|récompense|hall of fame/i,
  /safe harbou?r|legal action|juridische|rechtliche|poursuite/i,
  /do not|must not|niet|nicht|ne pas|prohibited/i,
  /denial of service|social engineering|phishing|brute/i,
];
const NOT_FOUND = /\b(?:404|page not found|not found|pagina niet gevonden|seite nicht gefunden|page introuvable)\b/i;

/** How many of the policy cue groups a text uses (0–10), minus a penalty for soft-404 wording near the top. */
export function scorePolicyLikeness(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let score = CUES.filter((re) => re.test(sample)).length;
  if (NOT_FOUND.test(sample.slice(0, 2000))) score -= 3;
  return score;
}
