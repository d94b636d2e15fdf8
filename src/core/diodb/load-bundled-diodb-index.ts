import type { DiodbIndex } from './diodb-index.ts';

let cached: DiodbIndex | null | undefined;

/**
 * The disclose.io index generated at build time (scripts/build-diodb-index.ts →
 * diodb-index.generated.json), bundled by Vite. Null when it was not generated (the fallback is then simply
 * off) or when the code runs without Vite's transform (plain tsx scripts).
 */
export function loadBundledDiodbIndex(): DiodbIndex | null {
  if (cached !== undefined) return cached;
  try {
    const found = import.meta.glob<DiodbIndex>('./diodb-index.generated.json', { eager: true, import: 'default' });
    cached = Object.values(found)[0] ?? null;
  } catch {
    cached = null;
  }
  return cached;
}
