import { compileAllScopeWords } from '../policy/compile-all-scope-words.ts';
import type { PhraseCategory } from './scope-pattern.ts';

// Names of flaw classes and attacks that no language translates: a phrase naming one speaks of findings, not hosts.
const FLAW_TOKEN = /(?<![\p{L}\p{N}])(?:xss|self-xss|csrf|d?dos|ssrf|idor|rce|sqli|clickjacking|phishing|spf|dkim|dmarc)(?![\p{L}\p{N}])/u;

/**
 * What a host-less scope phrase can do to a verdict. Conservative: only three shapes are used
 * (third-party hosting, "anything not listed" — the closed world —, "this site"); phrases naming systems
 * are caveats shown in the reasons ("marketing websites" cannot be mapped to hosts without the page
 * itself), and so are kinds of systems excluded unless listed ("AWS instances not listed"); the rest
 * (vulnerability classes, activities) says nothing about hosts. For an inclusion only "only the
 * assets listed below are in scope" closes the world ("any service not listed" cannot include anything).
 * The words are every language pack's (`scope` keys): a phrase reaches here without its document's language.
 */
export function classifyScopePhrase(phrase: string, effect: 'include' | 'exclude' = 'exclude'): PhraseCategory {
  const text = phrase.slice(0, 500).toLowerCase();
  const words = compileAllScopeWords();
  if (words.onlyListed.test(text)) return 'unlisted';
  if (effect === 'exclude' && words.closedWorld.test(text)) return 'unlisted';
  if (words.thirdPartySystems.test(text)) return 'third_party';
  if (words.thisSite.test(text)) return 'this_site';
  if (FLAW_TOKEN.test(text) || words.saysNothing.test(text)) return 'other';
  if (effect === 'exclude' && words.unlisted.test(text)) return 'unlisted_kind';
  if (words.listLeadIn.test(text)) return 'other';
  if (words.systems.test(text)) return 'systems';
  return 'other';
}
