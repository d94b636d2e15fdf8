import { fetchSafely } from '../fetch/fetch-safely.ts';
import type { FetchLike } from '../fetch/types.ts';
import { BOUNTY_TARGETS_PLATFORMS, checkBountyTargetsFile } from './bounty-targets-file.ts';
import { buildPlatformIndex } from './build-platform-index.ts';
import { PlatformIndexSchema, type PlatformIndex } from './platform-index.ts';

/** Per file: bugcrowd's is about 1 MB today; a file past this is not taken. */
export const MAX_PLATFORM_FILE_BYTES = 32 * 2 ** 20;
const TIMEOUT_MS = 30_000;
/** Fewer programmes than this is not the data set, whatever the copy in use holds. */
export const MIN_PROGRAMMES = 100;

export type PlatformDataOutcome = { ok: true; index: PlatformIndex } | { ok: false; reason: string };

/**
 * Whether a newly built index may replace the one in use: a partial or shrunken copy never does. It must
 * hold at least MIN_PROGRAMMES programmes and half as many as the copy in use, and every platform that
 * copy has programmes of.
 */
export function acceptPlatformIndex(candidate: PlatformIndex, current: PlatformIndex | null): PlatformDataOutcome {
  const n = candidate.programmes.length;
  if (n < MIN_PROGRAMMES) return { ok: false, reason: `only ${n} programmes (at least ${MIN_PROGRAMMES} expected)` };
  if (current && n < current.programmes.length / 2) return { ok: false, reason: `only ${n} programmes, against ${current.programmes.length} in the copy in use` };
  const platforms = new Set(candidate.programmes.map((p) => p.platform));
  const missing = current ? [...new Set(current.programmes.map((p) => p.platform))].filter((p) => !platforms.has(p)) : [];
  if (missing.length > 0) return { ok: false, reason: `no programmes of ${missing.join(', ')}` };
  return { ok: true, index: candidate };
}

/**
 * A newer copy of the platform data: fetches `<base>/<platform>_data.json` of each platform from a
 * bounty-targets-data directory (bounded: 30 s, 32 MiB, 3 redirects each), checks every file as the
 * build step does (checkBountyTargetsFile), builds the index with buildPlatformIndex, validates it
 * (PlatformIndexSchema) and accepts it only when acceptPlatformIndex does. Never throws: a failure says why.
 */
export async function refreshPlatformData(
  base: string, deps: { fetch: FetchLike; now: () => Date }, current: PlatformIndex | null, maxBytes = MAX_PLATFORM_FILE_BYTES,
): Promise<PlatformDataOutcome> {
  let root: URL;
  try {
    root = new URL(base.endsWith('/') ? base : `${base}/`);
  } catch {
    return { ok: false, reason: 'the address is not a URL' };
  }
  if (root.protocol !== 'https:' && root.protocol !== 'http:') return { ok: false, reason: 'only http(s) addresses are fetched' };
  const files: Record<string, unknown> = {};
  for (const platform of BOUNTY_TARGETS_PLATFORMS) {
    const url = new URL(`${platform}_data.json`, root).href;
    const record = await fetchSafely(url, { ...deps, manualRedirects: false }, { timeoutMs: TIMEOUT_MS, maxBytes, maxRedirects: 3, accept: 'application/json' });
    const file = `${platform}_data.json`;
    if (record.error) return { ok: false, reason: `${file}: ${record.error.message}` };
    if (record.status !== 200 || !record.body) return { ok: false, reason: `${file}: HTTP ${record.status ?? '?'}` };
    if (record.truncated) return { ok: false, reason: `${file} is larger than ${Math.round(maxBytes / 2 ** 20)} MiB` };
    try {
      files[platform] = JSON.parse(new TextDecoder().decode(record.body));
    } catch {
      return { ok: false, reason: `${file} is not JSON (cut short?)` };
    }
    const checked = checkBountyTargetsFile(files[platform]);
    if (!checked.ok) return { ok: false, reason: `${file}: ${checked.reason}` };
  }
  const date = deps.now().toISOString().slice(0, 10);
  const built = buildPlatformIndex(files, {
    source: `${root.href} (fetched ${deps.now().toISOString()})`,
    license: current?.license ?? 'MIT',
    notice: current?.notice ?? 'arkadiyt/bounty-targets-data, MIT licence: https://github.com/arkadiyt/bounty-targets-data/blob/main/LICENSE.md',
    data_date: date,
  });
  const valid = PlatformIndexSchema.safeParse(built);
  if (!valid.success) return { ok: false, reason: 'the data did not make a valid index' };
  return acceptPlatformIndex(valid.data, current);
}
