import type { Message } from './message.ts';

/**
 * Looks a message up in one language with positional substitutions, as browser.i18n.getMessage does: a
 * catalogue entry names its placeholders, `$1`… in alphabetical order of their names. Empty when unknown.
 */
export type GetMessage = (key: string, substitutions: string[]) => string;

/**
 * A message in words: its parameters in the alphabetical order of their names become `$1`, `$2`, …; a
 * parameter that is itself a message is rendered first, and capitalised when the sentence starts with it.
 * An unknown id renders as the id, so a missing message shows instead of vanishing. Only the whole is trimmed
 * (an empty optional part such as `$DETAIL$` leaves a trailing space; a phrase may start with one).
 */
export function renderMessage(message: Message, getMessage: GetMessage): string {
  const nested: string[] = [];
  const out = renderInner(message, getMessage, nested).trim();
  const lead = nested.find((text) => text !== '' && out.startsWith(text));
  return lead ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

function renderInner(message: Message, getMessage: GetMessage, nested: string[] = []): string {
  const names = Object.keys(message.params ?? {}).sort();
  const substitutions = names.map((name) => {
    const value = message.params![name]!;
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    const text = renderInner(value, getMessage);
    nested.push(text);
    return text;
  });
  const out = getMessage(message.id, substitutions);
  return out === '' ? message.id : out;
}
