import { browser } from './browser.ts';
import { renderMessage, type Finding, type Message } from '../core/index.ts';
import type messages from '../../public/_locales/en/messages.json';

/** A key of `_locales/en/messages.json`: a typo is a type error, and the i18n test checks de has it too. */
export type MessageKey = keyof typeof messages;

/** A UI string from _locales; falls back to the key so a missing message is visible, not blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

const getMessage = (key: string, substitutions: string[]) => browser.i18n.getMessage(key, substitutions);

/** A message from the core (an id with its parameters) in the UI's language. */
export function tm(message: Message): string {
  return renderMessage(message, getMessage);
}

/** A finding's message and, when the catalogue has one, how to fix it, in the UI's language. */
export function tFinding(finding: Finding): { message: string; fix: string | null } {
  const message = finding.text ?? tm({ id: finding.message_id ?? `finding_${finding.id}`, ...(finding.params ? { params: finding.params } : {}) });
  return { message, fix: browser.i18n.getMessage(finding.fix_id ?? `fix_${finding.id}`) || null };
}

/** The UI's language as a BCP 47 tag for `lang` attributes: the catalogue in use (en or de), not the browser's region. */
export function uiLanguage(): string {
  return t('uiLanguage' as MessageKey) === 'uiLanguage' ? 'en' : t('uiLanguage' as MessageKey);
}
