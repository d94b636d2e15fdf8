import { PlatformIndexSchema, compilePlatformIndex, type CompiledPlatformIndex, type PlatformIndex } from '../core/index.ts';
import { platformDataItem } from '../platform/platform-data-store.ts';
import { createPackagedDataLoader } from './load-packaged-data.ts';
import { trace } from '../platform/trace.ts';

/** The snapshot shipped in the package (read once). */
export const loadPackagedPlatformIndex = createPackagedDataLoader('data/platform-index.json', (json) => {
  const parsed = PlatformIndexSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
});

let compiled: Promise<CompiledPlatformIndex | null> | null = null;

/** The copy in use: a refreshed one the user fetched (validated again on read), else the packaged snapshot. */
export async function readPlatformIndex(): Promise<PlatformIndex | null> {
  const stored = await platformDataItem.get().catch(() => null);
  return stored?.refreshed?.index ?? (await loadPackagedPlatformIndex());
}

/** The platforms' programme index in use, compiled once, on the first check (again after forgetPlatformIndex). */
export function loadPlatformIndex(): Promise<CompiledPlatformIndex | null> {
  if (!compiled) trace('platforms:load');
  compiled ??= readPlatformIndex().then((index) => {
    trace('platforms:read');
    const out = index ? compilePlatformIndex(index) : null;
    trace('platforms:compiled');
    return out;
  });
  return compiled;
}

/** After a refresh (or going back to the packaged copy): the next check compiles the copy then in use. */
export function forgetPlatformIndex(): void {
  compiled = null;
}
