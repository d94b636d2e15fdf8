import { t, type MessageKey } from '../platform/i18n.ts';
import { MAIL_CLIENTS, type MailClient, type ReportLanguageSetting, type Settings } from '../shared/settings-schema.ts';

const CLIENT_LABELS: Record<MailClient, MessageKey> = {
  mailto: 'optClientMailto', gmail: 'optClientGmail', outlook: 'optClientOutlook', copy: 'optClientCopy',
};

/** How drafts are sent, in which language, and how long a check may wait per request. */
export function ReportSection({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  return (
    <section aria-labelledby="h-report" class="card">
      <h2 id="h-report">{t('optReportTitle')}</h2>
      <fieldset>
        <legend>{t('optMailClient')}</legend>
        {MAIL_CLIENTS.map((client) => (
          <label key={client} class="choice">
            <input
              type="radio"
              name="mail-client"
              value={client}
              checked={settings.mailClient === client}
              onChange={() => onChange({ mailClient: client })}
            />
            {t(CLIENT_LABELS[client])}
          </label>
        ))}
      </fieldset>
      <div class="field inline">
        <label for="o-language">{t('optLanguage')}</label>
        <select
          id="o-language"
          value={settings.reportLanguage}
          onChange={(e) => onChange({ reportLanguage: e.currentTarget.value as ReportLanguageSetting })}
        >
          <option value="auto">{t('optLanguageAuto')}</option>
          <option value="en">English</option>
          <option value="de">Deutsch</option>
        </select>
      </div>
      <div class="field inline">
        <label for="o-timeout">{t('optTimeout')}</label>
        <input
          id="o-timeout"
          type="number"
          min={1}
          max={60}
          step={1}
          value={Math.round(settings.timeoutMs / 1000)}
          onChange={(e) => {
            const seconds = Number(e.currentTarget.value);
            if (Number.isInteger(seconds) && seconds >= 1 && seconds <= 60) onChange({ timeoutMs: seconds * 1000 });
          }}
        />
      </div>
    </section>
  );
}
