// Frequent function words of each language; the language with most hits in the text wins.
const WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'you', 'we', 'our', 'your', 'is', 'are', 'not', 'with', 'for', 'please', 'this', 'that', 'will', 'any']),
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'je', 'jij', 'wij', 'we', 'onze', 'niet', 'geen', 'zijn', 'wordt', 'voor', 'met', 'om', 'te', 'ook', 'dat', 'deze', 'melding']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'sie', 'wir', 'uns', 'unsere', 'ihre', 'mit', 'für', 'bitte', 'eine', 'einen', 'keine', 'werden', 'auf', 'zu']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'du', 'vous', 'nous', 'votre', 'notre', 'est', 'pas', 'une', 'pour', 'avec', 'dans', 'sur', 'ne', 'aux', 'sont']),
};

/** The language of a document: en, de, nl or fr (en when there is too little text to tell). */
export function detectLanguage(text: string): 'en' | 'de' | 'nl' | 'fr' {
  const counts: Record<string, number> = { en: 0, nl: 0, de: 0, fr: 0 };
  const sample = text.slice(0, 50_000).toLowerCase();
  for (const word of sample.split(/[^\p{L}]+/u)) {
    if (word.length === 0 || word.length > 12) continue;
    for (const lang of ['en', 'nl', 'de', 'fr'] as const) if (WORDS[lang]!.has(word)) counts[lang]!++;
  }
  let best: 'en' | 'de' | 'nl' | 'fr' = 'en';
  for (const lang of ['nl', 'de', 'fr'] as const) if (counts[lang]! > counts[best]! * 1.2 && counts[lang]! >= 5) best = lang;
  return best;
}
