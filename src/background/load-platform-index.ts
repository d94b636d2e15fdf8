import { PlatformIndexSchema, compilePlatformIndex, type CompiledPlatformIndex } from '../core/index.ts';
import { browser } from '../platform/browser.ts';

let loading: Promise<CompiledPlatformIndex | null> | null = null;

/**
 * The platforms' programme index shipped in the package (data/platform-index.json, written at build time),
 * read and compiled once, on the first check that needs it. Null when it is missing or malformed: the
 * platform source is then off.
 */
export function loadPlatformIndex(): Promise<CompiledPlatformIndex | null> {
  loading ??= (async () => {
    try {
      const response = await fetch(browser.runtime.getURL('data/platform-index.json'));
      if (!response.ok) return null;
      const parsed = PlatformIndexSchema.safeParse(await response.json());
      return parsed.success ? compilePlatformIndex(parsed.data) : null;
    } catch {
      return null;
    }
  })();
  return loading;
}
