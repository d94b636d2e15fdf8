import './mark-start.ts';
import './provide-openpgp.ts';
import { browser } from '../platform/browser.ts';
import { grantedOrigins, hasOrigins, mayFetch } from '../platform/permissions.ts';
import { settingsItem } from '../platform/settings.ts';
import { trace } from '../platform/trace.ts';
import { exactOriginPatternFor } from '../shared/origin-patterns.ts';
import { applyBadge, clearBadge } from './apply-badge.ts';
import { handleNavigation } from './auto-check.ts';
import { collectPageLinks } from './collect-page-links.ts';
import { createCheckService } from './check-service.ts';
import { createCheckPortListener } from './handle-check-port.ts';
import { createRequestListener } from './handle-request.ts';
import { isTrustedSender } from './is-trusted-sender.ts';
import { loadCheckPage } from './load-check-page.ts';
import { loadDiodbIndex } from './load-diodb-index.ts';
import { loadPlatformIndex } from './load-platform-index.ts';
import { createRequestHandlers } from './request-handlers.ts';
import { createResultCache } from './result-cache.ts';

// Wiring only: listeners are registered synchronously at start-up (MV3 wakes the worker for them),
// and nothing is fetched except on the user's click or, when enabled, on navigation to granted hosts.
const now = () => new Date();
const fetch = (input: string, init?: RequestInit) => {
  trace('fetch:sent', input);
  return globalThis.fetch(input, init).then((response) => {
    trace('fetch:headers', `${response.status} ${input}`);
    return response;
  });
};
const cache = createResultCache(browser.storage.local);
const service = createCheckService({
  checkPage: loadCheckPage,
  cache,
  fetch,
  now,
  mayFetch,
  grantedOrigins,
  getSettings: () => settingsItem.get(),
  loadDiodb: loadDiodbIndex,
  loadPlatforms: loadPlatformIndex,
});
const isTrusted = (sender: Parameters<typeof isTrustedSender>[0]) =>
  isTrustedSender(sender, browser.runtime.id, (path) => browser.runtime.getURL(path));

browser.runtime.onMessage.addListener(
  createRequestListener(createRequestHandlers({ service, cache, fetch, now, mayFetch }), { isTrusted }),
);

browser.runtime.onConnect.addListener(
  createCheckPortListener({
    service,
    isTrusted,
    // The popup opened on a tab by the user's click: activeTab covers that page's origin.
    activeTabOrigin: async (start) => (start.tabId === null ? null : new URL(start.url).origin),
    pageLinks: (start) => {
      if (start.tabId === null) return Promise.resolve(undefined);
      trace('links:start');
      return collectPageLinks(start.tabId, start.url).finally(() => trace('links:end'));
    },
    onResult: (start, entry) => {
      if (start.tabId !== null) void applyBadge(start.tabId, entry.result);
    },
  }),
);

browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
  if (changeInfo.status !== 'complete') return;
  void handleNavigation(tabId, tab.url, {
    service,
    getSettings: () => settingsItem.get(),
    isGranted: async (url) => {
      const pattern = exactOriginPatternFor(url);
      return pattern !== null && hasOrigins([pattern]);
    },
    showBadge: applyBadge,
    clearBadge,
  });
});

trace('bg:listening');
