import { DiodbIndexSchema } from '../core/index.ts';
import { createPackagedDataLoader } from './load-packaged-data.ts';

/** The disclose.io index shipped in the package, read once and only when a site publishes nothing. */
export const loadDiodbIndex = createPackagedDataLoader('data/diodb-index.json', (json) => {
  const parsed = DiodbIndexSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
});
