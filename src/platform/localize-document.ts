import { browser } from './browser.ts';
import { t, type MessageKey } from './i18n.ts';

/** Sets the page language (for screen readers and hyphenation) and its localized title. */
export function localizeDocument(titleKey: MessageKey): void {
  document.documentElement.lang = browser.i18n.getUILanguage() || 'en';
  document.title = t(titleKey);
}
