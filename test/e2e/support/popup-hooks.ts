// Reading the popup through its contract hooks (../shared/contracts/popup.md), never through its wording.
import { pollUntil, type HarnessPage } from './extension-browser.ts';

export const FINAL_VERDICTS = ['in_scope', 'out_of_scope', 'unknown', 'no_policy', 'error'] as const;

export interface PopupHooks {
  verdict: string | null;
  rule: string | null;
  /** `data-host`: the page's host as the popup shows it (not in the contract; the header shows it). */
  host: string | null;
  activities: string[];
  contacts: string[];
  findings: string[];
  keys: string[];
  /** Every `href` of a link in the popup. */
  links: string[];
  text: string;
}

/**
 * Reads every hook. Tab panels mount when first shown, so tabs not shown yet are shown once (then the selected one
 * again), each click given time to render: the hooks of every panel are then in the DOM, as for a user who looked.
 */
export function readPopupHooks(page: HarnessPage): Promise<PopupHooks> {
  return page.evaluate(async () => {
    const tabs = [...document.querySelectorAll('[role="tab"]')].filter((el): el is HTMLElement => el instanceof HTMLElement);
    const unshown = tabs.filter((tab) => document.getElementById(tab.getAttribute('aria-controls') ?? '')?.getAttribute('data-panel-mounted') === 'false');
    if (unshown.length > 0) {
      const selected = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');
      for (const tab of [...unshown, ...(selected ? [selected] : [])]) {
        tab.click();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    const all = (selector: string, attr: string) =>
      [...document.querySelectorAll(selector)].map((el) => el.getAttribute(attr) ?? '');
    return {
      verdict: document.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
      rule: document.querySelector('[data-rule]')?.getAttribute('data-rule') ?? null,
      host: document.querySelector('[data-host]')?.getAttribute('data-host') ?? null,
      activities: [...new Set(all('[data-activity-id]', 'data-activity-id'))],
      contacts: [...new Set(all('[data-contact]', 'data-contact'))],
      findings: [...new Set(all('[data-finding-id]', 'data-finding-id'))],
      keys: [...new Set(all('[data-key-fingerprint]', 'data-key-fingerprint'))],
      links: all('a[href]', 'href'),
      text: document.body.textContent ?? '',
    };
  });
}

/**
 * Waits until the banner leaves `loading` (the contract's "final value"), then until the popup stops changing
 * (the same hooks and text in two reads 250 ms apart): the panels may render a moment after the banner.
 */
export async function waitForVerdict(page: HarnessPage, timeoutMs = 15_000): Promise<PopupHooks> {
  let previous = '';
  return pollUntil('the popup banner to reach a final verdict and settle', async () => {
    const hooks = await readPopupHooks(page);
    if (!hooks.verdict || hooks.verdict === 'loading') return null;
    const snapshot = JSON.stringify(hooks);
    const settled = snapshot === previous;
    previous = snapshot;
    return settled ? hooks : null;
  }, { timeoutMs, intervalMs: 250 });
}

/** Clicks the first element matching `selector` (a DOM click, as a user's would be for these buttons). */
export async function click(page: HarnessPage, selector: string): Promise<void> {
  const found = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!(el instanceof HTMLElement)) return false;
    el.click();
    return true;
  }, selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
}
