import * as z from 'zod/mini';

/** One bug bounty programme as kept in the bundled index: its published scope strings, unchanged. */
export const PlatformProgrammeSchema = z.object({
  platform: z.string(),
  name: z.string(),
  url: z.string(),
  in_scope: z.array(z.string()),
  out_of_scope: z.array(z.string()),
});
export type PlatformProgramme = z.infer<typeof PlatformProgrammeSchema>;

/**
 * `platform-index.json`, written by scripts/build-platform-index.ts at build time from the
 * bounty-targets-data snapshot (MIT): the extension and the CLI read it as a data file, only when needed.
 */
export const PlatformIndexSchema = z.object({
  schema: z.literal('scopecheck.platform-index/1'),
  source: z.string(),
  license: z.string(),
  /** The data set's copyright and permission notice, kept as the MIT licence asks. */
  notice: z.string(),
  data_date: z.string(),
  programmes: z.array(PlatformProgrammeSchema),
});
export type PlatformIndex = z.infer<typeof PlatformIndexSchema>;

export { ProgrammeMatchSchema, type ProgrammeMatch } from '../schemas/scope-verdict.ts';
