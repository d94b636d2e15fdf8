import * as z from 'zod/mini';

/** One hop of a redirect chain, as recorded by the safe fetcher. */
export const RedirectHopSchema = z.object({
  from: z.string(),
  to: z.string(),
  status: z.number(),
  cross_host: z.boolean(),
});
export type RedirectHop = z.infer<typeof RedirectHopSchema>;

export const FetchErrorKindSchema = z.enum([
  'timeout',
  'network',
  'tls',
  'too_many_redirects',
  'redirect_loop',
  'unsupported_scheme',
  'body_too_large',
  'aborted',
  'invalid_url',
]);
export type FetchErrorKind = z.infer<typeof FetchErrorKindSchema>;

/** Everything the safe fetcher learned about one URL: never throws, always one of these. */
export const FetchRecordSchema = z.object({
  requested_url: z.string(),
  final_url: z.string(),
  /** Location URLs followed, in order (the corpus' `redirects`). */
  redirects: z.array(z.string()),
  hops: z.array(RedirectHopSchema),
  /** True when the platform follows redirects itself (browsers): the chain then holds only the final URL. */
  redirects_opaque: z.boolean(),
  status: z.nullable(z.number()),
  content_type: z.nullable(z.string()),
  headers: z.record(z.string(), z.string()),
  /** Bytes read, at most the cap. */
  body: z.nullable(z.custom<Uint8Array>((v) => v instanceof Uint8Array)),
  truncated: z.boolean(),
  error: z.nullable(z.object({ kind: FetchErrorKindSchema, message: z.string() })),
  elapsed_ms: z.number(),
});
export type FetchRecord = z.infer<typeof FetchRecordSchema>;
