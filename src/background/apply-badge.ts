import { browser } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { badgeFor } from './badge-for.ts';
import type { CheckResult } from '../core/index.ts';

/** Shows a checked tab's verdict on the toolbar icon; errors (tab closed meanwhile) are ignored. */
export async function applyBadge(tabId: number, result: CheckResult): Promise<void> {
  const badge = badgeFor(result);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      browser.action.setTitle({ tabId, title: `${t('actionTitle')}: ${t(badge.titleKey, [result.host])}` }),
    ]);
  } catch {
    // The tab went away.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: '' }),
      browser.action.setTitle({ tabId, title: t('actionTitle') }),
    ]);
  } catch {
    // The tab went away.
  }
}
