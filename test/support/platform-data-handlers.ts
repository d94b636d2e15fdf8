// The platform-data requests for tests whose background stub does not exercise them: the packaged copy in use.
import type { PlatformDataInfo } from '../../src/shared/platform-data.ts';

export function platformDataHandlers(info: PlatformDataInfo = { url: 'https://data.example/', packaged_date: '2026-08-22', refreshed: null }) {
  return {
    platformDataInfo: async () => info,
    refreshPlatformData: async () => ({ ok: false as const, reason: 'not in this test', info }),
    usePackagedPlatformData: async () => info,
  };
}
