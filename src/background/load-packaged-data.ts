import { browser } from '../platform/browser.ts';

/**
 * A loader for a data file shipped in the package (written at build time): fetched and read once, on the first
 * call. Null when it is missing or malformed: the source that needs it is then off.
 */
export function createPackagedDataLoader<T>(path: string, read: (json: unknown) => T | null): () => Promise<T | null> {
  let loading: Promise<T | null> | null = null;
  return () => {
    loading ??= (async () => {
      try {
        const response = await fetch(browser.runtime.getURL(path));
        return response.ok ? read(await response.json()) : null;
      } catch {
        return null;
      }
    })();
    return loading;
  };
}
