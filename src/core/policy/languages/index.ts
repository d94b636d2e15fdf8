import type { LanguagePack } from './language-pack.ts';
import { cs } from './cs.ts';
import { da } from './da.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import { id } from './id.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { nb } from './nb.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { sv } from './sv.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

/** Every language pack by its BCP 47 primary tag. Adding a language means adding a pack here (and fixtures). */
export const LANGUAGE_PACKS: Readonly<Record<string, LanguagePack>> = {
  en, de, nl, fr, es, it, pt, pl, cs, sv, nb, da, fi, ja, zh, ko, id, ru, uk, tr,
};
