import * as z from 'zod/mini';
import { ScopeTermsSchema } from './scope-terms-schema.ts';

/**
 * Regular-expression sources over lower-cased text (normalizeForMatch), joined with `|` by the engine. Bounded
 * quantifiers only (the ReDoS test compiles every pack). A pack whose `flags` include `u` may use \p{…}.
 */
const Terms = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));
/**
 * Plain lower-case words, compared whole. Packs write words with letters beyond ASCII as String.raw templates:
 * esbuild keeps a template's letters as they are but writes a quoted string's as \u escapes of six bytes each.
 */
const Words = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

export const ACTIVITY_KEYS = [
  'dos', 'social_engineering', 'phishing', 'physical', 'automated_scanning', 'brute_force',
  'data_access_exfiltration', 'data_destruction_modification', 'malware', 'pivoting_persistence',
  'third_party_testing', 'spam', 'public_disclosure_before_fix', 'other',
] as const;
export const REPORT_FIELD_KEYS = [
  'description', 'location_url', 'impact', 'reproduction_steps', 'proof_of_concept', 'reporter_name',
  'contact_info', 'environment',
] as const;
export const HEADING_KEYS = [
  'scope', 'outOfScope', 'scopeIn', 'scopeOut', 'rules', 'rewards', 'reporting', 'reportContent', 'eligibility',
  'notRewarded', 'allowed', 'notScope', 'pointsAtList', 'commitment', 'safeHarbor', 'disclosure', 'contact', 'internal',
] as const;

const record = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, Terms])) as Record<K, typeof Terms>);

/**
 * Everything the policy reader knows about one language. Every pack fills every key; the engine
 * (src/core/policy/*) holds no language's words.
 */
export const LanguagePackSchema = z.object({
  /** BCP 47 primary tag. */
  code: z.string(),
  /** RegExp flags beyond none: 'u' for packs written with \p{…} or in scripts where \b means nothing. */
  flags: z.enum(['', 'u']),
  /** Words are separated by spaces (false for ja, zh: a number may touch its unit, "3営業日"). */
  spaced: z.boolean(),
  /** Vocabulary of each forbidden-activity taxonomy id; 'other' names restrictions the taxonomy has no id for. */
  activities: record(ACTIVITY_KEYS),
  cues: z.object({
    /** A prohibition addressed to the reader, judged against the words before it (see `clause`). */
    prohibit: Terms,
    /** A negated modal ("must not") that also needs a person (or nothing) as its subject. */
    prohibitModal: Terms,
    /** A prohibition whatever stands before it ("prohibited", "we ask that you refrain"). */
    prohibitStrong: Terms,
    /** A heading or lead-in whose list items or table rows are prohibitions ("You must not:", "禁止事項"). */
    prohibitLead: Terms,
    /** Idioms that look like prohibitions and are not ("do not hesitate to contact us"). */
    idiom: Terms,
    /** A permission ("you may"). */
    permit: Terms,
    /** An obligation heading or lead-in ("you must:", "rules"). */
    oblige: Terms,
    /** A finding that will not be accepted or rewarded ("not eligible"). */
    notRewarded: Terms,
    /** A promise of no legal action whose conditions ("if you do not …") are therefore prohibitions. */
    conditionalProhibit: Terms,
    /** What the reader is told to do after a finding ("stop testing", "delete the data", "notify us", "keep it confidential"). */
    obligation: Terms,
  }),
  /** Clause words the prohibition judge needs. */
  clause: z.object({
    /** A subject or subordinator before a negation that makes it no directive ("if", "we", "that"). */
    blockers: Words,
    /** Subjects a negated modal may have and still be a rule for the reader ("you", "researchers"). */
    persons: Words,
    /** Conjunctions that start a coordinated imperative ("and", "but"). */
    coordinators: Words,
    /** Words that may stand before a coordinated imperative ("please", "also"). */
    softeners: Words,
    /** What, right before a cue, states a purpose rather than a rule ("in order to avoid"): tested on the text before it. */
    purposeBefore: Terms,
    /** Words a rule opens with that its short text drops ("you must", "please"), from the sentence's start. */
    ruleOpener: Terms,
    /** "and", "or": a list item's dangling last word that its short text drops. */
    conjunctions: Words,
  }),
  /** How a list item under an out-of-scope heading reads: a finding class (not rewarded) or an activity. */
  stance: z.object({
    /** Words naming a kind of finding ("vulnerabilities", "missing headers"). */
    findingClass: Terms,
    /** Words naming an activity ("testing", "attacks on"). */
    activity: Terms,
    /** An item that starts with an action ("Knowingly posting …"). */
    actionFirst: Terms,
    /**
     * Words by which an out-of-scope heading or lead-in names findings ("Out of scope vulnerabilities", "The
     * following issues are out of scope:"): its bare items ("Phishing", "Physical security") are finding classes.
     */
    findingList: Terms,
  }),
  /** Disclosure rules stated without a negation, and sentences that are channel rules rather than activities. */
  disclosureRules: z.object({
    /** "Give us reasonable time before you disclose." */
    waitBeforePublic: Terms,
    /** "Keep it confidential until it is fixed." */
    keepConfidential: Terms,
    /** "Keep any details confidential." told to the reader. */
    keepConfidentialTold: Terms,
    /** The sentence speaks to the reader ("you", an imperative). */
    toReader: Terms,
    /** "Don't misuse the vulnerability": a preamble to the rules, not a rule. */
    genericMisuse: Terms,
    /** Where to report or not ("public issues", "forums"): a channel rule, not an activity. */
    channel: Terms,
  }),
  reportFields: record(REPORT_FIELD_KEYS),
  /** A sentence asking the reporter to provide something ("please include"). */
  reportRequest: Terms,
  time: z.object({
    /** Spelled-out numbers: "two" → 2. */
    numberWords: z.record(z.string(), z.number()),
    hours: Terms,
    days: Terms,
    businessDays: Terms,
    weeks: Terms,
    months: Terms,
    /** A unit written without a number that means one of it ("viikon sisällä", "в течение недели", "即日"). */
    oneUnit: Terms,
    /** Words that qualify a unit ("business", "calendar") between the number and the unit. */
    qualifiers: Terms,
    /** Acknowledgement / first response ("acknowledge", "respond"). */
    acknowledge: Terms,
    /** Going public ("disclose", "publish"). */
    disclosure: Terms,
    /** Fixing ("fix", "patch"): a fix-target is not a disclosure window. */
    fix: Terms,
    /** "Keep it confidential until …": the day count governs publication. */
    confidentialUntil: Terms,
    /** "7 days before release": the project's own release countdown, not a reporter's timeline. */
    releaseCountdown: Terms,
  }),
  commitments: z.object({
    safeHarbor: Terms,
    noSafeHarbor: Terms,
    bounty: Terms,
    noBounty: Terms,
    /** Swag only ("t-shirt"): no money. */
    swag: Terms,
    /** Words that, in the clause before a bounty word, take it back ("no", "without"). */
    negation: Terms,
  }),
  /** Heading and lead-in words by section category. */
  headings: record(HEADING_KEYS),
  /** Scope sentences, scope tables and app mentions (extract-scope.ts, read-scope-table.ts). */
  scope: ScopeTermsSchema,
  dates: z.object({
    /** Month names and abbreviations → 1…12. */
    months: z.record(z.string(), z.number()),
    /** "valid until", "gültig bis": the date after it is a key's expiry. */
    validUntil: Terms,
    /** Words for an OpenPGP key besides pgp/gpg ("public key", "Schlüssel"). */
    keyWords: Terms,
  }),
  /** Words that tell a disclosure policy from another page (discovery scores fetched candidates with them). */
  document: z.object({
    /** "security", "Sicherheit", "セキュリティ". */
    security: Terms,
    /** "researcher", "hacker", "Forscher". */
    researcher: Terms,
    /** An error page's wording ("page not found", "Seite nicht gefunden"). */
    notFound: Terms,
  }),
  contact: z.object({
    /** Written-out "@" in obfuscated addresses ("at", "arobase"). */
    at: Words,
    /** Written-out "." ("dot", "punkt"). */
    dot: Words,
    /** A reporting or contacting verb ("report", "send", "melden", "報告"): what makes an address a channel. */
    cue: Terms,
    /** GitHub's private vulnerability reporting named in prose ("private vulnerability reporting", "Security tab"). */
    privateReporting: Terms,
    /** The project's maintainers as the addressee of a report ("maintainer", "mainteneur", "メンテナ"). */
    maintainer: Terms,
    /**
     * The maintainers or the repository's owner in the form that marks them as whom a report goes to, wherever the
     * reporting verb stands ("to the maintainers", "мейнтейнеру", "メンテナへ", "메인테이너에게", "bakımcıya").
     */
    addressee: Terms,
    /** An address for something else ("press", "sales", "customer support"). */
    otherPurpose: Terms,
    /** Test accounts and credentials ("password", "login"): an address there is an account, not a channel. */
    credentials: Terms,
    /** Negations that turn a reporting instruction into a prohibition ("do not send … to"). */
    negation: Terms,
    /** What ends the reach of such a negation ("instead", "but"). */
    clauseBreak: Terms,
    /** Reporting in person ("in person", "face to face"). */
    inPerson: Terms,
    /** Verbs that make an in-person phrase a channel ("report", "demo", "meet"). */
    inPersonVerb: Terms,
    /** Words for a telephone number ("phone", "Telefon"); the number after them is the engine's. */
    phone: Terms,
    /** Pointers to something to read ("see", "refer to", "siehe", "zie"): a link right after them labelled only "here" is a reference. */
    see: Terms,
    /** Telling the reader to go by a document ("follow", "consult", "use", "befolgen"): a security.txt after them is where to report. */
    follow: Terms,
    /** A link label that says nothing by itself ("here", "this page", "hier", "ici"), matched against the whole label. */
    here: Terms,
    /** Documentation, guides and write-ups ("guide", "documentation", "Anleitung"), in a link's label or the words of its path: a place to read about reporting, not to report. */
    reference: Terms,
    /** We pass reports on ("we may share your report with …"): a link in that sentence is where reports go after us. */
    passOn: Terms,
    /** Bugs that are not security issues ("non-security", "regular issue"): an issue tracker named for them is no channel. */
    otherBugs: Terms,
    /** Words that stand before a spelled-out "at <domain>" without being a mailbox ("us", "available", "hosted"; Danish "husk at"). */
    notMailbox: Words,
  }),
});
export type LanguagePack = z.infer<typeof LanguagePackSchema>;
