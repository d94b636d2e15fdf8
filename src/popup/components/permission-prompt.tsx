import { useEffect, useState } from 'preact/hooks';
import { hasOrigins, requestOrigins } from '../../platform/permissions.ts';
import { t } from '../../platform/i18n.ts';
import { exactOriginPatternFor, hostOfPattern, originPatternsFor } from '../../shared/origin-patterns.ts';

/**
 * Offers the host permissions a check lacked, as one button naming the hosts. The request runs
 * directly in the click (Firefox needs the gesture); after a grant the popup checks again.
 */
export function PermissionPrompt({ urls, onGranted }: { urls: string[]; onGranted: () => void }) {
  const key = urls.join(' ');
  const [missing, setMissing] = useState<string[] | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    let live = true;
    // Ask about each URL's own scheme (what the fetch needs); request both schemes for its host.
    Promise.all(urls.map(async (u) => {
      const exact = exactOriginPatternFor(u);
      return exact && !(await hasOrigins([exact])) ? u : null;
    })).then((m) => {
      if (live) setMissing(originPatternsFor(m.filter((u): u is string => u !== null)).slice(0, 20));
    });
    return () => {
      live = false;
    };
  }, [key]);
  if (!missing || missing.length === 0) return null;
  const hosts = [...new Set(missing.map(hostOfPattern))];
  const shown = hosts.slice(0, 3).join(', ') + (hosts.length > 3 ? ` ${t('andMore', [String(hosts.length - 3)])}` : '');
  const onClick = () => {
    requestOrigins(missing).then((granted) => {
      if (granted) onGranted();
      else setDenied(true);
    });
  };
  return (
    <section class="permission" aria-labelledby="perm-title">
      <h2 id="perm-title" class="visually-hidden">{t('permissionTitle')}</h2>
      <p>{t('permissionExplain')}</p>
      <button type="button" class="primary" data-action="grant-hosts" onClick={onClick}>
        {t('permissionButton', [shown])}
      </button>
      {denied && <p class="muted" role="status">{t('permissionDenied')}</p>}
    </section>
  );
}
