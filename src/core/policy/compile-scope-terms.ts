import type { ScopeTerms } from './languages/scope-terms-schema.ts';
import { joinTerms } from './join-terms.ts';

/** One language's scope words, compiled (see ScopeTermsSchema for what each means). */
export interface CompiledScopeTerms {
  /** Any sentence-level exclusion. */
  ownOut: RegExp;
  outAfterSubject: RegExp;
  ownIn: RegExp;
  appliesTo: RegExp;
  /** Global: every position matters. */
  except: RegExp;
  /** Anchored at the start of the text after an item (a few characters of particle or suffix allowed). */
  exceptAfter: RegExp;
  /** Anchored at the end of the text before an item. */
  describes: RegExp;
  /** Anchored at the end of the text between two items. */
  servedAt: RegExp;
  subdomainsOf: RegExp;
  locatedUnder: RegExp;
  /** Anchored at the start of the text after an item. */
  andSubdomains: RegExp;
  anySubdomain: RegExp;
  subdomain: RegExp;
  nothingElse: RegExp;
  notListed: RegExp;
  thirdParty: RegExp;
  /** Anchored at a '-' or ' ' right after a host, case-insensitive. */
  siteWord: RegExp;
  /** Anchored at the start of a paragraph, with the colon. */
  note: RegExp;
  notAccept: RegExp;
  /** Global: every position matters (the clause of each match). */
  testVerb: RegExp;
  outObject: RegExp;
  app: RegExp;
  tableAsset: RegExp;
  tableNotAsset: RegExp;
  tableCoverage: RegExp;
  tableReward: RegExp;
  tableType: RegExp;
  yes: RegExp;
  no: RegExp;
}

const any = joinTerms;

/** Compiles a pack's scope words; every expression has the u flag. Bounded quantifiers only (the ReDoS test audits them). */
export function compileScopeTerms(t: ScopeTerms): CompiledScopeTerms {
  const re = (source: string, flags = '') => new RegExp(source, `u${flags}`);
  return {
    ownOut: re(any([...t.outAfterSubject, ...t.out])),
    outAfterSubject: re(any(t.outAfterSubject)),
    ownIn: re(any(t.in)),
    appliesTo: re(any(t.appliesTo)),
    except: re(any(t.except), 'g'),
    exceptAfter: re(String.raw`^[^\s\p{L}\p{N}]{0,2}\p{L}{0,3}\s{0,2}(?:${any(t.exceptAfter)})`),
    describes: re(String.raw`(?:${any(t.describes)})\s*$`),
    servedAt: re(String.raw`(?:${any(t.servedAt)})[\s\p{P}]{0,3}$`),
    subdomainsOf: re(String.raw`(?:${any(t.subdomainsOf)})\s*$`),
    locatedUnder: re(String.raw`(?:${any(t.locatedUnder)})$`),
    andSubdomains: re(String.raw`^\s*(?:,\s*)?(?:${any(t.andSubdomains)})`),
    anySubdomain: re(any(t.anySubdomain)),
    subdomain: re(any(t.subdomain), 'i'),
    nothingElse: re(any(t.nothingElse)),
    notListed: re(any(t.notListed)),
    thirdParty: re(any(t.thirdParty)),
    siteWord: re(String.raw`^[- ](?:${any(t.siteWord)})`, 'i'),
    note: re(String.raw`^(?:${any(t.note)})\s*[:：]`),
    notAccept: re(any(t.notAccept)),
    testVerb: re(any(t.testVerb), 'g'),
    outObject: re(any(t.outObject)),
    app: re(any(t.app)),
    tableAsset: re(any(t.tableAsset)),
    tableNotAsset: re(any(t.tableNotAsset)),
    tableCoverage: re(any(t.tableCoverage)),
    tableReward: re(any(t.tableReward)),
    tableType: re(String.raw`^(?:${any(t.tableType)})$`),
    yes: re(any(t.yes)),
    no: re(any(t.no)),
  };
}
