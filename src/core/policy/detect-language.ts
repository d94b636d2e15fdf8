type Language = 'en' | 'de' | 'nl' | 'fr';
const LANGUAGES: readonly Language[] = ['en', 'nl', 'de', 'fr'];

// Frequent function words of each language; the language with most hits in the text wins.
const WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'you', 'we', 'our', 'your', 'is', 'are', 'not', 'with', 'for', 'please', 'this', 'that', 'will', 'any']),
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'je', 'jij', 'wij', 'we', 'onze', 'niet', 'geen', 'zijn', 'wordt', 'voor', 'met', 'om', 'te', 'ook', 'dat', 'deze', 'melding']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'sie', 'wir', 'uns', 'unsere', 'ihre', 'mit', 'für', 'bitte', 'eine', 'einen', 'keine', 'werden', 'auf', 'zu']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'du', 'vous', 'nous', 'votre', 'notre', 'est', 'pas', 'une', 'pour', 'avec', 'dans', 'sur', 'ne', 'aux', 'sont']),
};

/** Hits of a section's leading language before that section decides the document's language. */
const DECISIVE_HITS = 12;

function countInto(counts: Record<Language, number>, text: string): void {
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length === 0 || word.length > 12) continue;
    for (const lang of LANGUAGES) if (WORDS[lang].has(word)) counts[lang]++;
  }
}

function leader(counts: Record<Language, number>): Language {
  let best: Language = 'en';
  for (const lang of ['nl', 'de', 'fr'] as const) if (counts[lang] > counts[best] * 1.2 && counts[lang] >= 5) best = lang;
  return best;
}

function zero(): Record<Language, number> {
  return { en: 0, nl: 0, de: 0, fr: 0 };
}

/**
 * The language of a document: en, de, nl or fr (en when there is too little text to tell). Given the
 * document's blocks, the first section (text between headings) written clearly in one language decides,
 * so a bilingual policy ("English version below") is classified by its first, primary language rather
 * than by its longer half; with no such section, or given plain text, the whole text decides.
 */
export function detectLanguage(input: string | ReadonlyArray<{ kind: string; text: string }>): Language {
  const blocks = typeof input === 'string' ? [{ kind: 'paragraph', text: input }] : input;
  const total = zero();
  let section = zero();
  let read = 0;
  const decide = (): Language | null => {
    const best = leader(section);
    const second = Math.max(...LANGUAGES.filter((l) => l !== best).map((l) => section[l]));
    return section[best] >= DECISIVE_HITS && section[best] >= second * 2 ? best : null;
  };
  for (const block of blocks) {
    if (read >= 50_000) break;
    if (block.kind === 'heading' && typeof input !== 'string') {
      const decided = decide();
      if (decided) return decided;
      section = zero();
    }
    const text = block.text.slice(0, 50_000 - read);
    read += text.length;
    countInto(section, text);
    countInto(total, text);
  }
  return decide() ?? leader(total);
}
