import * as z from 'zod/mini';

/** The platforms bounty-targets-data publishes a file for and the index is built from. */
export const BOUNTY_TARGETS_PLATFORMS = ['bugcrowd', 'intigriti', 'yeswehack', 'federacy'] as const;

/** More programmes than any platform has: a bigger file is not this data set. */
const MAX_PROGRAMMES = 20_000;

/**
 * One programme of a bounty-targets-data file (`data/<platform>_data.json`): its name and its in- and
 * out-of-scope targets. Only what the index reads is checked; other fields are the platform's own.
 */
export const BountyTargetsProgrammeSchema = z.object({
  name: z.string(),
  targets: z.object({
    in_scope: z.optional(z.nullable(z.array(z.unknown()))),
    out_of_scope: z.optional(z.nullable(z.array(z.unknown()))),
  }),
});

/** A bounty-targets-data file: an array of programmes (a record that is not one is skipped by the build). */
export const BountyTargetsFileSchema = z.array(z.unknown()).check(z.maxLength(MAX_PROGRAMMES));

/**
 * Whether a parsed file is a bounty-targets-data programme list: the shape, and most of its records read
 * as programmes (a few odd records are skipped; a file of other things is refused). Used by the build
 * step and by the refresh, so both accept the same files.
 */
export function checkBountyTargetsFile(json: unknown): { ok: true; programmes: number } | { ok: false; reason: string } {
  const file = BountyTargetsFileSchema.safeParse(json);
  if (!file.success) return { ok: false, reason: Array.isArray(json) ? `more than ${MAX_PROGRAMMES} records` : 'not a list of programmes' };
  const programmes = file.data.filter((record) => BountyTargetsProgrammeSchema.safeParse(record).success).length;
  if (file.data.length > 0 && programmes < file.data.length * 0.9) return { ok: false, reason: `${file.data.length - programmes} of ${file.data.length} records are not programmes with targets` };
  return { ok: true, programmes };
}
