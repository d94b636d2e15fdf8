import { useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../platform/i18n.ts';
import type { SavedDraft } from '../../shared/saved-draft.ts';
import type { Settings } from '../../shared/settings-schema.ts';
import { copyText, downloadText } from './copy-text.ts';
import { buildEml, buildWebComposeUrls, encodeMailto, formatDraftMarkdown, getDraftStrings, safeHref, type Draft } from '../../core/index.ts';

export interface ActionsProps {
  working: SavedDraft;
  generated: Draft;
  settings: Settings;
  edited: boolean;
}

/** Open in the mail client of the user's choice, copy, download .eml, copy Markdown. */
export function DraftActions({ working, generated, settings, edited }: ActionsProps) {
  const [note, setNote] = useState<string | null>(null);
  const strings = getDraftStrings(working.language);
  const mail = { to: working.to, subject: working.subject, body: working.body };
  const mailto = useMemo(() => (working.to.length ? encodeMailto(mail, { shortBody: strings.shortBody }) : null), [working]);
  const web = useMemo(() => buildWebComposeUrls(mail, { shortBody: strings.shortBody }), [working]);
  const client = settings.mailClient;
  const link = client === 'gmail' ? web.gmail : client === 'outlook' ? web.outlook : client === 'mailto' ? mailto?.url ?? null : null;
  const truncated = client === 'mailto' ? mailto?.truncated ?? false : web.truncated;
  const label: MessageKey = client === 'gmail' ? 'openGmail' : client === 'outlook' ? 'openOutlook' : 'openMailClient';
  const webForm = generated.web_form ? safeHref(generated.web_form) : null;

  const copy = async (text: string, done: MessageKey) => setNote(t((await copyText(text)) ? done : 'copyFailed'));
  const markdown = () =>
    formatDraftMarkdown(edited ? { ...generated, subject: working.subject, body: working.body, sections: undefined } : generated);
  const onOpen = () => {
    // The link carries a short body asking to paste: put the full report on the clipboard first.
    if (truncated) void copy(working.body, 'copiedForPaste');
  };
  const host = (() => {
    try {
      return new URL(working.pageUrl).hostname;
    } catch {
      return 'report';
    }
  })();

  return (
    <div class="draft-actions">
      <div class="row">
        {link && (
          <a class="button primary" href={link} target="_blank" rel="noopener noreferrer" data-action="open-mail" onClick={onOpen}>
            {t(label)}
          </a>
        )}
        {webForm && (
          <a class="button" href={webForm} target="_blank" rel="noopener noreferrer" data-action="open-form">
            {t('openWebForm')}
          </a>
        )}
        <button type="button" class={link ? '' : 'primary'} data-action="copy" onClick={() => void copy(working.body, 'copiedBody')}>
          {t('copyBody')}
        </button>
        <button type="button" data-action="copy-markdown" onClick={() => void copy(markdown(), 'copiedMarkdown')}>
          {t('copyMarkdown')}
        </button>
        <button
          type="button"
          data-action="download-eml"
          onClick={() => {
            const eml = buildEml({ ...mail, date: new Date(), from: { name: settings.profile.name, address: settings.profile.email } });
            downloadText(eml, `report-${host}.eml`, 'message/rfc822');
          }}
        >
          {t('downloadEml')}
        </button>
      </div>
      {truncated && link && <p class="muted">{t('mailtoTruncated')}</p>}
      {!link && !webForm && client !== 'copy' && <p class="muted">{t('noMailRecipient')}</p>}
      <p class="muted" role="status" aria-live="polite">{note ?? ''}</p>
    </div>
  );
}
