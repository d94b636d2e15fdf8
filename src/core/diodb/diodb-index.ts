import * as z from 'zod/mini';

/** One disclose.io programme, as kept in the bundled index (only what the extension shows). */
export const DiodbProgramSchema = z.object({
  name: z.string(),
  policy_url: z.nullable(z.string()),
  contact_url: z.nullable(z.string()),
  contact_email: z.nullable(z.string()),
  bounty: z.nullable(z.enum(['yes', 'no', 'partial'])),
  swag: z.nullable(z.boolean()),
  safe_harbor: z.nullable(z.enum(['full', 'partial', 'none'])),
  pgp_key: z.nullable(z.string()),
  securitytxt_url: z.nullable(z.string()),
  preferred_languages: z.nullable(z.string()),
  disclosure_days: z.nullable(z.number()),
  policy_url_alive: z.nullable(z.boolean()),
});
export type DiodbProgram = z.infer<typeof DiodbProgramSchema>;

/** `src/core/diodb/diodb-index.generated.json`, written by scripts/build-diodb-index.ts at build time. */
export const DiodbIndexSchema = z.object({
  schema: z.literal('scopecheck.diodb-index/1'),
  source: z.string(),
  license: z.string(),
  snapshot_date: z.string(),
  commit: z.string(),
  programs: z.array(DiodbProgramSchema),
  /** Host or registrable domain (lower case, no "www.") → indices into `programs`. */
  hosts: z.record(z.string(), z.array(z.number())),
});
export type DiodbIndex = z.infer<typeof DiodbIndexSchema>;
