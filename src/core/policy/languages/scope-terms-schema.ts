import * as z from 'zod/mini';

/** Regular-expression sources over lower-cased text, compiled with the u flag (word edges: `${b}`, `${e}`). */
const Terms = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));
const Words = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

/**
 * How a language says what is in and out of scope: the words of scope sentences, scope tables and app mentions.
 * The structures (a host after "except" takes the opposite effect, a table's coverage column decides) are the
 * engine's (extract-scope.ts, read-scope-table.ts); these are only the words.
 */
export const ScopeTermsSchema = z.object({
  /** "X are excluded": the subject before the match is the excluded thing. */
  outAfterSubject: Terms,
  /** Other ways a sentence excludes what it names ("excluded from", "does not accept reports"). */
  out: Terms,
  /** A sentence that includes what it names ("this policy applies to", "the following systems"). */
  in: Terms,
  /** "applies to ": the included thing follows. */
  appliesTo: Terms,
  /** A marker BEFORE the excepted item ("except", "außer"): a host after it takes the opposite effect. */
  except: Terms,
  /**
   * A weaker marker before excepted hosts ("without", "ohne", "不包括"), read only inside an in-scope entry's own
   * comment, where its hosts become exclusions (the safe side); never in an exclusion, where it would put hosts in.
   */
  without: Terms,
  /** A marker AFTER the excepted item ("を除く", "hariç"): the host right before it takes the opposite effect. */
  exceptAfter: Terms,
  /** Words right before a second host that only describe the first ("CNAME to", "hosted by"). */
  describes: Terms,
  /**
   * Between two items: the second is where the first is served ("the API for example.com, served at
   * api.example.com"). The first is then only a name, and an inclusion does not take it. Not "hosted on",
   * which names a provider after the asset (`describes`).
   */
  servedAt: Terms,
  /** "any subdomain of " right before a host: the host becomes `*.host`. */
  subdomainsOf: Terms,
  /** "and its subdomains" right after a host: `*.host` too. */
  andSubdomains: Terms,
  /** "all subdomains" naming no host: the base URL's domain. Terms carry their own "not followed by 'of'". */
  anySubdomain: Terms,
  /** The word "subdomain". */
  subdomain: Terms,
  /** "… and nothing else", "anything else is out of scope". */
  nothingElse: Terms,
  /** "anything not listed", "non mentionné", "niet genoemd". */
  notListed: Terms,
  /** Third parties, vendors, "operated by" someone else. */
  thirdParty: Terms,
  /** Right before a host: where a third party's content lives ("under a subdomain of "). */
  locatedUnder: Terms,
  /** After a host in the raw text: it names a site ("example.com website"). */
  siteWord: Terms,
  /** A paragraph opening as a note ("Note:"); the engine adds the colon. */
  note: Terms,
  /** "we do not accept". */
  notAccept: Terms,
  /**
   * Testing a system, as a verb or noun in any form ("test", "tested", "testing", "attack", "scan", "target"): a
   * prohibition to do it to the hosts a clause names ("Do not test a.example.com", "Testing b.example.com is not
   * permitted", an item under "You must not:") excludes them. The prohibition's own words are the pack's cues.
   */
  testVerb: Terms,
  /** "which only affects ": with notAccept, the excluded thing follows. */
  outObject: Terms,
  /** The text speaks of a mobile app ("app store", "mobile app"); product names (Android, iOS) are the engine's. */
  app: Terms,
  /** Table header words: the asset column, and words that make a header not the asset ("type", "severity"). */
  tableAsset: Terms,
  tableNotAsset: Terms,
  /** Table header words: a coverage column ("in scope", "eligible", "status"). */
  tableCoverage: Terms,
  /** Table header words of a reward column (which says nothing about scope). */
  tableReward: Terms,
  /** A whole header cell naming the asset type. */
  tableType: Terms,
  /** A coverage cell saying in scope / out of scope (symbols such as ✓ and ✗ are the engine's). */
  yes: Terms,
  no: Terms,
  /**
   * Host-less scope phrases (classify-scope-phrase.ts). An exclusion that closes the world: "any asset not listed",
   * "anything not on the list".
   */
  closedWorld: Terms,
  /** An inclusion that closes the world: "only the assets listed below are in scope". */
  onlyListed: Terms,
  /** A kind of system excluded unless listed ("AWS instances not listed"): "not listed", "unlisted". */
  unlisted: Terms,
  /** Generic nouns for systems ("websites", "services", "applications"): a phrase naming them is a caveat. */
  systems: Terms,
  /** Phrases about findings or activities, or restating the scope ("vulnerabilities", "only in-scope systems"). */
  saysNothing: Terms,
  /** A lead-in to a list ("the following", "below"), not systems of its own. */
  listLeadIn: Terms,
  /** "this site", "our website". */
  thisSite: Terms,
  /** Systems of someone else: third parties, vendors, "not operated by us". */
  thirdPartySystems: Terms,
  /**
   * Exceptions an exclusion states (find-stated-exceptions.ts). Right after an `except` marker: "those listed"
   * (the document's own inclusions are the exceptions). Anchored with `^` in the term.
   */
  listed: Terms,
  /** "any other subdomain of ": the host follows. */
  otherSubdomainsOf: Terms,
  /** Words that may stand between an exception marker and its hosts, or between the hosts ("for", "the", "and"). */
  fillers: Words,
  /** Words that join items of a list ("and", "or"): other words before a link make it part of a sentence. */
  connectives: Words,
});
export type ScopeTerms = z.infer<typeof ScopeTermsSchema>;
