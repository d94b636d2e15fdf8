import { describeFetchFailure } from '../fetch/describe-fetch-failure.ts';
import { msg, type Message, type MessageParam } from '../message/message.ts';

/** The fixed notes discovery writes on a source, by message id. */
const FIXED: Readonly<Record<string, string>> = {
  chosen: 'detail_sourceChosen',
  'a PDF: not read, open it yourself': 'detail_sourcePdf',
  'not text': 'detail_sourceNotText',
  'empty response': 'detail_sourceEmpty',
  'does not read like a disclosure policy': 'detail_sourceNotPolicy',
};
const FETCH_KINDS = /^(?:timeout|network|tls|too_many_redirects|redirect_loop|unsupported_scheme|body_too_large|aborted|invalid_url): /;

/**
 * A policy source's `note` (a contract string of the JSON: "on the parent domain example.com; redirected to …;
 * chosen") in parentheses, as words a shell says in its language: each part by its id, a fetch failure as describeFetchFailure
 * words it. A part it does not know (an HTTP status) stays as it is.
 */
export function describeSourceNote(note: string): Message {
  const parts = note.split('; ').map((part): MessageParam => {
    if (FIXED[part]) return msg(FIXED[part]);
    const parent = /^on the parent domain (\S+)$/.exec(part);
    if (parent) return msg('detail_sourceParent', { domain: parent[1]! });
    const redirect = /^redirected to (\S+)$/.exec(part);
    if (redirect) return msg('detail_sourceRedirected', { url: redirect[1]! });
    return FETCH_KINDS.test(part) ? describeFetchFailure(part.replace(FETCH_KINDS, '')) : part;
  });
  // In parentheses, as the readable outputs show it (and so a leading part is not capitalised).
  return msg('detail_sourcePart', { part: parts.slice(1).reduce<MessageParam>((first, rest) => msg('list_semicolon', { first, rest }), parts[0]!) });
}
