import * as z from 'zod/mini';

/**
 * `platform-suffixes.json`, written beside `platform-index.json` at build time (and with a refreshed copy): for
 * every DNS suffix a programme files a rule under (compileScope's `bySuffix`, "" for the rules every name is
 * checked against), the positions of those programmes in the index; and the programmes with IP rules. A host's
 * programmes are then found by its own suffixes, and only they are compiled (see selectPlatformProgrammes).
 * `programmes` and `entries` tie it to the index it was built from.
 */
export const PlatformSuffixTableSchema = z.object({
  schema: z.literal('scopecheck.platform-suffixes/1'),
  data_date: z.string(),
  programmes: z.number(),
  entries: z.number(),
  suffixes: z.array(z.tuple([z.string(), z.array(z.number())])),
  ip: z.array(z.number()),
});
export type PlatformSuffixTable = z.infer<typeof PlatformSuffixTableSchema>;
