import type { FetchErrorKind } from '../schemas/fetch-record.ts';

/** Thrown-by-fetch error → a kind and a one-line message. Walks `cause` (undici nests the socket error there). */
export function classifyFetchError(error: unknown, reason: 'timeout' | 'aborted' | null): { kind: FetchErrorKind; message: string } {
  if (reason === 'timeout') return { kind: 'timeout', message: 'the server did not answer in time' };
  if (reason === 'aborted') return { kind: 'aborted', message: 'the request was cancelled' };
  const parts: string[] = [];
  let tls = false;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current === 'object') {
      const code = 'code' in current ? String((current as { code: unknown }).code) : '';
      const message = 'message' in current ? String((current as { message: unknown }).message) : '';
      if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH/i.test(code)) tls = true;
      if (/certificate|self[- ]signed|altnames/i.test(message)) tls = true;
      if (message) parts.push(code ? `${message} (${code})` : message);
      current = 'cause' in current ? (current as { cause: unknown }).cause : undefined;
    } else {
      parts.push(String(current));
      break;
    }
  }
  const message = oneLine(parts.join(': ') || 'network error');
  return { kind: tls ? 'tls' : 'network', message };
}

/** Collapses whitespace and bounds the length, so hostile error text stays one short line. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
