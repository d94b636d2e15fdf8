import { t, type MessageKey } from '../platform/i18n.ts';
import { AutoCheckSection } from './auto-check-section.tsx';
import { CacheSection } from './cache-section.tsx';
import { PlatformDataSection } from './platform-data-section.tsx';
import { ProfileSection } from './profile-section.tsx';
import { ReportSection } from './report-section.tsx';
import { ScopeOverridesSection } from './scope-overrides-section.tsx';
import { useSettings, type SaveState } from './use-settings.ts';

const SAVE_MESSAGES: Record<SaveState, MessageKey | null> = {
  idle: null, saved: 'optSaved', invalid: 'optNotSavedInvalid', error: 'optNotSavedError',
};

/** The options page: every change is validated and saved at once. */
export function OptionsApp() {
  const { settings, update, saveState } = useSettings();
  const message = SAVE_MESSAGES[saveState];
  return (
    <main class="options">
      <header class="top">
        <h1>{t('optionsTitle')}</h1>
        <p class={saveState === 'saved' ? 'muted' : 'bad'} role="status" aria-live="polite" data-save-state={saveState}>
          {message ? t(message) : ''}
        </p>
      </header>
      {!settings ? (
        <p role="status">{t('optLoading')}</p>
      ) : (
        <>
          <ProfileSection profile={settings.profile} onChange={(profile) => update((s) => ({ ...s, profile }))} />
          <ReportSection settings={settings} onChange={(patch) => update((s) => ({ ...s, ...patch }))} />
          <AutoCheckSection settings={settings} onChange={(patch) => update((s) => ({ ...s, ...patch }))} />
          <ScopeOverridesSection settings={settings} onChange={(patch) => update((s) => ({ ...s, ...patch }))} />
          <PlatformDataSection />
          <CacheSection />
        </>
      )}
    </main>
  );
}
