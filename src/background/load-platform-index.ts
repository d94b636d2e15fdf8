import { PlatformIndexSchema, compilePlatformIndex } from '../core/index.ts';
import { createPackagedDataLoader } from './load-packaged-data.ts';

/** The platforms' programme index shipped in the package, read and compiled once, on the first check. */
export const loadPlatformIndex = createPackagedDataLoader('data/platform-index.json', (json) => {
  const parsed = PlatformIndexSchema.safeParse(json);
  return parsed.success ? compilePlatformIndex(parsed.data) : null;
});
