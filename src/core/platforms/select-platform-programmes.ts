import { parseScopeTarget } from '../scope/parse-scope-target.ts';
import type { PlatformSuffixTable } from './platform-suffix-table.ts';

/** A suffix table ready to look hosts up in (see readPlatformSuffixTable). */
export interface PlatformSuffixLookup {
  bySuffix: ReadonlyMap<string, readonly number[]>;
  ip: readonly number[];
}

/** The table as a Map: one Map entry per suffix, nothing compiled. */
export function readPlatformSuffixTable(table: PlatformSuffixTable): PlatformSuffixLookup {
  return { bySuffix: new Map(table.suffixes), ip: table.ip };
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
