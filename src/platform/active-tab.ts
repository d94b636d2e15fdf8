import { browser } from './browser.ts';

export interface TabTarget {
  tabId: number | null;
  url: string | null;
}

/**
 * The tab the popup is about: `?tab=<id>` when the popup is opened as a page for a given tab,
 * otherwise the active tab of the current window (the toolbar popup).
 */
export async function getTargetTab(search: string): Promise<TabTarget> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return { tabId: tab.id ?? null, url: tab.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, url: tab?.url ?? null };
}
