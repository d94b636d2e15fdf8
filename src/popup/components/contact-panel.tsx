import { t, tFinding } from '../../platform/i18n.ts';
import { REPORT_FIELD_LABELS } from '../lib/label-keys.ts';
import { groupFingerprint } from '../lib/group-fingerprint.ts';
import { InlineQuote, Quote } from './quote.tsx';
import { SafeLink } from './safe-link.tsx';
import { SafeText } from './safe-text.tsx';
import { Section } from './section.tsx';
import type { CheckResult, SiteContact } from '../../core/index.ts';

/**
 * One contact as the background described it: a link only when it is safe to follow, else inert text; its
 * punycode form when the domain is internationalised, and every warning about it (injected headers, look-alikes,
 * bidi), in the UI's language.
 */
function ContactValue({ contact }: { contact: SiteContact }) {
  return (
    <>
      {contact.href ? (
        <a href={contact.href} target="_blank" rel="noopener noreferrer"><SafeText text={contact.value} limit={200} /></a>
      ) : (
        <span class="inert" title={contact.value.slice(0, 300)}><SafeText text={contact.value} limit={200} /></span>
      )}
      {contact.punycode && (
        <> <code class="muted punycode" data-contact-punycode={contact.punycode}>(<SafeText text={contact.punycode} limit={300} />)</code></>
      )}
      {contact.warnings.length > 0 && (
        <ul class="contact-warnings">
          {contact.warnings.map((w, i) => (
            <li key={i} class={`warn sev-${w.severity}`} data-contact-warning={w.id}>⚠ <SafeText text={tFinding(w).message} limit={400} /></li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Where to report: contacts, languages, encryption keys, what a report should contain, and the draft button. */
export function ContactPanel({ result, onDraft }: { result: CheckResult; onDraft: () => void }) {
  const { contacts, keys } = result;
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
                <ContactValue contact={c} />
                <span class="muted source-note">
                  {c.from_txt && (c.txt_line ? t('fromTxtLine', [String(c.txt_line)]) : t('fromTxt'))}
                  {c.from_txt && c.policy_quote !== null && ' · '}
                  {c.policy_quote !== null && t('fromPolicy')}
                </span>
                {!c.from_txt && <Quote text={c.policy_quote} />}
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
            {channelRules.map((r, i) => <li key={i} class="item"><InlineQuote text={r.text} limit={300} /></li>)}
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
                class={`item key${k.expired === true ? ' expired' : ''}`}
                data-key-fingerprint={k.fingerprint ?? undefined}
                data-key-expired={k.expired === true ? 'true' : undefined}
              >
                {k.fingerprint ? (
                  <code class="fingerprint">{groupFingerprint(k.fingerprint)}</code>
                ) : (
                  <span class="muted">{k.key_id ? t('keyIdOnly', [k.key_id]) : t('keyNoFingerprint')}</span>
                )}
                {k.expired === true && <span class="tag bad">{t('keyExpired')}</span>}
                {k.valid_until && k.expired !== true && <span class="muted"> {t('keyValidUntil', [k.valid_until])}</span>}
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
