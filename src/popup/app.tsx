import { useCallback, useState } from 'preact/hooks';
import { browser } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { PermissionPrompt } from './components/permission-prompt.tsx';
import { ProgressList } from './components/progress-list.tsx';
import { VerdictBanner } from './components/verdict-banner.tsx';
import { QuoteLanguage } from './components/quote.tsx';
import { formatAge, formatTime } from './lib/format-age.ts';
import { useCheck } from './use-check.ts';
import { useLazyComponent } from './lib/use-lazy-component.ts';
import type { Lookup } from './start-lookup.ts';
import type { PanelTabsProps } from './components/panel-tabs.tsx';
import type { CheckResult } from '../core/index.ts';

type DraftPanelProps = { result: CheckResult; pageUrl: string; onClose: () => void };

const loadDraftPanel = () => import('./draft/draft-panel.tsx').then((m) => m.DraftPanel);
const loadPanelTabs = () => import('./components/panel-tabs.tsx').then((m) => m.PanelTabs);

/** The draft panel pulls in the draft engine (and, on demand, openpgp): never part of the first paint. */
function LazyDraftPanel(props: DraftPanelProps) {
  const { Component: Panel, failed } = useLazyComponent<DraftPanelProps>(loadDraftPanel);
  if (failed) return <p role="alert">{t('checkFailed', [failed])}</p>;
  return Panel ? <Panel {...props} /> : <p role="status">{t('draftLoading')}</p>;
}

/** The popup, for the tab in `?tab=<id>` or the active tab (`lookup`: the tab and stored check, if already asked for). */
export function App({ search, lookup, now = () => Date.now() }: { search: string; lookup?: Lookup; now?: () => number }) {
  const { state, refresh } = useCheck(search, lookup);
  const [chosenTab, setTab] = useState<string | null>(null);
  // The panels are a chunk of their own, asked for once the tab is known: the verdict never waits for it.
  const { Component: Panels, failed: panelsFailed } = useLazyComponent<PanelTabsProps>(loadPanelTabs, state.phase === 'active');
  const [drafting, setDrafting] = useState(false);
  const startDraft = useCallback(() => setDrafting(true), []);
  const result = state.entry?.result ?? null;
  let host = '';
  try {
    host = state.target?.url ? new URL(state.target.url).hostname : '';
  } catch {
    host = '';
  }

  if (state.phase === 'unsupported' || state.phase === 'no_access') {
    return (
      <main class="popup">
        <Header host={null} />
        <section class="banner banner-unknown" data-verdict="unknown" aria-labelledby="verdict-title">
          <h2 id="verdict-title" class="banner-title">{t(state.phase === 'no_access' ? 'noTabAccess' : 'noPageHost')}</h2>
          {state.error && <p class="banner-text">{state.error.message}</p>}
        </section>
      </main>
    );
  }

  if (drafting && result && state.target?.url) {
    return (
      <main class="popup">
        <LazyDraftPanel result={result} pageUrl={state.target.url} onClose={() => setDrafting(false)} />
      </main>
    );
  }

  // Without a policy there are no rules to show: open on where to report, or on what was tried.
  const tab = chosenTab ?? (result && !result.policy ? (result.txt ? 'report' : 'sources') : 'rules');
  const showProgress = state.checking && (!result || state.sources.length > 0);
  const denied = (result?.unreachable ?? []).map((u) => u.url);

  return (
    <QuoteLanguage.Provider value={result?.policy?.language ?? null}>
    <main class="popup">
      <Header host={host} onRefresh={state.target?.url ? refresh : undefined} busy={state.checking} />
      <VerdictBanner host={host} result={result} loading={state.checking} error={state.error} onRetry={refresh} />
      {showProgress && <ProgressList sources={state.sources} active={state.checking} />}
      {state.entry && (
        <p class="muted checked-at" title={formatTime(state.entry.checked_at)}>
          {t('checkedAgo', [formatAge(state.entry.checked_at, now())])}
          {!state.entry.fresh && !state.checking && <> · {t('stale')}</>}
        </p>
      )}
      {result && denied.length > 0 && <PermissionPrompt urls={denied} onGranted={refresh} />}
      {result && Panels && <Panels result={result} selected={tab} onSelect={setTab} onDraft={startDraft} />}
      {panelsFailed && <p role="alert">{t('checkFailed', [panelsFailed])}</p>}
    </main>
    </QuoteLanguage.Provider>
  );
}

function Header({ host, onRefresh, busy }: { host: string | null; onRefresh?: () => void; busy?: boolean }) {
  return (
    <header class="top">
      <h1>
        {t('extName')}
        {host && <span class="host" data-host={host}>{host}</span>}
      </h1>
      <div class="actions">
        {onRefresh && (
          <button type="button" data-action="refresh" onClick={onRefresh} disabled={busy} aria-label={t('refresh')} title={t('refresh')}>
            ↻
          </button>
        )}
        <button type="button" data-action="options" onClick={() => void browser.runtime.openOptionsPage()} aria-label={t('openOptions')} title={t('openOptions')}>
          ⚙
        </button>
      </div>
    </header>
  );
}
