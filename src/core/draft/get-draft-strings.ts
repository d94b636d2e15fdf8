import type { DraftLanguage, DraftStrings } from './draft-strings.ts';
import { DRAFT_STRINGS_DE } from './draft-strings-de.ts';
import { DRAFT_STRINGS_EN } from './draft-strings-en.ts';

const TABLES: Record<DraftLanguage, DraftStrings> = { en: DRAFT_STRINGS_EN, de: DRAFT_STRINGS_DE };

/** The string table of a report language; anything unknown falls back to English. */
export function getDraftStrings(language: string): DraftStrings {
  return language === 'de' ? TABLES.de : TABLES.en;
}

/** Narrows a language tag (`de-AT`, `EN`) to a supported report language, or null. */
export function toDraftLanguage(tag: string): DraftLanguage | null {
  const primary = tag.trim().toLowerCase().split('-')[0];
  return primary === 'en' || primary === 'de' ? primary : null;
}
