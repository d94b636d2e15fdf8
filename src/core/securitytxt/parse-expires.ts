const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const RFC5322 = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun),[ \\t]*)?\\d{1,2}[ \\t]+(?:${MONTHS})[ \\t]+\\d{2,4}[ \\t]+\\d{2}:\\d{2}(?::\\d{2})?(?:[ \\t]+(?:[+-]\\d{4}|[a-z]{1,5}))?$`,
  'i',
);

export type ExpiresParse =
  | { kind: 'rfc3339'; epochMs: number; utc: string }
  | { kind: 'rfc5322' }
  | { kind: 'invalid' };

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses an Expires value: strict RFC 3339 date-time (T/Z in either case, optional fraction, Z or ±hh:mm,
 * real calendar dates), recognising the RFC 5322 format of the old drafts separately.
 * `utc` is the instant as `YYYY-MM-DDTHH:MM:SS[.fff]Z` (fraction kept without trailing zeros).
 */
export function parseExpires(value: string): ExpiresParse {
  const m = RFC3339.exec(value);
  if (!m) return RFC5322.test(value) ? { kind: 'rfc5322' } : { kind: 'invalid' };
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  const y = year!, mo = month!, d = day!, h = hour!, mi = minute!, s = second!;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) return { kind: 'invalid' };
  let offsetMinutes = 0;
  if (m[9]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return { kind: 'invalid' };
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  const wholeSeconds = date.getTime() - offsetMinutes * 60_000;
  let fraction = m[7] ?? '';
  let keep = fraction.length;
  while (keep > 1 && fraction.charCodeAt(keep - 1) === 0x30) keep--;
  fraction = fraction.slice(0, keep);
  const fractionMs = fraction.length > 1 ? Number(`0${fraction}`) * 1000 : 0;
  const iso = new Date(wholeSeconds).toISOString().slice(0, 19);
  return { kind: 'rfc3339', epochMs: wholeSeconds + fractionMs, utc: `${iso}${fraction.length > 1 ? fraction : ''}Z` };
}

/** `now` plus one calendar year (the manifest's "one year" rule). */
export function addOneYear(now: Date): number {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}
