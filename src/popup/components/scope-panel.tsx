import { t } from '../../platform/i18n.ts';
import { Quote } from './quote.tsx';
import { SafeLink } from './safe-link.tsx';
import { SafeText } from './safe-text.tsx';
import { Section } from './section.tsx';
import type { PolicyResult, ScopeVerdict } from '../../core/index.ts';

function ScopeList({ items, rule, kind }: { items: { pattern: string; quote: string }[]; rule: string | null; kind: 'in' | 'out' }) {
  if (items.length === 0) return <p class="empty">{t(kind === 'in' ? 'inScopeNone' : 'outOfScopeNone')}</p>;
  return (
    <ul class="items">
      {items.map((item, i) => (
        <li key={i} class={`item scope-${kind}${item.pattern === rule ? ' deciding' : ''}`} data-scope-pattern={item.pattern}>
          <code><SafeText text={item.pattern} limit={200} /></code>
          {item.pattern === rule && <span class="tag">{t('decidingRule')}</span>}
          <Quote text={item.quote} />
        </li>
      ))}
    </ul>
  );
}

/** The policy's in and out of scope lists, the deciding rule marked. */
export function ScopePanel({ policy, scope }: { policy: PolicyResult | null; scope: ScopeVerdict | null }) {
  if (!policy) return <p class="empty">{t('scopeNoPolicy')}</p>;
  const rule = scope?.rule ?? null;
  return (
    <div class="panel-body">
      <Section id="h-in" title={t('inScopeTitle')}>
        <ScopeList items={policy.in_scope} rule={rule} kind="in" />
      </Section>
      <Section id="h-out" title={t('outOfScopeTitle')}>
        <ScopeList items={policy.out_of_scope} rule={rule} kind="out" />
      </Section>
      {policy.source && (
        <p class="muted">
          {t('policyFrom')} <SafeLink url={policy.source.url} />
        </p>
      )}
    </div>
  );
}
