import { monthNumber } from './compile-reader.ts';

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar date at the start of `text` in the usual written forms: 2017-03-08, 2017/03/08, 2017年3月8日,
 * 08.03.2017, 08-03-2017 (day first), March 08, 2017, 8 March 2017, 8. März 2017, 8 marca 2017 (month names
 * of every language pack). Returns YYYY-MM-DD or null.
 */
export function parseLooseDate(text: string): string | null {
  const t = text.trim().toLowerCase().slice(0, 40);
  let m = /^(\d{4})(?:[-/.]|\s?[^\s\d]\s?)(\d{1,2})(?:[-/.]|\s?[^\s\d]\s?)(\d{1,2})(?!\d)/u.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\p{L}{3,12})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/u.exec(t);
  let month = m ? monthNumber(m[1]!) : undefined;
  if (m && month) return iso(Number(m[3]), month, Number(m[2]));
  m = /^(\d{1,2})(?:st|nd|rd|th|\.)? (?:de )?(\p{L}{3,12})\.?,? (?:de )?(\d{4})(?!\d)/u.exec(t);
  month = m ? monthNumber(m[2]!) : undefined;
  if (m && month) return iso(Number(m[3]), month, Number(m[1]));
  return null;
}
