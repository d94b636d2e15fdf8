// The information line for a field RFC 9116 and the IANA registry do not define: its name and value, and for
// fields proposed in the community, that they are a proposal (shown, but not something readers act on).

/** Lower-case names of fields proposed for security.txt but not registered. */
const PROPOSED: ReadonlyMap<string, string> = new Map([
  ['safe-harbor', 'a proposed field for the organisation\'s safe-harbor statement, not registered with IANA'],
]);

/** The `unknown_field` detail: `(Name: value)`, with a note for proposed fields; both cut to stay short. */
export function describeUnknownField(name: string, value: string): string {
  const shownName = name.slice(0, 80);
  const shownValue = value.length > 200 ? `${value.slice(0, 200)}…` : value;
  const proposal = PROPOSED.get(name.toLowerCase());
  return `(${shownName}: ${shownValue}${proposal ? `; ${proposal}` : ''})`;
}
