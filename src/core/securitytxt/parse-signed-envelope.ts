import type { Finding } from '../schemas/finding.ts';
import { joinMessages, msg, type Message } from '../message/message.ts';
import { checkSignaturePackets, crc24, decodeBase64 } from './armor.ts';
import { makeFinding } from './check-catalogue.ts';
import type { PhysicalLine } from './split-lines.ts';
import { isBlankLine, trimWhitespaceEnd } from './trim-whitespace.ts';
import { armorLineKind, isArmorHeader, quoteLine, type ArmorLineKind } from './armor-near-miss.ts';

/** A physical line never holds these, but `.` in a pattern would not match them either: such a line is no header. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

export const BEGIN_SIGNED = '-----BEGIN PGP SIGNED MESSAGE-----';
export const BEGIN_SIGNATURE = '-----BEGIN PGP SIGNATURE-----';
export const END_SIGNATURE = '-----END PGP SIGNATURE-----';

/** An OpenPGP cleartext-signed message found in the file (RFC 4880 §7). */
export interface SignedEnvelope {
  /** Physical line of "-----BEGIN PGP SIGNED MESSAGE-----". */
  headerLine: number;
  hashAlgorithms: string[];
  /** Why the envelope cannot be verified (missing armor, bad base64 or CRC-24, not a signature), or null. */
  malformed: Message | null;
  /** The envelope text from the header to the end armor line, for the OpenPGP library. */
  text: string;
}

export interface EnvelopeParse {
  envelope: SignedEnvelope | null;
  /** Lines whose fields count: the cleartext (dash-escaping removed) of a signed file, or every line. */
  fieldLines: PhysicalLine[];
  findings: Finding[];
}


/** The armor line `kind` exactly, or a near miss of it (then `mangled` names the line as it reads). */
function findArmorLine(lines: PhysicalLine[], from: number, exact: string, kind: ArmorLineKind): { at: number; mangled: Message | null } {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text;
    // Most lines are fields: an armor line (or a near miss) starts with "-" or white space.
    const first = text.charCodeAt(0);
    if (first !== 0x2d && first > 0x20 && first !== 0xa0 && first !== 0xfeff) continue;
    if (trimWhitespaceEnd(text) === exact) return { at: i, mangled: null };
    if (armorLineKind(text) === kind) return { at: i, mangled: msg('armor_lineReadsInstead', { line: lines[i]!.number, text: quoteLine(text), expected: exact }) };
  }
  return { at: -1, mangled: null };
}

/**
 * Finds and checks a cleartext signature envelope. Lenient: a broken envelope (no empty line after the armor
 * headers, a mangled armor line, bad base64) still yields the signed text's fields, and what is broken is named
 * as it is (a line that is there is never called missing). Linear; never throws.
 */
export function parseSignedEnvelope(lines: PhysicalLine[]): EnvelopeParse {
  const begin = findArmorLine(lines, 0, BEGIN_SIGNED, 'begin_signed');
  const start = begin.at;
  if (start === -1) return { envelope: null, fieldLines: lines, findings: [] };
  const findings: Finding[] = [];
  const problems: Message[] = begin.mangled ? [begin.mangled] : [];
  const headerLine = lines[start]!.number;
  if (start > 0) findings.push(makeFinding('signed_header_not_first', headerLine, msg('detail_linesBeforeUnused')));

  // Armor headers (Hash: …) up to the first empty line; a line that is no armor header starts the text early.
  let i = start + 1;
  const hashAlgorithms: string[] = [];
  let misspelledHash: PhysicalLine | null = null;
  for (; i < lines.length && !isBlankLine(lines[i]!.text) && isArmorHeader(lines[i]!.text); i++) {
    const text = lines[i]!.text;
    if (text.startsWith('Hash:') && !LINE_TERMINATOR.test(text)) {
      hashAlgorithms.push(...text.slice('Hash:'.length).split(',').map((s) => s.trim()).filter(Boolean));
    } else if (/^hash:/i.test(text)) misspelledHash ??= lines[i]!;
  }
  if (hashAlgorithms.length === 0) {
    // The header key is "Hash" exactly; a differently cased one is there, so say so rather than "no header".
    const detail = misspelledHash ? msg('detail_hashMisspelled', { line: misspelledHash.number, text: quoteLine(misspelledHash.text) }) : undefined;
    findings.push(makeFinding('signed_missing_hash_header', headerLine, detail));
  }
  if (i < lines.length && isBlankLine(lines[i]!.text)) i++; // the empty line
  else if (i < lines.length) {
    problems.push(i > start + 1
      ? msg('armor_noEmptyLineAfterHeader', { header: lines[i - 1]!.number, line: lines[i]!.number })
      : msg('armor_noEmptyLineAfterBegin', { begin: BEGIN_SIGNED, line: lines[i]!.number }));
  }

  // Cleartext up to the signature armor.
  const sigBegin = findArmorLine(lines, i, BEGIN_SIGNATURE, 'begin_signature');
  const textEnd = sigBegin.at === -1 ? lines.length : sigBegin.at;
  const fieldLines: PhysicalLine[] = [];
  for (; i < textEnd; i++) {
    const line = lines[i]!;
    fieldLines.push(line.text.startsWith('- ') ? { ...line, text: line.text.slice(2) } : line);
  }
  if (sigBegin.mangled) problems.push(sigBegin.mangled);
  if (sigBegin.at === -1) {
    problems.push(msg('armor_noSignatureLine', { armor: BEGIN_SIGNATURE }));
    return { envelope: envelope(lines, start, lines.length, headerLine, hashAlgorithms, problems), fieldLines, findings: withMalformed(findings, problems) };
  }
  const block = readSignatureBlock(lines, sigBegin.at);
  if (block.problem) problems.push(block.problem);
  if (block.end === null) {
    return { envelope: envelope(lines, start, lines.length, headerLine, hashAlgorithms, problems), fieldLines, findings: withMalformed(findings, problems) };
  }
  // Whatever follows the end armor is not signed and not used.
  const after = lines.slice(block.end + 1);
  const firstData = after.find((l) => !isBlankLine(l.text));
  if (firstData) findings.push(makeFinding('data_after_signature', firstData.number));
  else if (after.length > 0) findings.push(makeFinding('trailing_newlines_after_signature', null));
  const result = envelope(lines, start, block.end + 1, headerLine, hashAlgorithms, problems);
  return { envelope: result, fieldLines, findings: problems.length > 0 ? withMalformed(findings, problems) : findings };
}

function withMalformed(findings: Finding[], problems: Message[]): Finding[] {
  return [...findings, makeFinding('signature_malformed', null, msg('detail_parenthesised', { text: joinMessages(problems)! }))];
}

function envelope(lines: PhysicalLine[], from: number, to: number, headerLine: number, hashAlgorithms: string[], problems: Message[]): SignedEnvelope {
  const text = lines.slice(from, to).map((l) => l.text).join('\n') + '\n';
  return { headerLine, hashAlgorithms, malformed: joinMessages(problems), text };
}

/** Reads "BEGIN PGP SIGNATURE" … "END PGP SIGNATURE" starting at `begin`; checks base64, CRC-24 and packets. */
function readSignatureBlock(lines: PhysicalLine[], begin: number): { end: number | null; problem: Message | null } {
  let i = begin + 1;
  // Armor headers (Version:, Comment:, …) then one empty line.
  while (i < lines.length && /^[A-Za-z][A-Za-z0-9-]*: /.test(lines[i]!.text)) i++;
  if (i < lines.length && isBlankLine(lines[i]!.text)) i++;
  let data = '';
  let checksum: string | null = null;
  let problem: Message | null = null;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === END_SIGNATURE) break;
    if (armorLineKind(text) === 'end_signature') {
      problem ??= msg('armor_lineReadsInstead', { line: lines[i]!.number, text: quoteLine(text), expected: END_SIGNATURE });
      break;
    }
    if (problem) continue;
    if (checksum !== null) problem = msg('armor_afterChecksum');
    else if (text.startsWith('=') && text.length === 5) checksum = text.slice(1);
    else if (text.length > 0 && !/^[A-Za-z0-9+/=]+$/.test(text)) problem = msg('armor_notBase64');
    else data += text;
  }
  if (i >= lines.length) return { end: null, problem: msg('armor_noEndLine', { armor: END_SIGNATURE }) };
  return { end: i, problem: problem ?? checkData(data, checksum) };
}

function checkData(data: string, checksum: string | null): Message | null {
  const bytes = decodeBase64(data);
  if (!bytes || bytes.length === 0) return msg('armor_notBase64');
  if (checksum !== null) {
    const crc = decodeBase64(checksum);
    if (!crc || crc.length !== 3) return msg('armor_checksumNotBase64');
    if (((crc[0]! << 16) | (crc[1]! << 8) | crc[2]!) !== crc24(bytes)) return msg('armor_checksumMismatch');
  }
  return checkSignaturePackets(bytes);
}
