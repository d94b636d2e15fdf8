// English words of the UI for the "no English in the German popup" checks: the words of the en catalogue that no de
// message uses ("scope", "security", "host" are German UI words too). Hosts, addresses and URLs are data: left out.
import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';

type Catalogue = Record<string, { message: string }>;

/** Words of at least four letters, leaving out tokens with a dot, @, slash or colon (hosts, addresses, URLs). */
export function wordsOf(text: string): string[] {
  return text.replace(/\S*[.@/:]\S*/g, ' ').toLowerCase().match(/[a-zäöüß]{4,}/g) ?? [];
}

/**
 * A list of two or more of the contract's verdict and --fail-on values ("invalid, out_of_scope, unknown, no_policy",
 * "in_scope, out_of_scope oder unknown"): machine values the German help names as they are, not German words.
 */
export const CONTRACT_VALUE_LIST = /\b(?:in_scope|out_of_scope|unknown|invalid|no_policy)(?:(?:, | oder | und |\|)(?:in_scope|out_of_scope|unknown|invalid|no_policy))+\b/g;

const germanWords = new Set(Object.values(de as Catalogue).flatMap((m) => wordsOf(m.message.replace(CONTRACT_VALUE_LIST, ' '))));

export const ENGLISH_ONLY: ReadonlySet<string> = new Set(
  Object.values(en as Catalogue).flatMap((m) => wordsOf(m.message.replace(/\$[A-Z_]+\$/g, ''))).filter((w) => !germanWords.has(w)),
);
