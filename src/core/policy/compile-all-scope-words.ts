import { LANGUAGE_PACKS } from './languages/index.ts';
import { joinTerms } from './join-terms.ts';
import type { ScopeTerms } from './languages/scope-terms-schema.ts';

/**
 * The scope words of every pack, for text whose language is not known: a scope entry or an exclusion's quote
 * reaches core/scope without its document's language (and entries from programme files have none).
 */
export interface AllScopeWords {
  closedWorld: RegExp;
  onlyListed: RegExp;
  unlisted: RegExp;
  systems: RegExp;
  saysNothing: RegExp;
  listLeadIn: RegExp;
  thisSite: RegExp;
  thirdPartySystems: RegExp;
  /** Exception markers before the excepted hosts; global and case-insensitive (the text keeps its case). */
  except: RegExp;
  /** "those listed", anchored at the start of the text after a marker; case-insensitive. */
  listed: RegExp;
  /** "any other subdomain of <host>": group 1 is the host token; global and case-insensitive. */
  otherSubdomainsOf: RegExp;
  /** Lower-cased words that may stand between an exception marker and its hosts. */
  fillers: ReadonlySet<string>;
  /** An entry that opens with "all subdomains of" ("wszystkie subdomeny w domenie x"): group 1 is the host token. */
  entrySubdomainsOf: RegExp;
  /** An entry that opens with "any OTHER subdomain of": an exclusion of it spares the document's inclusions. */
  entryOtherSubdomainsOf: RegExp;
  /** "and all its subdomains" right after an entry's host ("oraz wszystkie subdomeny"). */
  entryAndSubdomains: RegExp;
  /** "and its subdomains" anywhere in an entry's comment. */
  andSubdomains: RegExp;
  /** An exception marker opening the rest of an entry ("x.pl z wyjątkiem y.x.pl"). */
  exceptOpen: RegExp;
  /** An exception marker, or a weaker one ("without"), in an in-scope entry's comment: the hosts after it are excluded. */
  exceptInComment: RegExp;
}

let compiled: AllScopeWords | null = null;

/** Compiles the union once, on first use (never at import). Every term is bounded: the ReDoS test audits them. */
export function compileAllScopeWords(): AllScopeWords {
  if (compiled) return compiled;
  const packs = Object.values(LANGUAGE_PACKS);
  const any = (pick: (t: ScopeTerms) => readonly string[]) => joinTerms(packs.flatMap((p) => pick(p.scope)));
  const re = (pick: (t: ScopeTerms) => readonly string[], flags = '') => new RegExp(any(pick), `u${flags}`);
  compiled = {
    closedWorld: re((t) => t.closedWorld),
    onlyListed: re((t) => t.onlyListed),
    unlisted: re((t) => t.unlisted),
    systems: re((t) => t.systems),
    saysNothing: re((t) => t.saysNothing),
    listLeadIn: re((t) => t.listLeadIn),
    thisSite: re((t) => t.thisSite),
    thirdPartySystems: re((t) => t.thirdPartySystems),
    except: re((t) => t.except, 'gi'),
    listed: re((t) => t.listed, 'i'),
    otherSubdomainsOf: new RegExp(String.raw`(?:${any((t) => t.otherSubdomainsOf)}) ([^\s,;()]{1,300})`, 'giu'),
    fillers: new Set(packs.flatMap((p) => p.scope.fillers)),
    entrySubdomainsOf: new RegExp(String.raw`^(?:${any((t) => t.subdomainsOf)})\s*([^\s,;()]{1,300})`, 'iu'),
    entryOtherSubdomainsOf: new RegExp(String.raw`^(?:${any((t) => t.otherSubdomainsOf)})`, 'iu'),
    entryAndSubdomains: new RegExp(String.raw`^,?\s*(?:${any((t) => t.andSubdomains)})`, 'iu'),
    andSubdomains: re((t) => t.andSubdomains, 'i'),
    exceptOpen: new RegExp(String.raw`^,?\s*(?:${any((t) => t.except)})\s`, 'iu'),
    exceptInComment: new RegExp(String.raw`(?:${any((t) => t.except)}|${any((t) => t.without)})\s*`, 'iu'),
  };
  return compiled;
}
