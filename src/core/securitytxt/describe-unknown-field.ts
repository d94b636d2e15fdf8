// The information line for a field RFC 9116 and the IANA registry do not define: its name and value, and for
// fields proposed in the community, that they are a proposal (shown, but not something readers act on).
import { msg, type Message } from '../message/message.ts';

/** Lower-case names of fields proposed for security.txt but not registered, with the message naming the proposal. */
const PROPOSED: ReadonlyMap<string, string> = new Map([
  ['safe-harbor', 'detail_fieldProposedSafeHarbor'],
]);

/** The `unknown_field` detail: `(Name: value)`, with a note for proposed fields; both cut to stay short. */
export function describeUnknownField(name: string, value: string): Message {
  const shownName = name.slice(0, 80);
  const shownValue = value.length > 200 ? `${value.slice(0, 200)}…` : value;
  const proposal = PROPOSED.get(name.toLowerCase());
  return proposal ? msg(proposal, { name: shownName, value: shownValue }) : msg('detail_field', { name: shownName, value: shownValue });
}
