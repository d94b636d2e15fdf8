// What exactly is wrong with an Expires value that is not an RFC 3339 date-time, for the message of
// `expires_invalid_format`: the common slips get named, so the fix is obvious.
import { msg, type Message } from '../message/message.ts';

const NO_OFFSET = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;
const SPACE_SEPARATOR = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const SHORT_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}([Zz]|[+-]\d{2}:\d{2})$/;
const COMPACT_OFFSET = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?[+-]\d{4}$/;

/** A parenthesised explanation for an invalid Expires value, or undefined when nothing specific is known. */
export function describeExpiresProblem(value: string): Message | undefined {
  const v = value.length > 64 ? '' : value.trim();
  if (NO_OFFSET.test(v)) return msg('detail_expiresNoTimeZone');
  if (SPACE_SEPARATOR.test(v)) return msg('detail_expiresSpace');
  if (DATE_ONLY.test(v)) return msg('detail_expiresDateOnly');
  if (SHORT_TIME.test(v)) return msg('detail_expiresNoSeconds');
  if (COMPACT_OFFSET.test(v)) return msg('detail_expiresOffsetColon');
  return undefined;
}
