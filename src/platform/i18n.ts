import { browser } from './browser.ts';
import type messages from '../../public/_locales/en/messages.json';

/** A key of `_locales/en/messages.json`: a typo is a type error, and the i18n test checks de has it too. */
export type MessageKey = keyof typeof messages;

/** A UI string from _locales; falls back to the key so a missing message is visible, not blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
