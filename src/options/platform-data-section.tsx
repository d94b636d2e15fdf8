import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import { send } from '../platform/messaging.ts';
import { requestOrigins } from '../platform/permissions.ts';
import { exactOriginPatternFor } from '../shared/origin-patterns.ts';
import type { PlatformDataInfo } from '../shared/platform-data.ts';

/**
 * The bug bounty platforms' data: which copy is in use (the packaged snapshot or a refreshed one), and an
 * optional refresh from a bounty-targets-data directory. Nothing is fetched until the user clicks
 * "Refresh now"; the address's host is asked for then, from the click, and only then.
 */
export function PlatformDataSection() {
  const [info, setInfo] = useState<PlatformDataInfo | null>(null);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    send('platformDataInfo', {}).then((i) => {
      setInfo(i);
      setUrl(i.url);
    }, () => {});
  }, []);
  const failed = (e: unknown) => setMessage(t('checkFailed', [e instanceof Error ? e.message : String(e)]));
  const refresh = () => {
    const pattern = exactOriginPatternFor(url.trim());
    if (!pattern) {
      setMessage(t('optPlatformDataBadUrl'));
      return;
    }
    // Asked inside the click, before any await: Firefox shows the prompt only during the gesture.
    void requestOrigins([pattern]).then((granted) => {
      if (!granted) {
        setMessage(t('optPlatformDataDenied', [new URL(url.trim()).hostname]));
        return;
      }
      setBusy(true);
      setMessage(t('optPlatformDataFetching'));
      send('refreshPlatformData', { url: url.trim() }).then((outcome) => {
        setInfo(outcome.info);
        setMessage(outcome.ok ? t('optPlatformDataDone') : t('optPlatformDataRefused', [outcome.reason]));
      }, failed).finally(() => setBusy(false));
    });
  };
  const usePackaged = () => {
    send('usePackagedPlatformData', {}).then((i) => {
      setInfo(i);
      setMessage('');
    }, failed);
  };
  const r = info?.refreshed;
  return (
    <section aria-labelledby="h-platform-data" class="card" data-platform-data={r ? 'refreshed' : 'packaged'}>
      <h2 id="h-platform-data">{t('optPlatformDataTitle')}</h2>
      <p class="muted">{t('optPlatformDataHint')}</p>
      {info && (
        <p data-platform-data-date={r ? r.date : info.packaged_date ?? ''}>
          {r
            ? t('optPlatformDataRefreshed', [r.date, String(r.programmes), r.url, r.fetched_at.slice(0, 16).replace('T', ' '), info.packaged_date ?? '?'])
            : t('optPlatformDataPackaged', [info.packaged_date ?? '?'])}
        </p>
      )}
      <div class="field">
        <label for="o-platform-url">{t('optPlatformDataUrl')}</label>
        <input id="o-platform-url" type="url" class="mono" value={url} spellcheck={false} onInput={(e) => setUrl(e.currentTarget.value)} />
      </div>
      <button type="button" data-action="refresh-platform-data" disabled={busy} onClick={refresh}>{t('optPlatformDataRefresh')}</button>{' '}
      {r && <button type="button" data-action="use-packaged-platform-data" onClick={usePackaged}>{t('optPlatformDataUsePackaged')}</button>}
      <p role="status" aria-live="polite">{message}</p>
    </section>
  );
}
