import { describeExpiresProblem } from './describe-expires-problem.ts';
import { msg } from '../message/message.ts';
import { describeUnknownField } from './describe-unknown-field.ts';
import type { Finding } from '../schemas/finding.ts';
import type { SecurityTxtFields } from '../schemas/txt-result.ts';
import { makeFinding } from './check-catalogue.ts';
import { checkUriField } from './check-uri-field.ts';
import { classifyFieldName, type FieldKey, type FieldNameClass } from './classify-field-name.ts';
import { decodeBody } from './decode-body.ts';
import { parseExpires, type ExpiresParse } from './parse-expires.ts';
import { parsePreferredLanguages } from './parse-preferred-languages.ts';
import { parseSignedEnvelope, type SignedEnvelope } from './parse-signed-envelope.ts';
import { readFieldLine } from './read-field-line.ts';
import { splitLines } from './split-lines.ts';

/** RFC 9116 §5.4 limits (the corpus manifest's `options`). */
export interface ParseLimits {
  maxFileBytes: number;
  maxLines: number;
  maxFieldChars: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxFileBytes: 32_768, maxLines: 1000, maxFieldChars: 2048 };

/** One field as read, in document order. */
export interface FieldEntry {
  name: string;
  key: FieldKey | null;
  value: string;
  line: number;
}

export interface ParsedSecurityTxt {
  fields: SecurityTxtFields;
  entries: FieldEntry[];
  /** The decoded text (BOM removed). */
  text: string;
  lineCount: number;
  byteLength: number;
  envelope: SignedEnvelope | null;
  /** The first Expires, parsed, with its line. */
  expires: { line: number; parsed: ExpiresParse } | null;
}

type ListKey = 'contact' | 'policy' | 'encryption' | 'canonical' | 'acknowledgments' | 'hiring' | 'csaf';

export function emptyFields(): SecurityTxtFields {
  return {
    contact: [], expires: null, expires_utc: null, policy: [], encryption: [], canonical: [],
    preferred_languages: [], acknowledgments: [], hiring: [], csaf: [], bug_bounty: null, unknown_fields: [], signed: false,
  };
}

/**
 * Parses a security.txt body leniently and reports every content problem that needs neither the clock
 * nor the HTTP context. Never throws; linear in the input size.
 */
export function parseSecurityTxt(input: Uint8Array | string, limits: ParseLimits = DEFAULT_LIMITS): { value: ParsedSecurityTxt; findings: Finding[] } {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const findings: Finding[] = [];
  const decoded = decodeBody(bytes);
  if (decoded.notUtf8) findings.push(makeFinding('not_utf8', null));
  if (decoded.bom) findings.push(makeFinding('bom_present', decoded.text.length > 0 ? 1 : null));

  const lines = splitLines(decoded.text);
  for (const l of lines) {
    if (l.ending === 'cr') findings.push(makeFinding('bare_cr_line_ending', l.number));
    if (l.ending === 'none') findings.push(makeFinding('missing_final_newline', l.number));
  }
  if (bytes.byteLength > limits.maxFileBytes) findings.push(makeFinding('file_too_large', null, msg('detail_bytes', { count: bytes.byteLength })));
  if (lines.length > limits.maxLines) findings.push(makeFinding('too_many_lines', null, msg('detail_lines', { count: lines.length })));

  const envelope = parseSignedEnvelope(lines);
  findings.push(...envelope.findings);

  const fields = emptyFields();
  fields.signed = envelope.envelope !== null;
  const entries: FieldEntry[] = [];
  let expires: ParsedSecurityTxt['expires'] = null;
  const seen = new Set<FieldKey>();

  for (const line of envelope.fieldLines) {
    const read = readFieldLine(line.text, line.number, findings);
    if (read.kind !== 'field') continue;
    if (line.text.length > limits.maxFieldChars) findings.push(makeFinding('field_too_long', line.number, msg('detail_characters', { count: line.text.length })));
    const cls = classifyCached(read.name);
    const key = cls.kind === 'registered' ? cls.key : null;
    entries.push({ name: read.name, key, value: read.value, line: line.number });
    if (cls.kind !== 'registered') {
      fields.unknown_fields.push(read.name);
      if (cls.kind === 'legacy') findings.push(makeFinding('legacy_draft_field', line.number, msg('detail_parenthesised', { text: read.name })));
      else if (cls.kind === 'typo') findings.push(makeFinding('possible_field_typo', line.number, msg('detail_didYouMean', { name: read.name, suggestion: cls.suggestion })));
      else findings.push(makeFinding('unknown_field', line.number, describeUnknownField(read.name, read.value)));
      continue;
    }
    const first = !seen.has(cls.key);
    seen.add(cls.key);
    switch (cls.key) {
      case 'expires':
        if (!first) {
          findings.push(makeFinding('multiple_expires', line.number));
          break;
        }
        expires = { line: line.number, parsed: parseExpires(read.value) };
        fields.expires = read.value;
        if (expires.parsed.kind === 'rfc3339') fields.expires_utc = expires.parsed.utc;
        else if (expires.parsed.kind === 'rfc5322') findings.push(makeFinding('expires_rfc5322_format', line.number));
        else findings.push(makeFinding('expires_invalid_format', line.number, describeExpiresProblem(read.value)));
        break;
      case 'preferred_languages':
        if (first) fields.preferred_languages = parsePreferredLanguages(read.value, line.number, findings);
        else findings.push(makeFinding('multiple_preferred_languages', line.number));
        break;
      case 'bug_bounty':
        if (first) fields.bug_bounty = parseBugBounty(read.value, line.number, findings);
        else findings.push(makeFinding('multiple_bug_bounty', line.number));
        break;
      default:
        fields[cls.key satisfies ListKey].push(read.value);
        checkUriField(cls.key, read.value, line.number, findings);
    }
  }
  findings.push(...checkFileLevel(fields));
  return {
    value: { fields, entries, text: decoded.text, lineCount: lines.length, byteLength: bytes.byteLength, envelope: envelope.envelope, expires },
    findings,
  };
}

/**
 * Field names repeat within a file and across files (and typo checks cost an edit distance each), so each
 * distinct name is classified once per process; the cache stops growing at 4,096 names.
 */
const nameClasses = new Map<string, FieldNameClass>();

function classifyCached(name: string): FieldNameClass {
  let cls = nameClasses.get(name);
  if (cls === undefined) {
    cls = classifyFieldName(name);
    if (nameClasses.size < 4096) nameClasses.set(name, cls);
  }
  return cls;
}

function parseBugBounty(value: string, line: number, findings: Finding[]): boolean | null {
  if (value === 'True' || value === 'False') return value === 'True';
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === 'false') {
    findings.push(makeFinding('bug_bounty_wrong_case', line));
    return lower === 'true';
  }
  findings.push(makeFinding('bug_bounty_invalid_value', line, msg('detail_quoted', { text: value.slice(0, 40) })));
  return null;
}

/** Checks on the whole set of fields (presence, combinations, CSAF order, signing). */
function checkFileLevel(fields: SecurityTxtFields): Finding[] {
  const out: Finding[] = [];
  if (fields.contact.length === 0) out.push(makeFinding('missing_contact', null));
  if (fields.expires === null) out.push(makeFinding('missing_expires', null));
  if (fields.contact.some((c) => c.toLowerCase().startsWith('mailto:')) && fields.encryption.length === 0) {
    out.push(makeFinding('mailto_without_encryption', null));
  }
  if (fields.policy.length === 0) out.push(makeFinding('no_policy', null));
  if (fields.csaf.length > 1) out.push(makeFinding('multiple_csaf', null));
  const wellKnownCsaf = fields.csaf.findIndex((v) => /^https?:\/\/[^/?#]+\/\.well-known\/csaf\/provider-metadata\.json$/i.test(v));
  if (wellKnownCsaf > 0) out.push(makeFinding('csaf_well_known_not_first', null));
  if (fields.signed) {
    if (fields.canonical.length === 0) out.push(makeFinding('signed_no_canonical', null));
  } else {
    out.push(makeFinding('not_signed', null));
    if (fields.canonical.length === 0) out.push(makeFinding('no_canonical', null));
  }
  return out;
}
