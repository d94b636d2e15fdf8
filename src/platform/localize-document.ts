import { t, uiLanguage, type MessageKey } from './i18n.ts';

/** Sets the page language to the UI's (the catalogue in use, not the browser's region), and its localized title. */
export function localizeDocument(titleKey: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
}
