import { msg, type Message } from '../message/message.ts';

/** The system's own code in a network stack's message (ECONNRESET, UND_ERR_SOCKET, CERT_HAS_EXPIRED …). */
const CODE = /\b((?:E[A-Z]{3,}|UND_ERR_[A-Z_]+|ERR_[A-Z_]+|[A-Z_]*CERT[A-Z_]*|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED[A-Z_]*))\b/;
const DNS = /ENOTFOUND|EAI_AGAIN|getaddrinfo/;
const TLS = /CERT|TLS|SSL|certificate|self[- ]signed|altnames/i;

/** Ids by the start of classifyFetchError's and the fetcher's own words; the rest of the text is the stack's detail. */
const LEADS: ReadonlyArray<[RegExp, string]> = [
  [/^the request was cancelled/, 'detail_fetchCancelled'],
  [/^connection reset while reading the body/, 'detail_fetchResetBody'],
  [/^connection reset before a response/, 'detail_fetchResetResponse'],
  [/^the body could not be read/, 'detail_fetchBodyUnreadable'],
  [/^redirect to an invalid URL/, 'detail_fetchBadRedirect'],
  [/too large|larger than/i, 'detail_fetchTooLarge'],
  [/^error: timeout$/, 'detail_fetchTimeout'],
];

/**
 * A fetch failure (a record's error message, a context's `fetch_error`, a discovery attempt's `error: <kind>`) as a
 * message id a shell words in its language: timeout, DNS, TLS, reset, refused, too large, cancelled. The network
 * stack's own sentence stays where it was, a machine value; only its error code (ECONNRESET) is shown with the words.
 */
export function describeFetchFailure(detail: string): Message {
  const timeout = /^timed out after (\d+) ms (waiting for a response|while reading the body)/.exec(detail);
  if (timeout) return msg(timeout[2] === 'while reading the body' ? 'detail_fetchTimeoutBody' : 'detail_fetchTimeoutResponse', { ms: Number(timeout[1]) });
  if (detail.startsWith('timed out')) return msg('detail_fetchTimeout');
  const code = CODE.exec(detail)?.[1];
  const params = { code: code ? msg('detail_fetchCode', { code }) : undefined };
  const lead = LEADS.find(([pattern]) => pattern.test(detail));
  if (lead) return msg(lead[1], params);
  if (DNS.test(detail)) return msg('detail_fetchDns', params);
  if (/ECONNREFUSED/.test(detail)) return msg('detail_fetchRefused', params);
  if (TLS.test(detail)) return msg('detail_fetchTls', params);
  return msg(/^no response/.test(detail) ? 'detail_fetchNoResponse' : 'detail_fetchFailed', params);
}
