import { t, tm } from '../../platform/i18n.ts';
import { SOURCE_STATE_LABELS, sourceLabel } from '../lib/label-keys.ts';
import { SafeText } from './safe-text.tsx';
import type { SourceProgress } from '../../core/index.ts';

const MARKS: Record<SourceProgress['state'], string> = { pending: '◌', done: '✓', failed: '✗', skipped: '–' };

/** One line per source while a check runs; the live region announces the count, not every change. */
export function ProgressList({ sources, active }: { sources: SourceProgress[]; active: boolean }) {
  const answered = sources.filter((s) => s.state !== 'pending').length;
  return (
    <section class="progress" aria-labelledby="progress-title">
      <h2 id="progress-title" class="visually-hidden">{t('progressTitle')}</h2>
      <p class="muted" role="status" aria-live="polite">
        {active
          ? sources.length === 0 ? t('progressStarting') : t('progressCount', [String(answered), String(sources.length)])
          : ''}
      </p>
      {sources.length > 0 && (
        <ul class="sources-progress">
          {sources.map((s) => (
            <li key={s.id} class={`state-${s.state}`} data-source-id={s.id} data-state={s.state}>
              <span class="mark" aria-hidden="true">{MARKS[s.state]}</span>
              <span class="visually-hidden">{t(SOURCE_STATE_LABELS[s.state] ?? 'sourceState_pending')}: </span>
              <span>{sourceLabel(s, t)}</span>
              {s.url && <> <SafeText class="url" text={s.url} limit={120} /></>}
              {s.message && <span class="muted"> · <SafeText text={tm(s.message)} limit={200} /></span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
