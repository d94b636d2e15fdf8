import * as z from 'zod/mini';

/**
 * The HTTP facts of a retrieval, as a sample's `context` in the corpus manifest and `scopecheck txt --context`.
 * Missing keys take the manifest's `context_defaults` (see `withContextDefaults`).
 */
export const FetchContextSchema = z.object({
  retrieved_from: z.string(),
  final_url: z.optional(z.nullable(z.string())),
  redirects: z.optional(z.array(z.string())),
  http_status: z.optional(z.nullable(z.number())),
  content_type: z.optional(z.nullable(z.string())),
  location: z.optional(z.enum(['well-known', 'legacy'])),
  legacy_differs: z.optional(z.boolean()),
  require_top_level_location: z.optional(z.boolean()),
  top_level_status: z.optional(z.nullable(z.number())),
  tls_error: z.optional(z.boolean()),
  max_redirects: z.optional(z.number()),
  page_host: z.optional(z.nullable(z.string())),
  verification_key: z.optional(z.nullable(z.string())),
  /** The retrieval failed after or instead of the headers (timeout, reset, broken response): what happened. The body is not read. */
  fetch_error: z.optional(z.nullable(z.string())),
});
export type FetchContext = z.infer<typeof FetchContextSchema>;

export type ResolvedContext = FetchContext & {
  redirects: string[];
  http_status: number | null;
  content_type: string | null;
  location: 'well-known' | 'legacy';
};

/**
 * Applies the manifest's defaults: no redirects, 200, text/plain; charset=utf-8, well-known location.
 * Every key is written out, so all resolved contexts share one object shape (a spread would give each
 * combination of present keys its own, and make every reader of them slow).
 */
export function withContextDefaults(context: FetchContext): ResolvedContext {
  return {
    retrieved_from: context.retrieved_from,
    final_url: context.final_url,
    redirects: context.redirects ?? [],
    http_status: context.http_status === undefined ? 200 : context.http_status,
    content_type: context.content_type === undefined ? 'text/plain; charset=utf-8' : context.content_type,
    location: context.location ?? 'well-known',
    legacy_differs: context.legacy_differs,
    require_top_level_location: context.require_top_level_location,
    top_level_status: context.top_level_status,
    tls_error: context.tls_error,
    max_redirects: context.max_redirects,
    page_host: context.page_host,
    verification_key: context.verification_key,
    fetch_error: context.fetch_error,
  };
}
