import { REPORT_FIELD_IDS, type ReportFieldId } from '../schemas/policy-result.ts';
import { readerFor, type Reader } from './compile-reader.ts';

/** Report-field ids whose vocabulary (in the reader's language packs) occurs in a lower-cased sentence (never 'other'). */
export function matchReportFields(norm: string, reader: Reader = readerFor(['en'])): ReportFieldId[] {
  const text = norm.length > 2000 ? norm.slice(0, 2000) : norm;
  const found = new Set<ReportFieldId>();
  for (const pack of reader.packs) for (const [id, re] of pack.reportFields) if (!found.has(id) && re.test(text)) found.add(id);
  return REPORT_FIELD_IDS.filter((id) => found.has(id));
}
