import type { DiodbIndex } from './diodb-index.ts';

let cached: DiodbIndex | null | undefined;
let source: (() => DiodbIndex | null | undefined) | null = null;

/**
 * Where the index comes from instead of the bundle: the CLI reads it from a data file beside its own bundle
 * (the core reads no files itself). The source answers undefined when it has none; the bundled copy is used then.
 */
export function setDiodbIndexSource(read: () => DiodbIndex | null | undefined): void {
  source = read;
  cached = undefined;
}

/**
 * The disclose.io index generated at build time (scripts/build-diodb-index.ts →
 * diodb-index.generated.json): from the registered source, else bundled by Vite (not in the CLI build, which
 * ships it as a data file). Null when it was not generated (the fallback is then simply off) or when the code
 * runs without Vite's transform (plain tsx scripts).
 */
export function loadBundledDiodbIndex(): DiodbIndex | null {
  if (cached !== undefined) return cached;
  const read = source?.();
  if (read !== undefined) return (cached = read);
  cached = null;
  if (import.meta.env.MODE !== 'cli') {
    try {
      const found = import.meta.glob<DiodbIndex>('./diodb-index.generated.json', { eager: true, import: 'default' });
      cached = Object.values(found)[0] ?? null;
    } catch {
      cached = null;
    }
  }
  return cached;
}
