import type { CachedCheck, CachedCheckView } from '../shared/cached-check.ts';
import { pickForHost, siteKeyOf, parseUserScope, type CheckResult, type DiodbIndex, type SourceProgress, type FetchLike, type CompiledPlatformIndex } from '../core/index.ts';
import type { Settings } from '../shared/settings-schema.ts';
import type { CheckPage } from './check-page-type.ts';
import { computeCacheTtl } from './compute-cache-ttl.ts';
import { createGuardedFetch } from './guarded-fetch.ts';
import { isEntryFresh } from '../shared/is-entry-fresh.ts';
import { mergeDenied } from './merge-denied.ts';
import { trace } from '../platform/trace.ts';
import type { ResultCache } from './result-cache.ts';

export interface CheckServiceDeps {
  checkPage: () => CheckPage | null;
  cache: ResultCache;
  fetch: FetchLike;
  now: () => Date;
  mayFetch: (url: string, activeTabOrigin: string | null) => Promise<boolean>;
  grantedOrigins: () => Promise<string[]>;
  getSettings: () => Promise<Settings>;
  /** The disclose.io index, loaded only when a site publishes nothing. */
  loadDiodb?: () => Promise<DiodbIndex | null>;
  /** The platforms' programmes that can concern a host, compiled on its check (see loadPlatformIndex). */
  loadPlatforms?: (host: string) => Promise<CompiledPlatformIndex | null>;
}

export interface RunOptions {
  /** Ignore a fresh stored result. */
  refresh: boolean;
  /** The origin activeTab lets us fetch (the page the user clicked on), if any. */
  activeTabOrigin: string | null;
  onProgress?: (sources: SourceProgress[]) => void;
  /** The early result (the verdict's sources have answered, others are still out); never stored. */
  onPartial?: (entry: CachedCheckView) => void;
  /** Links on the page, for policy discovery (only with the optional "scripting" permission). */
  pageLinks?: () => Promise<{ href: string; text: string }[] | undefined>;
}

export class CheckUnavailableError extends Error {
  override name = 'CheckUnavailableError';
}

export class CheckTimeoutError extends Error {
  override name = 'CheckTimeoutError';
}

interface Run {
  promise: Promise<CachedCheckView>;
  /** False while it is only looking at the cache. */
  executing: boolean;
  sources: SourceProgress[];
  listeners: Set<(sources: SourceProgress[]) => void>;
  /** The early result, once there is one, and who wants it (a popup joining later gets it at once). */
  partial: CachedCheckView | null;
  partialListeners: Set<(entry: CachedCheckView) => void>;
}

/**
 * Runs checks for the background: answers from the cache while fresh, joins a check already running
 * for the same site, and stores every finished result with its lifetime.
 */
export function createCheckService(deps: CheckServiceDeps) {
  const running = new Map<string, Run>();

  async function lookup(url: string): Promise<CachedCheckView | null> {
    const entry = await deps.cache.get(siteKeyOf(url));
    if (!entry) return null;
    return { ...entry, fresh: isEntryFresh(entry, deps.now().getTime(), await deps.grantedOrigins()) };
  }

  async function execute(url: string, options: RunOptions, run: Run): Promise<CachedCheckView> {
    const checkPage = deps.checkPage();
    if (!checkPage) throw new CheckUnavailableError('This build has no checker (src/core/check/check-page.ts is missing).');
    // The page's links are read from the tab while the check runs: security.txt does not wait for them.
    const pageLinks = options.pageLinks?.().catch(() => undefined);
    const settings = await deps.getSettings();
    trace('check:settings');
    const host = new URL(url).hostname;
    const loadPlatforms = deps.loadPlatforms;
    const guarded = createGuardedFetch(deps.fetch, (u) => deps.mayFetch(u, options.activeTabOrigin));
    const override = pickForHost(host, settings.scopeOverrides);
    const started = deps.now();
    const granted = deps.grantedOrigins();
    const onPartial = (partial: CheckResult) => {
      trace('check:partial');
      const at = deps.now().getTime();
      // Not fresh and not stored: only the popup that is waiting shows it, until the final result replaces it.
      run.partial = { key: siteKeyOf(url), result: mergeDenied(partial, guarded.denied), checked_at: at, expires_at: at, ttl_reason: 'partial', granted_origins: [], fresh: false };
      for (const listener of run.partialListeners) listener(run.partial);
    };
    const onProgress = (progress: SourceProgress) => {
      const at = run.sources.findIndex((s) => s.id === progress.id);
      run.sources = at === -1 ? [...run.sources, progress] : run.sources.map((s, i) => (i === at ? progress : s));
      for (const listener of run.listeners) listener(run.sources);
    };
    const deadline = new AbortController();
    const checking = checkPage(
      url,
      { fetch: guarded.fetch, now: deps.now, manualRedirects: false },
      {
        timeoutMs: settings.timeoutMs,
        now: started,
        // Parsed again from the raw text, so a stored scope always follows the current parser.
        ...(override ? { userScope: parseUserScope(override.raw).value } : {}),
        ...(pageLinks ? { pageLinks } : {}),
        ...(deps.loadDiodb ? { loadDiodb: deps.loadDiodb } : {}),
        ...(loadPlatforms ? { loadPlatforms: () => loadPlatforms(host) } : {}),
        onPartial,
        signal: deadline.signal,
      },
      onProgress,
    );
    trace('check:page-called');
    const result = mergeDenied(await withDeadline(checking, settings.timeoutMs * 4 + 5000, () => deadline.abort()), guarded.denied);
    const checkedAt = deps.now().getTime();
    const incomplete = (result.unreachable?.length ?? 0) > 0 || result.sources.some((s) => s.state === 'failed');
    const ttl = computeCacheTtl({
      responses: guarded.responses,
      txtExpires: result.txt?.parsed?.expires_utc ?? null,
      keysValidUntil: result.keys.map((k) => k.valid_until),
      incomplete,
      now: checkedAt,
    });
    const entry: CachedCheck = {
      key: siteKeyOf(url),
      result,
      checked_at: checkedAt,
      expires_at: checkedAt + ttl.ms,
      ttl_reason: ttl.reason,
      granted_origins: await granted,
    };
    trace('check:result');
    await deps.cache.put(entry);
    trace('check:stored');
    return { ...entry, fresh: true };
  }

  function run(url: string, options: RunOptions): Promise<CachedCheckView> {
    const key = siteKeyOf(url);
    const existing = running.get(key);
    if (existing && options.refresh && !existing.executing) {
      // A Refresh must not be answered by the cache lookup of a plain open that is still running.
      return existing.promise.catch(() => null).then(() => run(url, options));
    }
    if (existing) {
      if (options.onProgress) {
        existing.listeners.add(options.onProgress);
        options.onProgress(existing.sources);
      }
      if (options.onPartial) {
        existing.partialListeners.add(options.onPartial);
        if (existing.partial) options.onPartial(existing.partial);
      }
      return existing.promise;
    }
    const current: Run = { promise: Promise.resolve(null as never), executing: false, sources: [], listeners: new Set(), partial: null, partialListeners: new Set() };
    if (options.onProgress) current.listeners.add(options.onProgress);
    if (options.onPartial) current.partialListeners.add(options.onPartial);
    current.promise = (async () => {
      if (!options.refresh) {
        trace('check:lookup');
        const cached = await lookup(url);
        trace('check:looked-up');
        if (cached?.fresh) return cached;
      }
      current.executing = true;
      return execute(url, options, current);
    })().finally(() => running.delete(key));
    running.set(key, current);
    return current.promise;
  }

  return {
    lookup,
    run,
    /** Stops sending progress to a listener (its popup closed). */
    detach(url: string, listener: (sources: SourceProgress[]) => void, partialListener?: (entry: CachedCheckView) => void) {
      const run = running.get(siteKeyOf(url));
      run?.listeners.delete(listener);
      if (partialListener) run?.partialListeners.delete(partialListener);
    },
    isRunning: (url: string) => running.has(siteKeyOf(url)),
  };
}

export type CheckService = ReturnType<typeof createCheckService>;

/** Rejects after `ms` (and tells the check to stop), unless the check settles first. */
function withDeadline<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new CheckTimeoutError(`The check did not finish within ${Math.round(ms / 1000)} s.`));
    }, ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
