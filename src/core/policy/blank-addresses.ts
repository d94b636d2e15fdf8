import { findEmails } from './find-emails.ts';
import { findUrls } from './find-urls.ts';

/**
 * The text with its e-mail addresses and URLs replaced by spaces (offsets kept): the words of a sentence
 * without what its addresses happen to contain ("bug-bounty@example.org" offers no bounty,
 * "security@example.org" does not make a press contact a security one).
 */
export function blankAddresses(text: string): string {
  let out = text;
  for (const r of [...findEmails(text), ...findUrls(text)]) out = out.slice(0, r.start) + ' '.repeat(r.end - r.start) + out.slice(r.end);
  return out;
}
