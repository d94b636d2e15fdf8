import { browser } from '../platform/browser.ts';
import { DiodbIndexSchema, type DiodbIndex } from '../core/index.ts';

let loading: Promise<DiodbIndex | null> | null = null;

/**
 * The disclose.io index shipped in the package (data/diodb-index.json, written at build time), read once and
 * only when a site publishes nothing. Null when it is missing or malformed: the fallback is then off.
 */
export function loadDiodbIndex(): Promise<DiodbIndex | null> {
  loading ??= (async () => {
    try {
      const response = await fetch(browser.runtime.getURL('data/diodb-index.json'));
      if (!response.ok) return null;
      const parsed = DiodbIndexSchema.safeParse(await response.json());
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  })();
  return loading;
}
