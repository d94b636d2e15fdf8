import { getTargetTab, type TabTarget } from '../platform/active-tab.ts';
import { startCheck, type RunningCheck } from '../platform/messaging.ts';
import { readCachedCheck } from '../platform/read-cached-check.ts';
import { trace } from '../platform/trace.ts';
import type { CachedCheckView } from '../shared/cached-check.ts';
import { isWebUrl } from '../core/index.ts';

/** What opening the popup starts: the tab it is about, then its stored check and, unless that is fresh, a new check. */
export interface PopupOpening {
  search: string;
  /** Rejects when the browser will not say which tab it is. */
  target: Promise<TabTarget>;
  /** Both null for a tab that is no web page, or whose address is hidden from us. */
  next: Promise<{ cached: CachedCheckView | null; check: RunningCheck | null }>;
}

let early: PopupOpening | null = null;

/**
 * Starts a popup's data flow: the tab lookup, the storage read and, when nothing fresh is stored, the background's
 * check. main.tsx starts it before the first render (startEarly), so none of it waits for the interface.
 */
export function startOpening(search: string): PopupOpening {
  const target = getTargetTab(search);
  const next = target.then(async (t) => {
    mark('scopecheck:target');
    if (!t.url || !isWebUrl(t.url)) return { cached: null, check: null };
    let cached: CachedCheckView | null = null;
    try {
      cached = await readCachedCheck(t.url);
    } catch {
      // Unreadable storage: the check answers.
    }
    mark('scopecheck:cached');
    if (cached?.fresh) return { cached, check: null };
    mark('scopecheck:ask');
    return { cached, check: startCheck({ url: t.url, tabId: t.tabId, refresh: false }) };
  });
  // A rejected lookup is the interface's to show (see takeOpening); never an unhandled rejection here.
  next.catch(() => {});
  return { search, target, next };
}

/** startOpening before the interface renders: the interface takes it over (takeOpening). */
export function startEarly(search: string): void {
  early = startOpening(search);
}

/** The opening started early for this page, taken once; otherwise (tests, a script that did not run) one started now. */
export function takeOpening(search: string): PopupOpening {
  const taken = early && early.search === search ? early : null;
  early = null;
  return taken ?? startOpening(search);
}

/** A performance mark, for measuring time to verdict in real browsers (cheap, and absent APIs are fine). */
export function mark(name: string): void {
  trace(name);
  try {
    performance.mark(name);
  } catch {
    // No User Timing here.
  }
}
