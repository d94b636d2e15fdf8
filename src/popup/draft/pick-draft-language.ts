import type { ReportLanguageSetting } from '../../shared/settings-schema.ts';

export type DraftLanguage = 'en' | 'de';

const asDraftLanguage = (tag: string): DraftLanguage | null => {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'de' ? base : null;
};

/**
 * The report language: the user's choice, or with `auto` the first of the site's Preferred-Languages
 * we can write (en, de), else the browser's language when it is one of them, else English.
 */
export function pickDraftLanguage(setting: ReportLanguageSetting, preferred: readonly string[], uiLanguage: string): DraftLanguage {
  if (setting !== 'auto') return setting;
  for (const tag of preferred.slice(0, 20)) {
    const language = asDraftLanguage(tag);
    if (language) return language;
  }
  return asDraftLanguage(uiLanguage) ?? 'en';
}
