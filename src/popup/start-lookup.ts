import { getTargetTab, type TabTarget } from '../platform/active-tab.ts';
import { readCachedCheck } from '../platform/read-cached-check.ts';
import { trace } from '../platform/trace.ts';
import type { CachedCheckView } from '../shared/cached-check.ts';
import { isWebUrl } from '../core/index.ts';

/** The popup's first questions: which tab, and what is stored for its page. */
export interface Lookup {
  target: Promise<TabTarget>;
  /** The stored check for the tab's page (null: none, not a web page, or storage unreadable). */
  cached: Promise<CachedCheckView | null>;
}

/**
 * Starts the tab lookup and the storage read at once. The popup's entry calls it before its view's modules are
 * loaded, so these round trips to the browser overlap loading them (measured with bench/popup.bench.ts).
 */
export function startLookup(search: string): Lookup {
  const target = getTargetTab(search);
  const cached = target.then((t) => {
    trace('scopecheck:target');
    return t.url && isWebUrl(t.url) ? readCachedCheck(t.url) : null;
  }).catch(() => null);
  return { target, cached };
}
