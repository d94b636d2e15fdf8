import { useState } from 'preact/hooks';
import { t, tFinding, type MessageKey } from '../../platform/i18n.ts';
import { draftsArePersistent } from '../../platform/draft-store.ts';
import { SafeText } from '../components/safe-text.tsx';
import { formatTime } from '../lib/format-age.ts';
import { DraftActions } from './draft-actions.tsx';
import { EncryptSection } from './encrypt-section.tsx';
import type { DraftLanguage } from './pick-draft-language.ts';
import { useDraft, type SaveStatus } from './use-draft.ts';
import type { CheckResult } from '../../core/index.ts';

const STATUS: Record<SaveStatus, MessageKey | null> = {
  idle: null, saving: 'draftSaving', saved: 'draftSaved', error: 'draftSaveFailed', too_long: 'draftTooLong',
};

/** The To field keeps what is typed (a trailing comma while adding an address) and hands on the list. */
function RecipientField({ to, onChange }: { to: string[]; onChange: (to: string[]) => void }) {
  const [text, setText] = useState(to.join(', '));
  return (
    <div class="field">
      <label for="draft-to">{t('draftTo')}</label>
      <input
        id="draft-to"
        type="text"
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onChange(e.currentTarget.value.split(',').map((s) => s.trim()).filter(Boolean));
        }}
      />
    </div>
  );
}

/** The editable report: pre-filled, saved on every edit, restored on reopen, discarded only on request. */
export function DraftPanel({ result, pageUrl, onClose }: { result: CheckResult; pageUrl: string; onClose: () => void }) {
  const { state, status, loadError, edit, reset, edited, flush } = useDraft(result, pageUrl);
  const [confirming, setConfirming] = useState(false);
  const close = () => void flush().finally(onClose);
  if (loadError) return <p role="alert">{t('checkFailed', [loadError])}</p>;
  if (!state) return <p role="status">{t('draftLoading')}</p>;
  const { working, generated, settings } = state;
  const findings = generated.findings ?? [];
  const statusKey = STATUS[status];

  return (
    <section class="draft" aria-labelledby="draft-title">
      <header class="top">
        <button type="button" onClick={close} data-action="close-draft">← {t('back')}</button>
        <h1 id="draft-title">{t('draftTitle', [result.host])}</h1>
      </header>
      {state.restored && <p class="note" role="status">{t('draftRestored', [formatTime(Date.parse(working.updatedAt))])}</p>}
      {findings.length > 0 && (
        <ul class="items draft-warnings" aria-label={t('draftWarnings')}>
          {findings.map((f, i) => (
            <li key={i} class={`item sev-${f.severity}`} data-draft-warning={f.id}>
              <SafeText text={tFinding(f).message} limit={400} />
            </li>
          ))}
        </ul>
      )}
      <RecipientField key={working.createdAt} to={working.to} onChange={(to) => edit({ to })} />
      <div class="field">
        <label for="draft-subject">{t('draftSubject')}</label>
        <input id="draft-subject" type="text" value={working.subject} onInput={(e) => edit({ subject: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="draft-body">{t('draftBody')}</label>
        <textarea
          id="draft-body"
          data-draft-body
          rows={14}
          spellcheck
          value={working.body}
          onInput={(e) => edit({ body: e.currentTarget.value })}
        />
      </div>
      <p class="muted save-status" role="status" aria-live="polite">
        {statusKey ? t(statusKey) : ''} {draftsArePersistent() ? t('draftKeptLocal') : t('draftKeptSession')}
      </p>
      <div class="field inline">
        <label for="draft-language">{t('draftLanguage')}</label>
        <select
          id="draft-language"
          value={working.language}
          disabled={edited}
          onChange={(e) => void reset(e.currentTarget.value as DraftLanguage)}
        >
          <option value="en">English</option>
          <option value="de">Deutsch</option>
        </select>
        {edited && <span class="muted"> {t('draftLanguageLocked')}</span>}
      </div>
      <DraftActions working={working} generated={generated} settings={settings} edited={edited} />
      <EncryptSection keys={generated.encryption_keys ?? []} body={working.body} pageUrl={pageUrl} />
      <div class="row discard">
        {confirming ? (
          <>
            <span>{t('discardConfirm')}</span>
            <button type="button" class="danger" data-action="discard-confirm" onClick={() => void reset().then(() => setConfirming(false))}>
              {t('discardYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>{t('cancel')}</button>
          </>
        ) : (
          <button type="button" data-action="discard" onClick={() => setConfirming(true)}>{t('discard')}</button>
        )}
      </div>
    </section>
  );
}
