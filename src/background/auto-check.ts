import { hostMatchesDomain, isWebUrl, type CheckResult } from '../core/index.ts';
import type { Settings } from '../shared/settings-schema.ts';
import type { CheckService } from './check-service.ts';

export interface AutoCheckDeps {
  service: CheckService;
  getSettings: () => Promise<Settings>;
  /** Whether the user granted this page's host (auto-checks never rely on activeTab). */
  isGranted: (url: string) => Promise<boolean>;
  showBadge: (tabId: number, result: CheckResult) => Promise<void>;
  clearBadge: (tabId: number) => Promise<void>;
}

export function isExcluded(host: string, exclusions: readonly string[]): boolean {
  return exclusions.some((domain) => hostMatchesDomain(host, domain));
}

/**
 * On a finished navigation: show the stored verdict if there is one; when auto-check is on, the
 * host was granted and is not excluded, check it (from the cache while fresh) and badge the tab.
 */
export async function handleNavigation(tabId: number, url: string | undefined, deps: AutoCheckDeps): Promise<'checked' | 'cached' | 'skipped'> {
  if (!url || !isWebUrl(url)) {
    await deps.clearBadge(tabId);
    return 'skipped';
  }
  const settings = await deps.getSettings();
  const host = new URL(url).hostname;
  const allowed = settings.autoCheck && !isExcluded(host, settings.autoCheckExclusions) && (await deps.isGranted(url));
  if (allowed) {
    try {
      const entry = await deps.service.run(url, { refresh: false, activeTabOrigin: null });
      await deps.showBadge(tabId, entry.result);
      return 'checked';
    } catch {
      await deps.clearBadge(tabId);
      return 'skipped';
    }
  }
  const cached = await deps.service.lookup(url);
  if (cached) {
    await deps.showBadge(tabId, cached.result);
    return 'cached';
  }
  await deps.clearBadge(tabId);
  return 'skipped';
}
