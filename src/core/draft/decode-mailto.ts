import type { Finding } from '../schemas/finding.ts';
import { makeDraftWarning } from './make-draft-warning.ts';
import { percentDecode } from './percent-decode.ts';

export interface DecodedMailto {
  to: string[];
  /** Every hfield in order, names lower-cased (`to` fields are also merged into `to`). */
  headers: Array<{ name: string; value: string }>;
  subject: string | null;
  /** The body with RFC 6068's CRLF line breaks turned back into LF. */
  body: string | null;
}

/** Parses a `mailto:` URI (RFC 6068) into recipients and header fields. Never throws. */
export function decodeMailto(uri: string): { value: DecodedMailto | null; findings: Finding[] } {
  const findings: Finding[] = [];
  if (!/^mailto:/i.test(uri)) {
    findings.push(makeDraftWarning('not_mailto', undefined, 'error'));
    return { value: null, findings };
  }
  let rest = uri.slice('mailto:'.length);
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    rest = rest.slice(0, hash);
    findings.push(makeDraftWarning('mailto_fragment'));
  }
  const decode = (s: string): string => {
    const r = percentDecode(s);
    findings.push(...r.findings);
    return r.value;
  };
  const q = rest.indexOf('?');
  const addrPart = q >= 0 ? rest.slice(0, q) : rest;
  const query = q >= 0 ? rest.slice(q + 1) : '';
  const to = addrPart === '' ? [] : addrPart.split(',').map(decode).filter((a) => a !== '');
  const headers: Array<{ name: string; value: string }> = [];
  for (const field of query === '' ? [] : query.split('&')) {
    const eq = field.indexOf('=');
    const name = decode(eq >= 0 ? field.slice(0, eq) : field).toLowerCase();
    const value = eq >= 0 ? decode(field.slice(eq + 1)) : '';
    headers.push({ name, value });
    if (name === 'to') to.push(...value.split(',').filter((a) => a !== ''));
  }
  const subject = headers.find((h) => h.name === 'subject')?.value ?? null;
  const rawBody = headers.find((h) => h.name === 'body')?.value;
  const body = rawBody === undefined ? null : rawBody.replace(/\r\n/g, '\n');
  return { value: { to, headers, subject, body }, findings };
}
