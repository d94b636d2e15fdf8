import type { Finding } from '../schemas/finding.ts';

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted field may hold line breaks). */
  line: number;
  fields: string[];
}

export interface ParseCsvOptions {
  /** Records after this many are not read (a finding says so). */
  maxRecords?: number;
  /** A longer field is cut to this length and the record marked `truncated` in a finding. */
  maxFieldLength?: number;
}

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF, LF or CR; a field in double quotes may hold
 * commas, line breaks and doubled quotes (""). Lenient where real exports are sloppy: a quote inside an
 * unquoted field is a literal character, text after a closing quote is kept. An unterminated quote is
 * reported with the line it opened on. One pass, linear in the input; never throws.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): { value: CsvRecord[]; findings: Finding[] } {
  const maxRecords = options.maxRecords ?? 100_000;
  const maxField = options.maxFieldLength ?? 4096;
  const value: CsvRecord[] = [];
  const findings: Finding[] = [];
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = '';
  let fieldTooLong = false;
  let i = 0;
  const n = text.length;
  const append = (piece: string) => {
    if (field.length + piece.length > maxField) {
      field += piece.slice(0, Math.max(0, maxField - field.length));
      fieldTooLong = true;
    } else field += piece;
  };
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = (): boolean => {
    endField();
    if (fieldTooLong) findings.push({ id: 'csv_field_too_long', severity: 'warning', line: recordLine, params: { line: recordLine, max: maxField } });
    fieldTooLong = false;
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === '')) value.push({ line: recordLine, fields });
    fields = [];
    if (value.length >= maxRecords) {
      findings.push({ id: 'csv_too_many_records', severity: 'warning', line: recordLine, params: { max: maxRecords } });
      return false;
    }
    return true;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && field.length === 0 && !fieldTooLong) {
      // Quoted field: up to the next lone quote.
      const opened = line;
      i++;
      let closed = false;
      while (i < n) {
        const q = text.indexOf('"', i);
        const chunkEnd = q === -1 ? n : q;
        const chunk = text.slice(i, chunkEnd);
        line += countLineBreaks(chunk);
        append(chunk);
        if (q === -1) { i = n; break; }
        if (text.charCodeAt(q + 1) === 34) { append('"'); i = q + 2; continue; }
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) findings.push({ id: 'csv_unterminated_quote', severity: 'warning', line: opened, params: { line: opened } });
      continue;
    }
    if (c === 44 /* , */) { endField(); i++; continue; }
    if (c === 13 || c === 10) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      if (!endRecord()) return { value, findings };
      recordLine = line;
      continue;
    }
    // Plain run up to the next separator, quote or line break (a quote inside an unquoted field is literal).
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 13 || d === 10 || d === 34) break;
      j++;
    }
    append(text.slice(i, j));
    i = j;
  }
  if (field.length > 0 || fields.length > 0) endRecord();
  return { value, findings };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}
