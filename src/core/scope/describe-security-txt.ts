import type { TxtResult } from '../schemas/txt-result.ts';
import { normalizeHost } from './normalize-host.ts';
import { msg, type Message } from '../message/message.ts';

/**
 * What a security.txt means for a host under RFC 9116 §3.1: it applies to the host it was served
 * from; a parent's file is inherited as a contact, never a grant. It never puts a host in scope.
 */
export function describeSecurityTxt(host: string, txt: TxtResult | null): Message | null {
  const source = txt?.source;
  // Only a file that was found and read counts: a 404, a soft-404 HTML page or a failed fetch publishes nothing.
  if (!source || !txt?.parsed) return null;
  const applies = normalizeHost(source.applies_to_host)?.host ?? source.applies_to_host;
  if (source.inherited_from_parent) return msg('reason_txtInherited', { host });
  if (applies === host) return msg('reason_txtOwn', { host });
  return msg('reason_txtOtherHost', { applies, host });
}
