import type { Finding } from '../schemas/finding.ts';
import { checkSignaturePackets, crc24, decodeBase64 } from './armor.ts';
import { makeFinding } from './check-catalogue.ts';
import type { PhysicalLine } from './split-lines.ts';
import { isBlankLine, trimWhitespaceEnd } from './trim-whitespace.ts';

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
  malformed: string | null;
  /** The envelope text from the header to the end armor line, for the OpenPGP library. */
  text: string;
}

export interface EnvelopeParse {
  envelope: SignedEnvelope | null;
  /** Lines whose fields count: the cleartext (dash-escaping removed) of a signed file, or every line. */
  fieldLines: PhysicalLine[];
  findings: Finding[];
}


/** Finds and checks a cleartext signature envelope. Linear; never throws. */
export function parseSignedEnvelope(lines: PhysicalLine[]): EnvelopeParse {
  // Only trailing blanks are trimmed, so the header line starts with its first "-" (most lines are skipped there).
  const start = lines.findIndex((l) => l.text.charCodeAt(0) === 0x2d && trimWhitespaceEnd(l.text) === BEGIN_SIGNED);
  if (start === -1) return { envelope: null, fieldLines: lines, findings: [] };
  const findings: Finding[] = [];
  const headerLine = lines[start]!.number;
  if (start > 0) findings.push(makeFinding('signed_header_not_first', headerLine, 'Lines before it are not used.'));

  // Armor headers up to the first empty line.
  let i = start + 1;
  const hashAlgorithms: string[] = [];
  for (; i < lines.length && !isBlankLine(lines[i]!.text); i++) {
    const text = lines[i]!.text;
    if (text.startsWith('Hash:') && !LINE_TERMINATOR.test(text)) {
      hashAlgorithms.push(...text.slice('Hash:'.length).split(',').map((s) => s.trim()).filter(Boolean));
    }
  }
  if (hashAlgorithms.length === 0) findings.push(makeFinding('signed_missing_hash_header', headerLine));
  i++; // the empty line

  // Cleartext up to the signature armor.
  const fieldLines: PhysicalLine[] = [];
  for (; i < lines.length && trimWhitespaceEnd(lines[i]!.text) !== BEGIN_SIGNATURE; i++) {
    const line = lines[i]!;
    fieldLines.push(line.text.startsWith('- ') ? { ...line, text: line.text.slice(2) } : line);
  }
  if (i >= lines.length) {
    return { envelope: envelope(lines, start, lines.length, headerLine, hashAlgorithms, `no "${BEGIN_SIGNATURE}" line`), fieldLines, findings: withMalformed(findings) };
  }
  const block = readSignatureBlock(lines, i);
  if (block.end === null) {
    return { envelope: envelope(lines, start, lines.length, headerLine, hashAlgorithms, block.problem), fieldLines, findings: withMalformed(findings) };
  }
  // Whatever follows the end armor is not signed and not used.
  const after = lines.slice(block.end + 1);
  const firstData = after.find((l) => !isBlankLine(l.text));
  if (firstData) findings.push(makeFinding('data_after_signature', firstData.number));
  else if (after.length > 0) findings.push(makeFinding('trailing_newlines_after_signature', null));
  const result = envelope(lines, start, block.end + 1, headerLine, hashAlgorithms, block.problem);
  return { envelope: result, fieldLines, findings: block.problem ? withMalformed(findings, block.problem) : findings };
}

function withMalformed(findings: Finding[], detail?: string): Finding[] {
  return [...findings, makeFinding('signature_malformed', null, detail ? `(${detail})` : undefined)];
}

function envelope(lines: PhysicalLine[], from: number, to: number, headerLine: number, hashAlgorithms: string[], malformed: string | null): SignedEnvelope {
  const text = lines.slice(from, to).map((l) => l.text).join('\n') + '\n';
  return { headerLine, hashAlgorithms, malformed, text };
}

/** Reads "BEGIN PGP SIGNATURE" … "END PGP SIGNATURE" starting at `begin`; checks base64, CRC-24 and packets. */
function readSignatureBlock(lines: PhysicalLine[], begin: number): { end: number | null; problem: string | null } {
  let i = begin + 1;
  // Armor headers (Version:, Comment:, …) then one empty line.
  while (i < lines.length && /^[A-Za-z][A-Za-z0-9-]*: /.test(lines[i]!.text)) i++;
  if (i < lines.length && isBlankLine(lines[i]!.text)) i++;
  let data = '';
  let checksum: string | null = null;
  let problem: string | null = null;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === END_SIGNATURE) break;
    if (problem) continue;
    if (checksum !== null) problem = 'content after the CRC-24 checksum line';
    else if (text.startsWith('=') && text.length === 5) checksum = text.slice(1);
    else if (text.length > 0 && !/^[A-Za-z0-9+/=]+$/.test(text)) problem = 'the signature is not valid base64';
    else data += text;
  }
  if (i >= lines.length) return { end: null, problem: `no "${END_SIGNATURE}" line` };
  return { end: i, problem: problem ?? checkData(data, checksum) };
}

function checkData(data: string, checksum: string | null): string | null {
  const bytes = decodeBase64(data);
  if (!bytes || bytes.length === 0) return 'the signature is not valid base64';
  if (checksum !== null) {
    const crc = decodeBase64(checksum);
    if (!crc || crc.length !== 3) return 'the CRC-24 line is not valid base64';
    if (((crc[0]! << 16) | (crc[1]! << 8) | crc[2]!) !== crc24(bytes)) return 'the CRC-24 checksum does not match';
  }
  return checkSignaturePackets(bytes);
}
