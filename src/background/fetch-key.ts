import type { FetchedKey } from '../shared/protocol.ts';
import { fetchSafely, type FetchLike } from '../core/index.ts';

const ARMOR_BEGIN = '-----BEGIN PGP PUBLIC KEY BLOCK-----';
const ARMOR_END = '-----END PGP PUBLIC KEY BLOCK-----';
export const MAX_KEY_BYTES = 256 * 1024;

export class KeyFetchError extends Error {
  override name = 'KeyFetchError';
}

/** Fetches an armored OpenPGP public key over https (bounded: 8 s, 256 KB, 3 redirects). */
export async function fetchKey(url: string, fetch: FetchLike, now: () => Date): Promise<FetchedKey> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new KeyFetchError('The key address is not a URL.');
  }
  if (parsed.protocol !== 'https:') throw new KeyFetchError('Keys are fetched over https only.');
  const record = await fetchSafely(parsed.href, { fetch, now, manualRedirects: false }, {
    timeoutMs: 8000,
    maxBytes: MAX_KEY_BYTES,
    maxRedirects: 3,
    accept: 'application/pgp-keys, text/plain;q=0.9, */*;q=0.1',
  });
  if (record.error) throw new KeyFetchError(`Could not fetch the key: ${record.error.message}`);
  if (record.status !== 200 || !record.body) throw new KeyFetchError(`The key address answered HTTP ${record.status ?? '?'}.`);
  if (record.truncated) throw new KeyFetchError('The key is larger than 256 KB.');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(record.body);
  const begin = text.indexOf(ARMOR_BEGIN);
  const end = begin === -1 ? -1 : text.indexOf(ARMOR_END, begin);
  if (begin === -1 || end === -1) throw new KeyFetchError('The address did not return an armored OpenPGP public key.');
  return { armored: text.slice(begin, end + ARMOR_END.length) + '\n', url: record.final_url };
}
