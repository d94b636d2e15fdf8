import type { ActivityId, ReportFieldId } from '../schemas/policy-result.ts';
import { compileScopeTerms, type CompiledScopeTerms } from './compile-scope-terms.ts';
import { LANGUAGE_PACKS } from './languages/index.ts';
import { joinTerms } from './join-terms.ts';
import { ACTIVITY_KEYS, HEADING_KEYS, REPORT_FIELD_KEYS, type LanguagePack } from './languages/language-pack.ts';

type HeadingKey = (typeof HEADING_KEYS)[number];

/** One language pack with its terms compiled. */
export interface CompiledPack {
  code: string;
  spaced: boolean;
  activities: ReadonlyArray<[ActivityId, RegExp]>;
  otherActivity: RegExp;
  prohibit: RegExp;
  prohibitModal: RegExp;
  prohibitStrong: RegExp;
  prohibitLead: RegExp;
  idiom: RegExp;
  permit: RegExp;
  notRewarded: RegExp;
  conditionalProhibit: RegExp;
  obligation: RegExp;
  ruleOpener: RegExp;
  purposeBefore: RegExp;
  findingClass: RegExp;
  activityWords: RegExp;
  actionFirst: RegExp;
  findingList: RegExp;
  waitBeforePublic: RegExp;
  keepConfidential: RegExp;
  keepConfidentialTold: RegExp;
  toReader: RegExp;
  genericMisuse: RegExp;
  channel: RegExp;
  reportFields: ReadonlyArray<[ReportFieldId, RegExp]>;
  reportRequest: RegExp;
  duration: RegExp;
  numberWords: ReadonlyMap<string, number>;
  unitDays: ReadonlyArray<[RegExp, number]>;
  /** A unit with no number that means one of it (global); the unit inside it is found with `unitStart` / `unitEnd` (`unitAny` without spaces). */
  oneUnit: RegExp;
  unitStart: ReadonlyArray<[RegExp, number]>;
  unitEnd: ReadonlyArray<[RegExp, number]>;
  unitAny: ReadonlyArray<[RegExp, number]>;
  acknowledge: RegExp;
  disclosure: RegExp;
  fix: RegExp;
  /** A fix word right before the end of a text, with at most one particle between ("补丁发布", "パッチの公開"). */
  fixBefore: RegExp;
  confidentialUntil: RegExp;
  releaseCountdown: RegExp;
  safeHarbor: RegExp;
  noSafeHarbor: RegExp;
  bounty: RegExp;
  noBounty: RegExp;
  swag: RegExp;
  negation: RegExp;
  headings: Readonly<Record<HeadingKey, RegExp>>;
  notScopeAll: RegExp;
  validUntil: RegExp;
  keyWords: RegExp;
  security: RegExp;
  researcher: RegExp;
  notFound: RegExp;
  contactCue: RegExp;
  privateReporting: RegExp;
  maintainer: RegExp;
  addressee: RegExp;
  otherPurpose: RegExp;
  credentials: RegExp;
  /** Global: the last negation before a position is wanted. */
  contactNegation: RegExp;
  clauseBreak: RegExp;
  inPerson: RegExp;
  inPersonVerb: RegExp;
  /** A phone word followed by a number (group 1). */
  phone: RegExp;
  /** Pointers to read something (any match). */
  see: RegExp;
  /** Pointers to read or go by something: `see` and `follow`. */
  follow: RegExp;
  /** A label that is only "here", "this page" (whole). */
  here: RegExp;
  reference: RegExp;
  passOn: RegExp;
  otherBugs: RegExp;
  /** Scope sentences, tables and app mentions. */
  scope: CompiledScopeTerms;
}

/** What the engine reads a sentence with: the packs of its languages, compiled, and their clause words. */
export interface Reader {
  codes: readonly string[];
  packs: readonly CompiledPack[];
  blockers: ReadonlySet<string>;
  persons: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  softeners: ReadonlySet<string>;
  /** Words that join list items ("and", "oder"): scope items after them still stand alone. */
  connectives: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
}

function alt(terms: readonly string[], flags: string): RegExp {
  return new RegExp(joinTerms(terms), flags);
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "48 hours", "drei Werktage", "3営業日": a number (digits or a word of the pack) followed, within two qualifier
 * words, by a time unit. Group 1 is the number, group 2 the unit.
 */
function durationRegex(pack: LanguagePack): RegExp {
  const t = pack.time;
  const words = Object.keys(t.numberWords).sort((a, b) => b.length - a.length).map(escape);
  // A spaced language still glues a unit to digits ("24h", "10days"), never to a number word ("ah").
  const gap = pack.spaced ? String.raw`(?:[\s-]{1,3}|(?<=\d))` : String.raw`[\s-]{0,3}`;
  const before = pack.spaced ? String.raw`(?<![\p{L}\p{N}])` : String.raw`(?<!\p{N})`;
  const after = pack.spaced ? String.raw`(?![\p{L}\p{N}])` : '';
  const units = joinTerms([...t.businessDays, ...t.days, ...t.weeks, ...t.months, ...t.hours]);
  const number = String.raw`(\d{1,4}(?:[.,]\d{1,2})?|${words.join('|')})`;
  return new RegExp(
    String.raw`${before}${number}(?:\s{0,2}\(\d{1,4}\))?${gap}(?:(?:${joinTerms(t.qualifiers)})${gap}){0,2}(${units})${after}`,
    'gu',
  );
}

/** Each unit of the pack (business days first) as an expression built by `shape`, with its length in days. */
function unitTable(pack: LanguagePack, shape: (units: readonly string[]) => string): Array<[RegExp, number]> {
  const t = pack.time;
  const units: Array<[readonly string[], number]> = [[t.businessDays, 1], [t.days, 1], [t.weeks, 7], [t.months, 30], [t.hours, 1 / 24]];
  return units.map(([terms, days]) => [new RegExp(shape(terms), 'u'), days]);
}

/** Heading categories that also take a cue list of the pack (see prohibitLead in compilePack). */
const HEADING_CUES: Partial<Record<HeadingKey, (p: LanguagePack) => readonly string[]>> = {
  notRewarded: (p) => p.cues.notRewarded,
  rules: (p) => p.cues.oblige,
};

function compilePack(pack: LanguagePack): CompiledPack {
  const f = pack.flags;
  const whole = (terms: readonly string[]) => new RegExp(`^(?:${joinTerms(terms)})$`, 'u');
  return {
    code: pack.code,
    spaced: pack.spaced,
    activities: ACTIVITY_KEYS.filter((k) => k !== 'other').map((k) => [k, alt(pack.activities[k], f)]),
    otherActivity: alt(pack.activities.other, f),
    prohibit: alt([...pack.cues.prohibit, ...pack.cues.prohibitModal], `${f}g`),
    prohibitModal: new RegExp(`^(?:${joinTerms(pack.cues.prohibitModal)})`, f),
    prohibitStrong: alt(pack.cues.prohibitStrong, f),
    // A lead-in reads with what a sentence reads: a strong prohibition word makes a list of prohibitions, an
    // obligation cue a list of rules, a not-rewarded cue a list of ineligible findings (the packs list each once).
    prohibitLead: alt([...pack.cues.prohibitLead, ...pack.cues.prohibitStrong], f),
    idiom: alt(pack.cues.idiom, f),
    permit: alt(pack.cues.permit, f),
    notRewarded: alt(pack.cues.notRewarded, f),
    conditionalProhibit: alt(pack.cues.conditionalProhibit, f),
    obligation: alt(pack.cues.obligation, `${f}g`),
    ruleOpener: alt(pack.clause.ruleOpener, f),
    purposeBefore: alt(pack.clause.purposeBefore, f),
    findingClass: alt(pack.stance.findingClass, f),
    activityWords: alt(pack.stance.activity, f),
    actionFirst: alt(pack.stance.actionFirst, f),
    findingList: alt(pack.stance.findingList, f),
    waitBeforePublic: alt(pack.disclosureRules.waitBeforePublic, f),
    keepConfidential: alt(pack.disclosureRules.keepConfidential, f),
    keepConfidentialTold: alt(pack.disclosureRules.keepConfidentialTold, f),
    toReader: alt(pack.disclosureRules.toReader, f),
    genericMisuse: alt(pack.disclosureRules.genericMisuse, f),
    channel: alt(pack.disclosureRules.channel, f),
    reportFields: REPORT_FIELD_KEYS.map((k) => [k, alt(pack.reportFields[k], f)]),
    reportRequest: alt(pack.reportRequest, f),
    duration: durationRegex(pack),
    numberWords: new Map(Object.entries(pack.time.numberWords)),
    unitDays: unitTable(pack, (u) => `^(?:${joinTerms(u)})$`),
    oneUnit: alt(pack.time.oneUnit, `${f}g`),
    unitStart: unitTable(pack, (u) => `^(?:${joinTerms(u)})`),
    unitEnd: unitTable(pack, (u) => `(?:${joinTerms(u)})$`),
    unitAny: unitTable(pack, joinTerms),
    acknowledge: alt(pack.time.acknowledge, f),
    disclosure: alt(pack.time.disclosure, f),
    fix: alt(pack.time.fix, f),
    fixBefore: new RegExp(`(?:${joinTerms(pack.time.fix)})\\S?$`, f),
    confidentialUntil: alt(pack.time.confidentialUntil, f),
    releaseCountdown: alt(pack.time.releaseCountdown, f),
    safeHarbor: alt(pack.commitments.safeHarbor, f),
    noSafeHarbor: alt(pack.commitments.noSafeHarbor, f),
    bounty: alt(pack.commitments.bounty, `${f}g`),
    noBounty: alt(pack.commitments.noBounty, f),
    swag: alt(pack.commitments.swag, f),
    negation: alt(pack.commitments.negation, f),
    headings: Object.fromEntries(HEADING_KEYS.map((k) => [k, alt([...pack.headings[k], ...(HEADING_CUES[k]?.(pack) ?? [])], f)])) as Record<HeadingKey, RegExp>,
    notScopeAll: alt(pack.headings.notScope, `${f}g`),
    validUntil: alt(pack.dates.validUntil, `${f}i`),
    keyWords: alt(pack.dates.keyWords, `${f}i`),
    security: alt(pack.document.security, f),
    researcher: alt(pack.document.researcher, f),
    notFound: alt(pack.document.notFound, f),
    contactCue: alt(pack.contact.cue, f),
    privateReporting: alt(pack.contact.privateReporting, f),
    maintainer: alt(pack.contact.maintainer, f),
    addressee: alt(pack.contact.addressee, f),
    otherPurpose: alt(pack.contact.otherPurpose, f),
    credentials: alt(pack.contact.credentials, f),
    contactNegation: alt(pack.contact.negation, `${f}g`),
    clauseBreak: alt(pack.contact.clauseBreak, f),
    inPerson: alt(pack.contact.inPerson, f),
    inPersonVerb: alt(pack.contact.inPersonVerb, f),
    phone: new RegExp(String.raw`(?:${joinTerms(pack.contact.phone)})[^.;\d+]{0,30}(\+?\d[\d ()./-]{6,20}\d)`, f),
    see: alt(pack.contact.see, f),
    follow: alt([...pack.contact.see, ...pack.contact.follow], f),
    here: whole(pack.contact.here),
    reference: alt(pack.contact.reference, f),
    passOn: alt(pack.contact.passOn, f),
    otherBugs: alt(pack.contact.otherBugs, f),

    scope: compileScopeTerms(pack.scope),
  };
}

const compiledPacks = new Map<string, CompiledPack>();
const readers = new Map<string, Reader>();

/**
 * A pack's expressions, compiled the first time a document needs that language (the ReDoS test audits them).
 * Not at import: twenty packs of expressions cost a few hundred milliseconds at every start of the worker and of
 * the CLI, which `txt` and `--help` need not pay.
 */
export function compiledPack(code: string): CompiledPack | null {
  const known = compiledPacks.get(code);
  if (known) return known;
  if (!Object.hasOwn(LANGUAGE_PACKS, code)) return null;
  const compiled = compilePack(LANGUAGE_PACKS[code]!);
  compiledPacks.set(code, compiled);
  return compiled;
}

/** True when a pack exists for the language (a BCP 47 tag; its primary subtag decides). */
export function hasPack(code: string): boolean {
  return Object.hasOwn(LANGUAGE_PACKS, code.toLowerCase().split('-')[0]!);
}

/** The codes of every pack. */
export const PACK_CODES: readonly string[] = Object.keys(LANGUAGE_PACKS);

/**
 * A reader for the given languages (unknown codes are skipped; English is added when none is known, since
 * policies quote English terms and an unreadable section must still not crash). Compiled once per set.
 */
export function readerFor(codes: readonly string[]): Reader {
  const known = [...new Set(codes.map((c) => c.toLowerCase().split('-')[0]!))].filter((c) => hasPack(c));
  if (known.length === 0) known.push('en');
  const key = known.join(',');
  const cached = readers.get(key);
  if (cached) return cached;
  const packs = known.map((c) => compiledPack(c)!);
  const words = (pick: (p: LanguagePack) => readonly string[]) => new Set(known.flatMap((c) => pick(LANGUAGE_PACKS[c]!)));
  const reader: Reader = {
    codes: known,
    packs,
    blockers: words((p) => p.clause.blockers),
    persons: words((p) => p.clause.persons),
    coordinators: words((p) => p.clause.coordinators),
    softeners: words((p) => p.clause.softeners),
    connectives: words((p) => p.scope.connectives),
    conjunctions: words((p) => p.clause.conjunctions),
  };
  readers.set(key, reader);
  return reader;
}

/** True when any pack of the reader has a match for `pick` in `text`. */
/** Every non-empty match of a global pack expression in `text`, over the reader's packs, as [start, end) spans. */
export function matchSpans(reader: Reader, pick: (p: CompiledPack) => RegExp, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const p of reader.packs) {
    const re = pick(p);
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}

export function anyMatch(reader: Reader, pick: (p: CompiledPack) => RegExp, text: string): boolean {
  for (const p of reader.packs) {
    const re = pick(p);
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/** Month names of every pack (for dates, whose language rarely matters). */
export function monthNumber(name: string): number | undefined {
  for (const pack of Object.values(LANGUAGE_PACKS)) {
    const n = pack.dates.months[name];
    if (n !== undefined) return n;
  }
  return undefined;
}

/** A reader with every pack, for text whose language is not known (durations, dates, key validity). */
export function readerForAll(): Reader {
  return readerFor(PACK_CODES);
}
