import { browser } from './browser.ts';

/** A UI string from _locales; falls back to the key so a missing message is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
