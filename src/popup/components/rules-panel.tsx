import { t, type MessageKey, uiLanguage } from '../../platform/i18n.ts';
import { ACTIVITY_LABELS } from '../lib/label-keys.ts';
import { groupByQuote } from '../lib/group-by-quote.ts';
import { describeUnread } from '../../core/index.ts';
import { InlineQuote, Quote } from './quote.tsx';
import { SafeLink } from './safe-link.tsx';
import { SafeText } from './safe-text.tsx';
import { Section } from './section.tsx';
import type { PolicyResult } from '../../core/index.ts';

function tri(value: boolean | null, yes: MessageKey, no: MessageKey, unknown: MessageKey): string {
  return t(value === true ? yes : value === false ? no : unknown);
}

/** What the researcher must not do, must do, and what earns no reward, each with its quote. */
export function RulesPanel({ policy }: { policy: PolicyResult | null }) {
  if (!policy) return <p class="empty">{t('rulesNoPolicy')}</p>;
  const ineligible = policy.ineligible ?? [];
  // Text in a language no pack reads was not read: say so, never that the policy names no forbidden activities.
  const unread = describeUnread(policy, uiLanguage());
  return (
    <div class="panel-body">
      {unread && (
        <p class="notice unread" data-rules-unread={unread.codes.join(' ')}>
          {t(unread.whole ? 'rulesNotRead' : 'rulesPartlyNotRead', [unread.names.join(', ')])}
          {policy.source && <> <SafeLink url={policy.source.url} label={t('rulesReadPolicy')} /></>}
        </p>
      )}
      <Section id="h-forbidden" title={t('forbiddenTitle')}>
        {policy.forbidden_activities.length === 0 ? (
          <p class="empty">{t(unread ? 'forbiddenNoneRead' : 'forbiddenNone')}</p>
        ) : (
          <ul class="items">
            {groupByQuote(policy.forbidden_activities).map((group, i) => (
              <li key={i} class="item forbidden">
                <strong>
                  {group.ids.map((id, j) => (
                    <span key={id}>
                      {j > 0 && ', '}
                      <span data-activity-id={id}>{t(ACTIVITY_LABELS[id] ?? 'activity_other')}</span>
                    </span>
                  ))}
                </strong>
                <Quote text={group.quote} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      {policy.obligations.length > 0 && (
        <Section id="h-obligations" title={t('obligationsTitle')}>
          <ul class="items">
            {policy.obligations.map((o, i) => (
              <li key={i} class="item obligation">
                <InlineQuote text={o.text} limit={300} />
                {o.quote !== o.text && <Quote text={o.quote} />}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {ineligible.length > 0 && (
        <Section id="h-ineligible" title={t('ineligibleTitle')}>
          <p class="muted">{t('ineligibleHint')}</p>
          <ul class="items">
            {ineligible.map((o, i) => (
              <li key={i} class="item ineligible" data-ineligible>
                <InlineQuote text={o.text} limit={300} />
                {o.quote !== o.text && <Quote text={o.quote} />}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="h-terms" title={t('termsTitle')}>
        <dl class="terms">
          <dt>{t('safeHarbor')}</dt>
          <dd>{tri(policy.safe_harbor, 'safeHarborYes', 'safeHarborNo', 'notStated')}</dd>
          <dt>{t('bounty')}</dt>
          <dd>{tri(policy.bounty, 'bountyYes', 'bountyNo', 'notStated')}</dd>
          <dt>{t('responseTime')}</dt>
          <dd data-response-days={policy.response_sla_days ?? undefined}>{policy.response_sla_days === null ? t('notStated') : formatDays(policy.response_sla_days)}</dd>
          <dt>{t('disclosureWait')}</dt>
          <dd data-disclosure-days={policy.disclosure_days ?? undefined}>{policy.disclosure_days === null ? t('notStated') : formatDays(policy.disclosure_days)}</dd>
        </dl>
      </Section>
      {(policy.notes?.length ?? 0) > 0 && (
        <ul class="notes muted">
          {policy.notes?.map((n, i) => <li key={i}><SafeText text={n} limit={300} /></li>)}
        </ul>
      )}
    </div>
  );
}

function formatDays(n: number): string {
  return n === 1 ? t('dayCountOne') : t('daysCount', [String(n)]);
}
