import { compileScope } from '../scope/compile-scope.ts';
import { programmePolicy } from './compile-platform-index.ts';
import type { PlatformIndex, PlatformProgramme } from './platform-index.ts';
import type { PlatformSuffixTable } from './platform-suffix-table.ts';

/**
 * The number of scope strings of an index's programmes (with their number, what ties a suffix table to its index).
 * Read from unvalidated programmes too: what is not a list counts nothing.
 */
export function countPlatformEntries(programmes: readonly unknown[]): number {
  const length = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  return programmes.reduce<number>((n, p) => (typeof p === 'object' && p !== null ? n + length((p as PlatformProgramme).in_scope) + length((p as PlatformProgramme).out_of_scope) : n), 0);
}

/**
 * Which programmes file rules under which DNS suffix, and which have IP rules: each programme's scope compiled
 * as compilePlatformIndex compiles it. Run at build time (and when a refreshed copy is stored), never on a check.
 */
export function buildPlatformSuffixTable(index: PlatformIndex): PlatformSuffixTable {
  const bySuffix = new Map<string, number[]>();
  const ip: number[] = [];
  index.programmes.forEach((programme, i) => {
    const scope = compileScope({ policy: programmePolicy(programme) });
    for (const [suffix, own] of scope.bySuffix) {
      if (own.exact.length + own.wildcard.length + own.glob.length === 0) continue;
      const list = bySuffix.get(suffix);
      if (list) list.push(i);
      else bySuffix.set(suffix, [i]);
    }
    if (scope.ipRules.some((rule) => rule.pattern.host.kind === 'ip')) ip.push(i);
  });
  return {
    schema: 'scopecheck.platform-suffixes/1', data_date: index.data_date, programmes: index.programmes.length,
    entries: countPlatformEntries(index.programmes), suffixes: [...bySuffix], ip,
  };
}
