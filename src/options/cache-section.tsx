import { useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import { send } from '../platform/messaging.ts';

/** Forget every stored check (the next popup checks again). */
export function CacheSection() {
  const [message, setMessage] = useState('');
  const clear = () => {
    send('clearCache', {}).then(
      ({ cleared }) => setMessage(t('optCacheCleared', [String(cleared)])),
      (e: unknown) => setMessage(t('checkFailed', [e instanceof Error ? e.message : String(e)])),
    );
  };
  return (
    <section aria-labelledby="h-cache" class="card">
      <h2 id="h-cache">{t('optCacheTitle')}</h2>
      <p class="muted">{t('optCacheHint')}</p>
      <button type="button" data-action="clear-cache" onClick={clear}>{t('optCacheClear')}</button>
      <p role="status" aria-live="polite">{message}</p>
    </section>
  );
}
