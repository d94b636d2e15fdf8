import * as z from 'zod/mini';

/**
 * Words the core hands to a shell, as data: a message id (a key of public/_locales/<lang>/messages.json) and its
 * variable parts. A part is text taken as it is (a host, a quote from a document, a number) or another message
 * (a phrase such as "the in-scope entry … of the policy"), rendered in the same language.
 */
export interface Message {
  id: string;
  params?: MessageParams;
}
export type MessageParam = string | number | Message;
export type MessageParams = Record<string, MessageParam>;

export const MessageSchema: z.ZodMiniType<Message> = z.object({
  id: z.string(),
  get params() {
    return z.optional(MessageParamsSchema);
  },
});
export const MessageParamsSchema: z.ZodMiniType<MessageParams> = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.lazy(() => MessageSchema)]),
);

/** A message with its parameters; parameters that are undefined are left out. */
export function msg(id: string, params?: Record<string, MessageParam | undefined>): Message {
  if (!params) return { id };
  const kept: MessageParams = {};
  for (const [name, value] of Object.entries(params)) if (value !== undefined) kept[name] = value;
  return Object.keys(kept).length > 0 ? { id, params: kept } : { id };
}

/** Several messages as one, joined by the list message `joiner` ("$FIRST$; $REST$"); null for none. */
export function joinMessages(parts: readonly Message[], joiner = 'list_semicolon'): Message | null {
  if (parts.length === 0) return null;
  return parts.slice(0, -1).reduceRight<Message>((rest, first) => msg(joiner, { first, rest }), parts[parts.length - 1]!);
}
