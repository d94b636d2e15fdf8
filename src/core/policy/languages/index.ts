import type { LanguagePack } from './language-pack.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

/** Every language pack by its BCP 47 primary tag. Adding a language means adding a pack here (and fixtures). */
export const LANGUAGE_PACKS: Readonly<Record<string, LanguagePack>> = { en, de, nl, fr };
