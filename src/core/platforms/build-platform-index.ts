import type { PlatformIndex, PlatformProgramme } from './platform-index.ts';
import { BountyTargetsFileSchema, BountyTargetsProgrammeSchema } from './bounty-targets-file.ts';

export interface PlatformSnapshot {
  source: string;
  license: string;
  notice: string;
  data_date: string;
}

// Target types that name hosts, URLs or addresses (or may, in free text); apps, hardware and binaries do not.
const HOST_TYPES = new Set(['website', 'api', 'url', 'wildcard', 'ip_address', 'iprange', 'network', 'other', 'web-application', 'cidr', 'domain']);
const MAX_TARGET = 2000;

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim().length > 0 ? v.trim().slice(0, MAX_TARGET) : null);

/**
 * The compact index of the platforms' programme scopes: for each programme its platform, name, link and
 * the in/out-of-scope strings of the target types that can name hosts, exactly as published. `files` maps
 * a platform name to its bounty-targets-data file (an array of programmes, BountyTargetsFileSchema). Records
 * that are not programmes (BountyTargetsProgrammeSchema) are skipped.
 */
export function buildPlatformIndex(files: Readonly<Record<string, unknown>>, snapshot: PlatformSnapshot): PlatformIndex {
  const programmes: PlatformProgramme[] = [];
  for (const [platform, list] of Object.entries(files)) {
    const file = BountyTargetsFileSchema.safeParse(list);
    if (!file.success) continue;
    for (const raw of file.data) {
      if (!BountyTargetsProgrammeSchema.safeParse(raw).success || !isRecord(raw) || !isRecord(raw.targets)) continue;
      const name = text(raw.name);
      const url = programmeUrl(platform, raw);
      if (!name || !url) continue;
      const read = (side: unknown) => (Array.isArray(side) ? side : []).filter(isRecord)
        .filter((t) => t.type === null || t.type === undefined || HOST_TYPES.has(String(t.type)))
        .map((t) => text(t.target) ?? text(t.endpoint))
        .filter((t): t is string => t !== null);
      const inScope = read(raw.targets.in_scope);
      const outOfScope = read(raw.targets.out_of_scope);
      if (inScope.length + outOfScope.length > 0) programmes.push({ platform, name, url, in_scope: inScope, out_of_scope: outOfScope });
    }
  }
  return { schema: 'scopecheck.platform-index/1', ...snapshot, programmes };
}

function programmeUrl(platform: string, raw: Raw): string | null {
  const url = text(raw.url);
  if (url && /^https:\/\//.test(url)) return url;
  const id = text(raw.id);
  if (platform === 'yeswehack' && id) return `https://yeswehack.com/programs/${encodeURIComponent(id)}`;
  return null;
}
