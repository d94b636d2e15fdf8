import { getTargetTab, type TabTarget } from '../platform/active-tab.ts';
import { startCheck, type RunningCheck } from '../platform/messaging.ts';
import { readCachedCheck } from '../platform/read-cached-check.ts';
import { trace } from '../platform/trace.ts';
import type { CachedCheckView } from '../shared/cached-check.ts';
import { isWebUrl, type SourceProgress } from '../core/index.ts';

/** A check started before the view could listen: it keeps what arrives until the view adopts it. */
export interface AdoptableCheck extends RunningCheck {
  /** From now on, progress and the early result go to these (what already came, at once). */
  adopt(onProgress: (sources: SourceProgress[]) => void, onPartial: (entry: CachedCheckView) => void): void;
}

/** The popup's first questions: which tab, what is stored for its page, and a check when that is not fresh. */
export interface Lookup {
  target: Promise<TabTarget>;
  /** The stored check for the tab's page (null: none, not a web page, or storage unreadable). */
  cached: Promise<CachedCheckView | null>;
  /** The check asked for as soon as the stored one proved missing or stale (null when none is needed). */
  check: Promise<AdoptableCheck | null>;
}

function startAdoptableCheck(url: string, tabId: number | null): AdoptableCheck {
  let progress: SourceProgress[] | null = null;
  let partial: CachedCheckView | null = null;
  let toProgress: (sources: SourceProgress[]) => void = (sources) => {
    progress = sources;
  };
  let toPartial: (entry: CachedCheckView) => void = (entry) => {
    partial = entry;
  };
  trace('scopecheck:ask');
  const running = startCheck({ url, tabId, refresh: false }, (s) => toProgress(s), (e) => toPartial(e));
  return {
    done: running.done,
    detach: () => running.detach(),
    adopt(onProgress, onPartial) {
      toProgress = onProgress;
      toPartial = onPartial;
      if (progress) onProgress(progress);
      if (partial) onPartial(partial);
    },
  };
}

/**
 * Starts the tab lookup and the storage read at once, then the check if the stored one is missing or stale. The
 * popup's entry calls it before its view's modules are loaded, so these round trips to the browser and the
 * background overlap loading them (measured with bench/popup.bench.ts).
 */
export function startLookup(search: string): Lookup {
  const target = getTargetTab(search);
  const web = target.then((t) => {
    trace('scopecheck:target');
    return t.url && isWebUrl(t.url) ? { url: t.url, tabId: t.tabId } : null;
  });
  const cached = web.then((page) => (page ? readCachedCheck(page.url) : null)).catch(() => null);
  const check = Promise.all([web, cached]).then(([page, entry]) => (page && !entry?.fresh ? startAdoptableCheck(page.url, page.tabId) : null))
    .catch(() => null);
  return { target, cached, check };
}
