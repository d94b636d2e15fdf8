import type { FunctionComponent } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { ContactPanel } from './components/contact-panel.tsx';
import { PermissionPrompt } from './components/permission-prompt.tsx';
import { ProgressList } from './components/progress-list.tsx';
import { RulesPanel } from './components/rules-panel.tsx';
import { ScopePanel } from './components/scope-panel.tsx';
import { ScopeSources } from './components/scope-sources.tsx';
import { CoordinatorsSection } from './components/coordinators-section.tsx';
import { SourcesPanel } from './components/sources-panel.tsx';
import { Tabs, type TabDef } from './components/tabs.tsx';
import { TxtPanel } from './components/txt-panel.tsx';
import { VerdictBanner } from './components/verdict-banner.tsx';
import { QuoteLanguage } from './components/quote.tsx';
import { formatAge, formatTime } from './lib/format-age.ts';
import { useCheck } from './use-check.ts';
import type { CheckResult } from '../core/index.ts';

type DraftPanelProps = { result: CheckResult; pageUrl: string; onClose: () => void };

/** The draft panel pulls in the draft engine (and, on demand, openpgp): never part of the first paint. */
function LazyDraftPanel(props: DraftPanelProps) {
  const [Panel, setPanel] = useState<FunctionComponent<DraftPanelProps> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    import('./draft/draft-panel.tsx').then(
      (m) => setPanel(() => m.DraftPanel),
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  if (failed) return <p role="alert">{t('checkFailed', [failed])}</p>;
  return Panel ? <Panel {...props} /> : <p role="status">{t('draftLoading')}</p>;
}

/** The popup, for the tab in `?tab=<id>` or the active tab. */
export function App({ search, now = () => Date.now() }: { search: string; now?: () => number }) {
  const { state, refresh } = useCheck(search);
  const [chosenTab, setTab] = useState<string | null>(null);
  // Rendering five panels costs more than the banner: paint the verdict first, the panels a frame later.
  const [panelsReady, setPanelsReady] = useState(false);
  useEffect(() => {
    if (!state.entry || panelsReady) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setPanelsReady(true), 0));
    return () => cancelAnimationFrame(frame);
  }, [state.entry, panelsReady]);
  const [drafting, setDrafting] = useState(false);
  const result = state.entry?.result ?? null;
  // The panels depend on the result only: the same elements across renders, so switching tabs re-renders no panel.
  const tabs: TabDef[] = useMemo(() => {
    if (!result) return [];
    const findings = result.txt?.findings.filter((f) => f.severity !== 'info').length ?? 0;
    return [
      { id: 'rules', label: t('tabRules'), count: result.policy?.forbidden_activities.length, content: <RulesPanel policy={result.policy} /> },
      { id: 'scope', label: t('tabScope'), content: <><ScopePanel policy={result.policy} scope={result.scope} /><ScopeSources result={result} /></> },
      { id: 'report', label: t('tabReport'), content: <><ContactPanel result={result} onDraft={() => setDrafting(true)} /><CoordinatorsSection result={result} /></> },
      { id: 'txt', label: 'security.txt', count: findings, content: <TxtPanel txt={result.txt} /> },
      { id: 'sources', label: t('tabSources'), content: <SourcesPanel result={result} /> },
    ];
  }, [result]);
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
      {result && panelsReady && <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('tabsLabel')} />}
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
