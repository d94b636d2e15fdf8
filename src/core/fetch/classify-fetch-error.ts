import type { FetchErrorKind } from '../schemas/fetch-record.ts';

/** Where the request was when it failed: before the status line and headers, or while reading the body. */
export type FetchPhase = 'response' | 'body';

export interface FailureContext {
  phase?: FetchPhase;
  /** The per-request timeout, named in a timeout message. */
  timeoutMs?: number;
}

const RESET = /ECONNRESET|EPIPE|UND_ERR_SOCKET|other side closed|socket hang up|connection reset/i;
const TLS_CODE = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH/i;
const TLS_MESSAGE = /certificate|self[- ]signed|altnames/i;

/** The nested messages and codes of an error, outermost first (undici nests the socket error in `cause`). */
function describeChain(error: unknown): { parts: string[]; tls: boolean } {
  const parts: string[] = [];
  let tls = false;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current !== 'object') {
      parts.push(String(current));
      break;
    }
    const rawCode = 'code' in current ? (current as { code: unknown }).code : undefined;
    const code = typeof rawCode === 'string' || typeof rawCode === 'number' ? String(rawCode) : '';
    const message = 'message' in current ? String((current as { message: unknown }).message) : '';
    if (TLS_CODE.test(code) || TLS_MESSAGE.test(message)) tls = true;
    if (message) parts.push(code ? `${message} (${code})` : message);
    current = 'cause' in current ? (current as { cause: unknown }).cause : undefined;
  }
  return { parts, tls };
}

function timeoutMessage(context: FailureContext): string {
  const after = context.timeoutMs !== undefined ? ` after ${context.timeoutMs} ms` : '';
  return context.phase === 'body' ? `timed out${after} while reading the body` : `timed out${after} waiting for a response`;
}

/**
 * Thrown-by-fetch error → a kind and a one-line message that says what happened: "timed out after N ms …",
 * "connection reset while reading the body (…)", or the platform's words.
 */
export function classifyFetchError(error: unknown, reason: 'timeout' | 'aborted' | null, context: FailureContext = {}): { kind: FetchErrorKind; message: string } {
  if (reason === 'timeout') return { kind: 'timeout', message: timeoutMessage(context) };
  if (reason === 'aborted') return { kind: 'aborted', message: 'the request was cancelled' };
  const { parts, tls } = describeChain(error);
  const detail = oneLine(parts.join(': ') || 'network error');
  if (tls) return { kind: 'tls', message: detail };
  const reset = RESET.test(detail);
  let what: string | null = null;
  if (context.phase === 'body') what = reset ? 'connection reset while reading the body' : 'the body could not be read';
  else if (context.phase === 'response') what = reset ? 'connection reset before a response' : 'no response';
  return { kind: 'network', message: what ? oneLine(`${what} (${detail})`) : detail };
}

/** Collapses whitespace and bounds the length, so hostile error text stays one short line. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
