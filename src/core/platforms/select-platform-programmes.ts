import { parseScopeTarget } from '../scope/parse-scope-target.ts';
import type { PlatformSuffixTable } from './platform-suffix-table.ts';
import { countPlatformEntries } from './build-platform-suffix-table.ts';

/** A suffix table ready to look hosts up in (see readPlatformSuffixTable), with what ties it to its index. */
export interface PlatformSuffixLookup extends Pick<PlatformSuffixTable, 'data_date' | 'programmes' | 'entries'> {
  bySuffix: ReadonlyMap<string, readonly number[]>;
  ip: readonly number[];
}

/**
 * The table (PlatformSuffixTableSchema) checked and made a Map in one pass, nothing compiled; null when it is not
 * one. By hand, not by the schema: it is read on a check, and the schema takes tens of ms for its 3,000+ suffixes.
 */
export function readPlatformSuffixTable(json: unknown): PlatformSuffixLookup | null {
  if (typeof json !== 'object' || json === null) return null;
  const t = json as Partial<Record<keyof PlatformSuffixTable, unknown>>;
  if (t.schema !== 'scopecheck.platform-suffixes/1' || typeof t.data_date !== 'string' || typeof t.programmes !== 'number' || typeof t.entries !== 'number') return null;
  if (!Array.isArray(t.suffixes) || !isPositions(t.ip)) return null;
  const bySuffix = new Map<string, readonly number[]>();
  for (const pair of t.suffixes as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || !isPositions(pair[1])) return null;
    bySuffix.set(pair[0], pair[1]);
  }
  return { data_date: t.data_date, programmes: t.programmes, entries: t.entries, bySuffix, ip: t.ip };
}

/**
 * The table when it was built from this index (same date, number of programmes and of scope strings), else null:
 * a table of another index would pick the wrong programmes.
 */
export function matchingSuffixTable(table: PlatformSuffixLookup | null, date: string, programmes: readonly unknown[]): PlatformSuffixLookup | null {
  return table && table.data_date === date && table.programmes === programmes.length && table.entries === countPlatformEntries(programmes) ? table : null;
}

function isPositions(list: unknown): list is number[] {
  return Array.isArray(list) && list.every((n) => Number.isInteger(n) && n >= 0);
}

/**
 * The positions (ascending) of the programmes that can say anything about `host`: those filing a rule under the
 * host's name, under one of its suffixes or under "" (what findPlatformProgrammes visits for a name), or, for an
 * address, those with IP rules. Looking the host up in an index of only these programmes gives the answer of the
 * whole index: a programme is judged from its own rules alone. None for what is no host.
 */
export function selectPlatformProgrammes(host: string, lookup: PlatformSuffixLookup): number[] {
  const target = parseScopeTarget(host);
  if (!target) return [];
  const picked = new Set<number>(lookup.bySuffix.get('') ?? []);
  const add = (list: readonly number[] | undefined) => {
    if (list) for (const i of list) picked.add(i);
  };
  if (target.kind !== 'dns') add(lookup.ip);
  else {
    const name = target.host;
    add(lookup.bySuffix.get(name));
    for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) add(lookup.bySuffix.get(name.slice(dot + 1)));
  }
  return [...picked].sort((a, b) => a - b);
}
