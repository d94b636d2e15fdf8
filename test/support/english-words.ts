// English words of the UI for the "no English in the German popup" checks: the words of the en catalogue that no de
// message uses ("scope", "security", "host" are German UI words too). Hosts, addresses and URLs are data: left out.
import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';

type Catalogue = Record<string, { message: string }>;

/** Words of at least four letters, leaving out tokens with a dot, @, slash or colon (hosts, addresses, URLs). */
export function wordsOf(text: string): string[] {
  return text.replace(/\S*[.@/:]\S*/g, ' ').toLowerCase().match(/[a-zäöüß]{4,}/g) ?? [];
}

const germanWords = new Set(Object.values(de as Catalogue).flatMap((m) => wordsOf(m.message)));

export const ENGLISH_ONLY: ReadonlySet<string> = new Set(
  Object.values(en as Catalogue).flatMap((m) => wordsOf(m.message.replace(/\$[A-Z_]+\$/g, ''))).filter((w) => !germanWords.has(w)),
);
