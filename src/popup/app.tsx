import { useEffect, useState } from 'preact/hooks';
import { getTargetTab, type TabTarget } from '../platform/active-tab.ts';
import { t } from '../platform/i18n.ts';

/** Placeholder popup: the e2e harness's target until the real popup lands (issue 6). */
export function App({ search }: { search: string }) {
  const [target, setTarget] = useState<TabTarget | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getTargetTab(search).then(setTarget, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [search]);
  let host: string | null = null;
  try {
    host = target?.url ? new URL(target.url).hostname : null;
  } catch {
    host = null;
  }
  return (
    <main>
      <h1>{t('extName')}</h1>
      <div class="banner" role="status" data-verdict={error ? 'error' : target ? 'unknown' : 'loading'}>
        {error ? error : host ? <span class="host" data-host={host}>{host}</span> : t('noPageHost')}
      </div>
      <p class="muted">{t('placeholderNote')}</p>
    </main>
  );
}
