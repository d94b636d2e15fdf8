import { defineItem } from './storage-item.ts';
import { DEFAULT_PLATFORM_DATA_URL, PlatformDataSchema, type PlatformData } from '../shared/platform-data.ts';

/** The platform data's refresh address and refreshed copy, in storage.local (nothing is there until the user refreshes). */
export const platformDataItem = defineItem<PlatformData>({
  area: 'local',
  key: 'platformData',
  schema: PlatformDataSchema,
  fallback: () => ({ url: DEFAULT_PLATFORM_DATA_URL, refreshed: null }),
  version: 1,
});
