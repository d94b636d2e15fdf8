import type { CheckResult } from '../../core/index.ts';
import { t } from '../../platform/i18n.ts';
import { SafeLink } from './safe-link.tsx';
import { SafeText } from './safe-text.tsx';
import { Section } from './section.tsx';

/** When the site publishes nothing: a national CSIRT and CERT/CC, labelled as coordinators, never permission. */
export function CoordinatorsSection({ result }: { result: CheckResult }) {
  const coordinators = result.coordinators ?? [];
  if (coordinators.length === 0) return null;
  return (
    <div class="panel-body">
      <Section id="h-coordinators" title={t('coordinatorsTitle')}>
        <p class="warning" data-coordinator-note>{t('coordinatorNote')}</p>
        <ul class="items">
          {coordinators.map((c, i) => (
            <li key={i} class="item" data-coordinator={c.role} data-coordinator-report={c.report}>
              <strong><SafeText text={c.name} limit={200} /></strong> <span class="muted"><SafeText text={c.country} limit={80} /></span>
              <p><SafeLink url={c.report} /></p>
              <p class="muted">{c.date_checked ? t('coordinatorChecked', c.date_checked) : t('coordinatorUnverified')} · <SafeLink url={c.source_url} /></p>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
