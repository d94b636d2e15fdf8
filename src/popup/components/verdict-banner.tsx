import { useEffect } from 'preact/hooks';
import { t, tmParts, type MessageKey } from '../../platform/i18n.ts';
import { mark } from '../open-popup.ts';
import type { ErrorInfo } from '../../shared/error-info.ts';
import { describeError } from '../lib/describe-error.ts';
import { notReadHosts, verdictOf, type BannerVerdict } from '../lib/derive-verdict.ts';
import { InlineQuote, Quote } from './quote.tsx';
import { SafeText } from './safe-text.tsx';
import type { CheckResult } from '../../core/index.ts';

const TITLES: Record<BannerVerdict, MessageKey> = {
  loading: 'verdictLoading',
  in_scope: 'verdictInScope',
  out_of_scope: 'verdictOutOfScope',
  unknown: 'verdictUnknown',
  no_policy: 'verdictNoPolicy',
  error: 'verdictError',
};

const ICONS: Record<BannerVerdict, string> = {
  loading: '…', in_scope: '✓', out_of_scope: '✗', unknown: '?', no_policy: '–', error: '!',
};

/** Why the verdict is unknown or missing, in plain words, when the scope engine gave no reason. */
function fallbackReasons(result: CheckResult, verdict: BannerVerdict): MessageKey[] {
  if (verdict === 'no_policy') return [result.txt?.parsed ? 'noPolicyButTxt' : 'noPolicyNoTxt'];
  if (verdict === 'unknown') return ['unknownNoRule'];
  return [];
}

export interface BannerProps {
  host: string;
  result: CheckResult | null;
  loading: boolean;
  error: ErrorInfo | null;
  onRetry: () => void;
}

/** The answer first: may I test this host? With the deciding rule, its quote and the reasons. */
export function VerdictBanner({ host, result, loading, error, onRetry }: BannerProps) {
  const verdict: BannerVerdict = result ? verdictOf(result) : error ? 'error' : 'loading';
  const scope = result?.scope ?? null;
  useEffect(() => {
    if (verdict !== 'loading') mark('scopecheck:verdict');
  }, [verdict]);
  // Unknown because a place the rules may be was not read yet (not granted): say which, first.
  const notRead = result && verdict === 'unknown' ? notReadHosts(result) : [];
  // Without a policy, the engine's "no policy was given" says nothing about hosts that were not read.
  const reasons = notRead.length > 0 && !result?.policy ? [] : scope?.reasons.map(tmParts).filter((parts) => parts.some((p) => p.text.trim())) ?? [];
  // Without a policy the advice always applies; for unknown only when the engine gave no reason.
  const extra = result && notRead.length === 0 && (verdict === 'no_policy' || reasons.length === 0) ? fallbackReasons(result, verdict) : [];
  return (
    <section class={`banner banner-${verdict}`} data-verdict={verdict} aria-labelledby="verdict-title" aria-busy={verdict === 'loading'}>
      <div class="banner-head">
        <span class="banner-icon" aria-hidden="true">{ICONS[verdict]}</span>
        <h2 id="verdict-title" class="banner-title">{t(TITLES[verdict], [host])}</h2>
      </div>
      {verdict === 'error' && error && (
        <>
          <p class="banner-text">{t('checkFailed', [describeError(error)])}</p>
          <button type="button" class="primary" onClick={onRetry}>{t('retry')}</button>
        </>
      )}
      {result && scope?.rule && (
        <p class="banner-text">
          {t(scope.programmes?.some((p) => p.platform === scope.rule_source) ? 'decidedByProgrammeRule' : scope.rule_source && scope.rule_source !== 'policy' ? 'decidedByUserRule' : 'decidedByRule')}{' '}
          <code class="rule" data-rule={scope.rule}><SafeText text={scope.rule} limit={200} /></code>
        </p>
      )}
      {result && <Quote text={scope?.quote} />}
      {result && (notRead.length > 0 || reasons.length > 0 || extra.length > 0) && (
        <ul class="reasons">
          {notRead.length > 0 && <li data-not-read={notRead.join(' ')}>{t('unknownNotRead', [notRead.join(', ')])}</li>}
          {reasons.map((parts, i) => <li key={i}>{parts.map((p, j) => (p.quoted ? <InlineQuote key={j} text={p.text} /> : <SafeText key={j} text={p.text} limit={400} />))}</li>)}
          {extra.map((k) => <li key={k}>{t(k)}</li>)}
        </ul>
      )}
      {result && scope?.third_party_platform && (
        <p class="banner-text">{t('thirdPartyPlatform', [scope.third_party_platform])}</p>
      )}
      {result && verdict === 'in_scope' && <p class="banner-note">{t('inScopeNote')}</p>}
      {loading && result && <p class="banner-note" role="status">{t('refreshing')}</p>}
      {error && result && (
        <p class="banner-note warn">
          {t('refreshFailed', [describeError(error)])}{' '}
          <button type="button" class="link" onClick={onRetry}>{t('retry')}</button>
        </p>
      )}
    </section>
  );
}
