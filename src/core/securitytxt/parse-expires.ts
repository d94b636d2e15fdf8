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
  const y = digitsAt(value, 0, 4), mo = digitsAt(value, 5, 2), d = digitsAt(value, 8, 2);
  const h = digitsAt(value, 11, 2), mi = digitsAt(value, 14, 2), s = digitsAt(value, 17, 2);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) return { kind: 'invalid' };
  let offsetMinutes = 0;
  if (m[9]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return { kind: 'invalid' };
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const wholeSeconds = daysFromCivil(y, mo, d) * DAY_MS + h * 3_600_000 + mi * 60_000 + s * 1000 - offsetMinutes * 60_000;
  let fraction = m[7] ?? '';
  let keep = fraction.length;
  while (keep > 1 && fraction.charCodeAt(keep - 1) === 0x30) keep--;
  fraction = fraction.slice(0, keep);
  const fractionMs = fraction.length > 1 ? Number(`0${fraction}`) * 1000 : 0;
  return { kind: 'rfc3339', epochMs: wholeSeconds + fractionMs, utc: `${isoSeconds(wholeSeconds)}${fraction.length > 1 ? fraction : ''}Z` };
}

const DAY_MS = 86_400_000;

/** The number made of `count` ASCII digits at `at` (the RFC 3339 pattern has already matched them). */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
}

/** Days from 1970-01-01 to a proleptic Gregorian date, for any year (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `Date.prototype.toISOString().slice(0, 19)` of an instant in whole seconds, without a Date. */
function isoSeconds(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const secondOfDay = (ms - days * DAY_MS) / 1000;
  // civil_from_days (H. Hinnant)
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const yearText = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  const hh = Math.floor(secondOfDay / 3600), mm = Math.floor((secondOfDay % 3600) / 60), ss = secondOfDay % 60;
  return `${yearText}-${pad(month, 2)}-${pad(day, 2)}T${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}.000Z`.slice(0, 19);
}

/** `now` plus one calendar year (the manifest's "one year" rule). */
export function addOneYear(now: Date): number {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}
