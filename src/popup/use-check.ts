import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabTarget } from '../platform/active-tab.ts';
import { startCheck, type RunningCheck } from '../platform/messaging.ts';
import { mark, takeOpening } from './open-popup.ts';
import type { CachedCheckView } from '../shared/cached-check.ts';
import { toErrorInfo, type ErrorInfo } from '../shared/error-info.ts';
import { isWebUrl, type SourceProgress } from '../core/index.ts';

export interface CheckState {
  target: TabTarget | null;
  /** resolving the tab → unsupported (no web page) | no_access (its address is hidden from us) | active. */
  phase: 'resolving' | 'unsupported' | 'no_access' | 'active';
  /** The check shown (possibly stale while a newer one runs). */
  entry: CachedCheckView | null;
  /** Progress of the running check, one line per source. */
  sources: SourceProgress[];
  checking: boolean;
  /** The last check failed (with `entry`, it is the refresh that failed). */
  error: ErrorInfo | null;
}

const INITIAL: CheckState = { target: null, phase: 'resolving', entry: null, sources: [], checking: false, error: null };

/**
 * The popup's data flow: find the tab, read the background's stored result first (so a cached
 * verdict paints at once), and ask the background for a check when there is none or it is stale.
 */
export function useCheck(search: string) {
  const [state, setState] = useState<CheckState>(INITIAL);
  const running = useRef<RunningCheck | null>(null);
  const patch = (next: Partial<CheckState>) => setState((s) => ({ ...s, ...next }));

  /** Shows a running check: its progress, its early result, then its final result or error. */
  const follow = useCallback((current: RunningCheck) => {
    running.current?.detach();
    running.current = current;
    patch({ checking: true, error: null, sources: [] });
    current.listen((sources) => {
      if (running.current === current) patch({ sources });
    }, (partial) => {
      // The verdict's sources have answered: show it now; the final result follows (signature, other probes).
      mark('scopecheck:partial');
      if (running.current === current) patch({ entry: partial });
    });
    current.done.then(
      (entry) => running.current === current && patch({ entry, checking: false, error: null }),
      (error: unknown) => running.current === current && patch({ checking: false, error: toErrorInfo(error) }),
    );
  }, []);

  const run = useCallback((target: TabTarget, refresh: boolean) => {
    if (!target.url) return;
    mark('scopecheck:ask');
    try {
      follow(startCheck({ url: target.url, tabId: target.tabId, refresh }));
    } catch (error) {
      patch({ checking: false, error: toErrorInfo(error) });
    }
  }, [follow]);

  useEffect(() => {
    let cancelled = false;
    // Usually started by main.tsx before this interface first rendered (open-popup.ts).
    const opening = takeOpening(search);
    (async () => {
      let target: TabTarget;
      try {
        target = await opening.target;
      } catch (error) {
        if (!cancelled) setState({ ...INITIAL, phase: 'unsupported', error: toErrorInfo(error) });
        return;
      }
      if (cancelled) return;
      if (!target.url || !isWebUrl(target.url)) {
        // Without activeTab (opened as a page) or a host grant, the browser hides the tab's address.
        setState({ ...INITIAL, target, phase: target.tabId !== null && !target.url ? 'no_access' : 'unsupported' });
        return;
      }
      setState({ ...INITIAL, target, phase: 'active', checking: true });
      let next: Awaited<typeof opening.next>;
      try {
        next = await opening.next;
      } catch (error) {
        // The background could not be reached (the extension was reloaded under this popup, say).
        if (!cancelled) patch({ checking: false, error: toErrorInfo(error) });
        return;
      }
      const { cached, check } = next;
      if (cancelled) {
        check?.detach();
        return;
      }
      if (cached) patch({ entry: cached, checking: !cached.fresh });
      if (check) follow(check);
    })();
    return () => {
      cancelled = true;
      running.current?.detach();
    };
  }, [search, follow]);

  const refresh = useCallback(() => {
    if (state.target) run(state.target, true);
  }, [state.target, run]);

  return { state, refresh };
}
