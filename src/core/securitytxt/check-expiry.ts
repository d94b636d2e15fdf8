import type { Finding } from '../schemas/finding.ts';
import { makeFinding } from './check-catalogue.ts';
import { addOneYear, type ExpiresParse } from './parse-expires.ts';

const DAY_MS = 86_400_000;

/** Clock checks on a valid RFC 3339 Expires: expired, more than one calendar year ahead, or expiring soon. */
export function checkExpiry(expires: { line: number; parsed: ExpiresParse } | null, now: Date, soonDays: number): Finding[] {
  if (!expires || expires.parsed.kind !== 'rfc3339') return [];
  const at = expires.parsed.epochMs;
  const nowMs = now.getTime();
  const days = (ms: number) => Math.round(Math.abs(ms) / DAY_MS);
  if (at < nowMs) return [makeFinding('expired', expires.line, `(${expires.parsed.utc}, ${days(nowMs - at)} days ago)`)];
  if (at > addOneYear(now)) return [makeFinding('expires_too_far', expires.line, `(${expires.parsed.utc})`)];
  if (at - nowMs <= soonDays * DAY_MS) return [makeFinding('expires_soon', expires.line, `(${expires.parsed.utc}, in ${days(at - nowMs)} days)`)];
  return [];
}
