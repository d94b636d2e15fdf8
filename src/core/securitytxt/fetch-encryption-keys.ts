import { fetchSafely } from '../fetch/fetch-safely.ts';
import type { CoreDeps } from '../fetch/types.ts';
import type { VerificationKey } from './check-signature.ts';
import { decodeBody } from './decode-body.ts';

const ARMOR = '-----BEGIN PGP PUBLIC KEY BLOCK-----';
const MAX_KEY_URLS = 2;

/**
 * Fetches the OpenPGP keys named by Encryption fields (https:// URLs only, at most two, 256 KiB each) with the
 * same safe fetcher, keeping bodies that hold an armored public key. Never throws; returns [] when none.
 */
export async function fetchEncryptionKeys(
  encryption: string[],
  deps: CoreDeps,
  options: { timeoutMs?: number; maxRedirects?: number; signal?: AbortSignal },
): Promise<VerificationKey[]> {
  const urls = encryption.filter((v) => /^https:\/\//i.test(v)).slice(0, MAX_KEY_URLS);
  const records = await Promise.all(urls.map((url) => fetchSafely(url, deps, {
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: 262_144,
    maxRedirects: options.maxRedirects ?? 5,
    accept: 'application/pgp-keys, text/plain, */*;q=0.1',
    // Only the signature status waits for it: never ahead of a request the verdict waits for.
    priority: 'low',
    ...(options.signal ? { signal: options.signal } : {}),
  })));
  const keys: VerificationKey[] = [];
  records.forEach((r, i) => {
    if (r.status !== 200 || !r.body || r.truncated) return;
    const text = decodeBody(r.body).text;
    const start = text.indexOf(ARMOR);
    if (start !== -1) keys.push({ armored: text.slice(start), source: urls[i]! });
  });
  return keys;
}
