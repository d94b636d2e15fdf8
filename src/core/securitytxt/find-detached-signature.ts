import { fetchSafely } from '../fetch/fetch-safely.ts';
import type { CoreDeps } from '../fetch/types.ts';
import type { Finding } from '../schemas/finding.ts';
import { decodeBody } from './decode-body.ts';
import { BEGIN_SIGNATURE } from './parse-signed-envelope.ts';

/**
 * Looks for a detached OpenPGP signature next to an unsigned security.txt (`<file URL>.asc`, the name `gpg
 * --detach-sign --armor` gives). One bounded request (16 KiB, at most 3 s, no redirects); returns its URL when the
 * body is an armored signature, else null. Never throws.
 */
export async function findDetachedSignature(fileUrl: string, deps: CoreDeps, options: { timeoutMs?: number; signal?: AbortSignal }): Promise<string | null> {
  const url = `${fileUrl.split(/[?#]/)[0]}.asc`;
  const record = await fetchSafely(url, deps, {
    timeoutMs: Math.min(options.timeoutMs ?? 10_000, 3_000),
    maxBytes: 16_384,
    maxRedirects: 0,
    accept: 'application/pgp-signature, text/plain;q=0.5, */*;q=0.1',
    // It only explains `not_signed`: never ahead of a request the verdict waits for.
    priority: 'low',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (record.status !== 200 || !record.body) return null;
  return decodeBody(record.body).text.trimStart().startsWith(BEGIN_SIGNATURE) ? url : null;
}

/**
 * Explains a detached signature in the `not_signed` finding: RFC 9116 §2.3 only knows a signature inside the file
 * (an OpenPGP cleartext-signed message), so readers do not check the .asc file and the file counts as unsigned.
 */
export function explainDetachedSignature(findings: Finding[], ascUrl: string): Finding[] {
  return findings.map((f) => (f.id !== 'not_signed' ? f : {
    ...f,
    message_id: 'finding_not_signed_detached',
    fix_id: 'fix_not_signed_detached',
    params: { url: ascUrl },
  }));
}
