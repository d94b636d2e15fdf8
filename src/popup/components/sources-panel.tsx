import { t, tm } from '../../platform/i18n.ts';
import { FOUND_BY_LABELS, SOURCE_STATE_LABELS, UNREACHABLE_LABELS, sourceLabel } from '../lib/label-keys.ts';
import { SafeLink } from './safe-link.tsx';
import { SafeText } from './safe-text.tsx';
import { Section } from './section.tsx';
import type { CheckResult } from '../../core/index.ts';

/** Every URL the check fetched or tried, with redirects, and how each was found. */
export function SourcesPanel({ result }: { result: CheckResult }) {
  const txtSource = result.txt?.source ?? null;
  const policySources = result.policy_sources ?? (result.policy?.source ? [result.policy.source] : []);
  const unreachable = result.unreachable ?? [];
  return (
    <div class="panel-body">
      <Section id="h-src-steps" title={t('sourcesSteps')}>
        <ul class="items compact">
          {result.sources.map((s) => (
            <li key={s.id} class={`item state-${s.state}`} data-source-id={s.id} data-state={s.state}>
              <strong>{sourceLabel(s, t)}</strong> · {t(SOURCE_STATE_LABELS[s.state] ?? 'sourceState_pending')}
              {s.url && <div><SafeLink url={s.url} /></div>}
              {s.message && <div class="muted"><SafeText text={tm(s.message)} limit={300} /></div>}
            </li>
          ))}
        </ul>
      </Section>
      {txtSource && (
        <Section id="h-src-txt" title="security.txt">
          <ul class="items compact">
            {(txtSource.attempts ?? []).map((a, i) => (
              <li key={i} class="item">
                <SafeLink url={a.url} /> <span class="muted">{a.status ?? '—'} · <code><SafeText text={a.outcome} limit={80} /></code></span>
              </li>
            ))}
            {!txtSource.attempts?.length && (
              <li class="item"><SafeLink url={txtSource.retrieved_from} /> <span class="muted">{txtSource.http_status ?? '—'}</span></li>
            )}
          </ul>
          {(txtSource.hops?.length ?? 0) > 0 ? (
            <>
              <h4>{t('redirectsTitle')}</h4>
              <ol class="items compact">
                {txtSource.hops?.map((h, i) => (
                  <li key={i} class={`item${h.cross_host ? ' cross-host' : ''}`}>
                    {h.status} → <SafeLink url={h.to} />
                    {h.cross_host && <span class="tag warn">{t('crossHost')}</span>}
                  </li>
                ))}
              </ol>
            </>
          ) : txtSource.redirects.length > 0 ? (
            <>
              <h4>{t('redirectsTitle')}</h4>
              <ol class="items compact">{txtSource.redirects.map((r, i) => <li key={i}><SafeLink url={r} /></li>)}</ol>
            </>
          ) : null}
          <p class="muted">
            {txtSource.inherited_from_parent ? <span data-inherited="true">{t('txtInherited', [txtSource.applies_to_host])}</span> : t('txtOwnHost')}
            {txtSource.content_type && <> · <code><SafeText text={txtSource.content_type} limit={100} /></code></>}
          </p>
        </Section>
      )}
      {policySources.length > 0 && (
        <Section id="h-src-policy" title={t('policySourcesTitle')}>
          <ul class="items compact">
            {policySources.map((p, i) => (
              <li key={i} class="item" data-found-by={p.found_by}>
                <SafeLink url={p.url} />
                <div class="muted">
                  {t(FOUND_BY_LABELS[p.found_by] ?? 'foundBy_file')} · {p.status ?? '—'} · <code>{p.format}</code>
                  {p.note && <> · <code><SafeText text={p.note} limit={200} /></code></>}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {unreachable.length > 0 && (
        <Section id="h-src-unreachable" title={t('unreachableTitle')}>
          <ul class="items compact">
            {unreachable.map((u, i) => (
              <li key={i} class="item" data-unreachable={u.reason}>
                <SafeLink url={u.url} />
                <div class="muted">
                  {UNREACHABLE_LABELS[u.reason] ? t(UNREACHABLE_LABELS[u.reason]!) : <SafeText text={u.reason} limit={200} />}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
