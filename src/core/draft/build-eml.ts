import { encodeDisplayName, encodeHeaderField } from './encode-header-value.ts';
import { encodeQuotedPrintable } from './encode-quoted-printable.ts';
import { formatRfc5322Date } from './format-rfc5322-date.ts';
import { parseEmailAddress } from './parse-email-address.ts';

export interface EmlInput {
  to: string[];
  subject: string;
  body: string;
  date: Date;
  from?: { name?: string; address?: string };
}

function mailbox(address: string, name?: string): string {
  const display = name ? encodeDisplayName(name) : '';
  return display === '' ? address : `${display} <${address}>`;
}

/**
 * An unsent RFC 5322 message (`X-Unsent: 1`: mail clients open it as a draft), UTF-8 text in
 * quoted-printable (7bit when the body is short-lined ASCII), CRLF throughout. Invalid addresses are
 * left out, so no header can be injected through them.
 */
export function buildEml(input: EmlInput): string {
  const to = input.to.map((a) => parseEmailAddress(a).value?.address).filter((a): a is string => !!a);
  const from = input.from?.address ? parseEmailAddress(input.from.address).value?.address : undefined;
  const lines = input.body.replace(/\r\n?/g, '\n').split('\n');
  const plain = lines.every((l) => /^[\x20-\x7E]*$/.test(l) && l.length <= 76 && !/[ \t]$/.test(l) && !l.startsWith('From ') && l !== '.');
  const headers = [
    'X-Unsent: 1',
    ...(from ? [`From: ${mailbox(from, input.from?.name)}`] : []),
    ...(to.length > 0 ? [`To: ${to.join(',\r\n ')}`] : []),
    encodeHeaderField('Subject', input.subject),
    `Date: ${formatRfc5322Date(input.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    `Content-Transfer-Encoding: ${plain ? '7bit' : 'quoted-printable'}`,
  ];
  const body = plain ? lines.join('\r\n') : encodeQuotedPrintable(input.body);
  return `${headers.join('\r\n')}\r\n\r\n${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}
