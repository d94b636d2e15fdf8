import { diodbHostKey, registrableDomain } from './diodb-host-key.ts';
import type { DiodbIndex, DiodbProgram } from './diodb-index.ts';

/** The index key of a URL's host (diodbHostKey), or null. */
function hostKeyOfUrl(url: string | null): string | null {
  try {
    return url ? diodbHostKey(new URL(url).hostname) : null;
  } catch {
    return null;
  }
}

/** How surely a programme filed under `key` belongs to it: its name is the host, then its policy lives there. */
function rank(program: DiodbProgram, key: string): number {
  const name = program.name.toLowerCase();
  return (diodbHostKey(name) === key ? 4 : 0) + (hostKeyOfUrl(program.policy_url) === key ? 2 : 0) + (name.includes(key.split('.')[0]!) ? 1 : 0);
}

/**
 * Programmes filed under a host: the host itself, then each parent up to its registrable domain
 * (api.shop.example.com → shop.example.com → example.com). The closest match wins; at most `limit`.
 */
export function findDiodbPrograms(host: string, index: DiodbIndex, limit = 3): DiodbProgram[] {
  const key = diodbHostKey(host);
  if (!key) return [];
  const domain = registrableDomain(key) ?? key;
  const found: DiodbProgram[] = [];
  const seen = new Set<number>();
  let candidate = key;
  for (let guard = 0; guard < 16; guard++) {
    const here: DiodbProgram[] = [];
    for (const i of index.hosts[candidate] ?? []) {
      if (seen.has(i) || !index.programs[i]) continue;
      seen.add(i);
      here.push(index.programs[i]!);
    }
    found.push(...here.sort((a, b) => rank(b, candidate) - rank(a, candidate)));
    if (found.length > 0 || candidate === domain) break;
    const dot = candidate.indexOf('.');
    if (dot === -1) break;
    candidate = candidate.slice(dot + 1);
  }
  return found.slice(0, limit);
}
