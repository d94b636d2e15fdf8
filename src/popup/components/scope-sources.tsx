import { useEffect, useState } from 'preact/hooks';
import type { CheckResult } from '../../core/index.ts';
import { t } from '../../platform/i18n.ts';
import { send } from '../../platform/messaging.ts';
import type { PlatformDataInfo } from '../../shared/platform-data.ts';
import { SafeLink } from './safe-link.tsx';
import { SafeText } from './safe-text.tsx';
import { Section } from './section.tsx';

/**
 * The Scope tab's other sources: the bug bounty programmes whose published scope covers the host (platform
 * data), and every scope entry scopecheck could not read. Shown with or without a policy.
 */
export function ScopeSources({ result }: { result: CheckResult }) {
  const programmes = result.scope?.programmes;
  const unreadable = result.scope_unreadable ?? [];
  return (
    <div class="panel-body">
      {unreadable.length > 0 && (
        <Section id="h-unreadable" title={t('unreadableTitle')}>
          <ul class="items">
            {unreadable.map((u, i) => (
              <li key={i} class={`item scope-${u.effect === 'exclude' ? 'out' : 'in'}`} data-unreadable-entry={u.entry} data-unreadable-effect={u.effect}>
                <code><SafeText text={u.entry} limit={300} /></code>
                <span class="tag">{t(u.effect === 'exclude' ? 'unreadableExclusion' : 'unreadableInclusion')}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {programmes && (
        <Section id="h-programmes" title={t('programmesTitle')}>
          {programmes.length === 0 ? <p class="empty">{t('programmesNone')}</p> : (
            <ul class="items">
              {programmes.map((p, i) => (
                <li key={i} class={`item scope-${p.verdict === 'in_scope' ? 'in' : 'out'}`} data-programme={p.programme} data-programme-platform={p.platform} data-programme-verdict={p.verdict}>
                  <strong><SafeText text={`${p.platform}: ${p.programme}`} limit={200} /></strong>{' '}
                  <code><SafeText text={p.entry} limit={200} /></code>{' '}
                  <span class="tag">{p.verdict === 'in_scope' ? t('inScopeTitle') : t('outOfScopeTitle')}</span>
                  <p class="muted"><SafeLink url={p.url} /></p>
                </li>
              ))}
            </ul>
          )}
          {programmes.length > 0 && <p class="muted">{t('programmesDate', programmes[0]!.data_date)}</p>}
          {programmes.length > 0 && <ProgrammesCopy />}
        </Section>
      )}
    </div>
  );
}

/** Which copy of the platform data the programmes come from: the packaged snapshot or one the user refreshed. */
function ProgrammesCopy() {
  const [info, setInfo] = useState<PlatformDataInfo | null>(null);
  useEffect(() => {
    send('platformDataInfo', {}).then(setInfo, () => {});
  }, []);
  if (!info) return null;
  const r = info.refreshed;
  return (
    <p class="muted" data-platform-data={r ? 'refreshed' : 'packaged'}>
      {r ? t('programmesCopyRefreshed', [r.fetched_at.slice(0, 10), info.packaged_date ?? '?']) : t('programmesCopyPackaged')}
    </p>
  );
}
