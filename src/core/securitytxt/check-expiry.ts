import type { Finding } from '../schemas/finding.ts';
import { msg } from '../message/message.ts';
import { makeFinding } from './check-catalogue.ts';
import { addOneYear, type ExpiresParse } from './parse-expires.ts';

const DAY_MS = 86_400_000;

/** Clock checks on a valid RFC 3339 Expires: expired, more than one calendar year ahead, or expiring soon. */
export function checkExpiry(expires: { line: number; parsed: ExpiresParse } | null, now: Date, soonDays: number): Finding[] {
  if (!expires || expires.parsed.kind !== 'rfc3339') return [];
  const at = expires.parsed.epochMs;
  const nowMs = now.getTime();
  const days = (ms: number) => Math.round(Math.abs(ms) / DAY_MS);
  if (at < nowMs) return [makeFinding('expired', expires.line, msg('detail_expiredDaysAgo', { date: expires.parsed.utc, days: days(nowMs - at) }))];
  if (at > addOneYear(now)) return [makeFinding('expires_too_far', expires.line, msg('detail_parenthesised', { text: expires.parsed.utc }))];
  if (at - nowMs <= soonDays * DAY_MS) return [makeFinding('expires_soon', expires.line, msg('detail_expiresInDays', { date: expires.parsed.utc, days: days(at - nowMs) }))];
  return [];
}
