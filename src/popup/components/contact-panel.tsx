import { t, tFinding } from '../../platform/i18n.ts';
import { REPORT_FIELD_LABELS } from '../lib/label-keys.ts';
import { collectContacts } from '../lib/collect-contacts.ts';
import { useEffect, useState } from 'preact/hooks';
import type { describeContact as DescribeContact } from '../lib/describe-contact.ts';
import { collectKeys, groupFingerprint } from '../lib/collect-keys.ts';
import { Quote } from './quote.tsx';
import { SafeLink } from './safe-link.tsx';
import { SafeText } from './safe-text.tsx';
import { Section } from './section.tsx';
import type { CheckResult } from '../../core/index.ts';

/**
 * One contact: a link only when it is safe to follow (see describeContact), else inert text; its punycode form
 * when the domain is internationalised, and every warning about it (injected headers, look-alikes, bidi).
 */
function ContactValue({ value, siteHost }: { value: string; siteHost: string }) {
  const describe = useDescribeContact();
  // Until the checks have loaded (a few ms, off the first paint: they carry tldts), the contact is inert text.
  const view = describe ? describe(value, siteHost) : { href: null, punycode: null, warnings: [] };
  return (
    <>
      {view.href ? (
        <a href={view.href} target="_blank" rel="noopener noreferrer"><SafeText text={value} limit={200} /></a>
      ) : (
        <span class="inert" title={value.slice(0, 300)}><SafeText text={value} limit={200} /></span>
      )}
      {view.punycode && (
        <> <code class="muted punycode" data-contact-punycode={view.punycode}>(<SafeText text={view.punycode} limit={300} />)</code></>
      )}
      {view.warnings.length > 0 && (
        <ul class="contact-warnings">
          {view.warnings.map((w, i) => (
            <li key={i} class={`warn sev-${w.severity}`} data-contact-warning={w.id}>⚠ <SafeText text={tFinding(w).message} limit={300} /></li>
          ))}
        </ul>
      )}
    </>
  );
}

let loading: Promise<typeof DescribeContact> | null = null;

/** describeContact, loaded lazily: the Public Suffix List must stay out of the popup's first paint. */
function useDescribeContact(): typeof DescribeContact | null {
  const [fn, setFn] = useState<{ describe: typeof DescribeContact } | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= import('../lib/describe-contact.ts').then((m) => m.describeContact);
    void loading.then((describe) => live && setFn({ describe }));
    return () => { live = false; };
  }, []);
  return fn?.describe ?? null;
}

/** Where to report: contacts, languages, encryption keys, what a report should contain, and the draft button. */
export function ContactPanel({ result, now, onDraft }: { result: CheckResult; now: number; onDraft: () => void }) {
  const contacts = collectContacts(result);
  const keys = collectKeys(result, now);
  const languages = result.txt?.parsed?.preferred_languages ?? [];
  const fields = result.policy?.report_fields ?? [];
  const channelRules = result.policy?.channel_rules ?? [];
  const txt = result.txt?.parsed;
  return (
    <div class="panel-body">
      <Section id="h-contacts" title={t('contactsTitle')}>
        {contacts.length === 0 ? (
          <p class="empty">{t('contactsNone')}</p>
        ) : (
          <ul class="items">
            {contacts.map((c) => (
              <li key={c.value} class="item contact" data-contact={c.value}>
                <ContactValue value={c.value} siteHost={result.host} />
                <span class="muted source-note">
                  {c.fromTxt && (c.txtLine ? t('fromTxtLine', [String(c.txtLine)]) : t('fromTxt'))}
                  {c.fromTxt && c.policyQuote !== null && ' · '}
                  {c.policyQuote !== null && t('fromPolicy')}
                </span>
                {!c.fromTxt && <Quote text={c.policyQuote} />}
              </li>
            ))}
          </ul>
        )}
        <button type="button" class="primary draft-button" data-action="draft" onClick={onDraft}>
          {t('draftReport')}
        </button>
      </Section>
      {channelRules.length > 0 && (
        <Section id="h-channels" title={t('channelRulesTitle')}>
          <ul class="items">
            {channelRules.map((r, i) => <li key={i} class="item"><SafeText text={r.text} limit={300} /></li>)}
          </ul>
        </Section>
      )}
      {languages.length > 0 && (
        <p>
          <strong>{t('preferredLanguages')}</strong>{' '}
          <SafeText text={languages.slice(0, 20).join(', ')} limit={200} />
        </p>
      )}
      <Section id="h-keys" title={t('keysTitle')}>
        {keys.length === 0 ? (
          <p class="empty">{t('keysNone')}</p>
        ) : (
          <ul class="items">
            {keys.map((k, i) => (
              <li
                key={i}
                class={`item key${k.expired ? ' expired' : ''}`}
                data-key-fingerprint={k.fingerprint ?? undefined}
                data-key-expired={k.expired ? 'true' : undefined}
              >
                {k.fingerprint ? (
                  <code class="fingerprint">{groupFingerprint(k.fingerprint)}</code>
                ) : (
                  <span class="muted">{k.keyId ? t('keyIdOnly', [k.keyId]) : t('keyNoFingerprint')}</span>
                )}
                {k.expired && <span class="tag bad">{t('keyExpired')}</span>}
                {k.validUntil && !k.expired && <span class="muted"> {t('keyValidUntil', [k.validUntil])}</span>}
                {k.url && <div><SafeLink url={k.url} /></div>}
                <div class="muted">{t(k.source === 'securitytxt' ? 'fromTxt' : 'fromPolicy')}</div>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {fields.length > 0 && (
        <Section id="h-fields" title={t('reportFieldsTitle')}>
          <ul class="items compact">
            {fields.map((f, i) => (
              <li key={i} class="item" data-report-field={f.id}>
                {t(REPORT_FIELD_LABELS[f.id] ?? 'field_other')}
                {f.id === 'other' && <Quote text={f.quote} />}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {txt && (txt.acknowledgments.length > 0 || txt.hiring.length > 0 || txt.csaf.length > 0 || txt.bug_bounty !== null) && (
        <Section id="h-more" title={t('moreFromTxt')}>
          <ul class="items compact">
            {txt.bug_bounty !== null && <li>{t(txt.bug_bounty ? 'txtBountyYes' : 'txtBountyNo')}</li>}
            {txt.acknowledgments.slice(0, 5).map((u) => <li key={`a${u}`}>{t('acknowledgments')} <SafeLink url={u} /></li>)}
            {txt.hiring.slice(0, 5).map((u) => <li key={`h${u}`}>{t('hiring')} <SafeLink url={u} /></li>)}
            {txt.csaf.slice(0, 5).map((u) => <li key={`c${u}`}>CSAF <SafeLink url={u} /></li>)}
          </ul>
        </Section>
      )}
    </div>
  );
}
