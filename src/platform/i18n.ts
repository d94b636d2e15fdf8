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

/** Parameters that hold words of a fetched document (an entry, a quoted phrase): shown as quotes in its language. */
const QUOTED_PARAMS = new Set(['text', 'words', 'note', 'entry', 'entries', 'listed', 'open', 'quote', 'named', 'names']);
const MARK = /\uE000(\d+)\uE001/g;

/** A message in the UI's language, split into the UI's words and the document's words (quoted parameters). */
export function tmParts(message: Message): Array<{ text: string; quoted: boolean }> {
  const quotes: string[] = [];
  const mark = (m: Message): Message => ({
    id: m.id,
    ...(m.params ? { params: Object.fromEntries(Object.entries(m.params).map(([name, value]) => [name,
      typeof value === 'object' ? mark(value) : QUOTED_PARAMS.has(name) && typeof value === 'string' ? `\uE000${quotes.push(value) - 1}\uE001` : value])) } : {}),
  });
  const text = renderMessage(mark(message), getMessage);
  const parts: Array<{ text: string; quoted: boolean }> = [];
  let at = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), quoted: false });
    parts.push({ text: quotes[Number(m[1])] ?? '', quoted: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), quoted: false });
  return parts;
}

/** A finding's message and, when the catalogue has one, how to fix it, in the UI's language. */
export function tFinding(finding: Finding): { message: string; fix: string | null } {
  const message = tm({ id: finding.message_id ?? `finding_${finding.id}`, ...(finding.params ? { params: finding.params } : {}) });
  return { message, fix: browser.i18n.getMessage(finding.fix_id ?? `fix_${finding.id}`) || null };
}

/** The UI's language as a BCP 47 tag for `lang` attributes: the catalogue in use (en or de), not the browser's region. */
export function uiLanguage(): string {
  return browser.i18n.getMessage('uiLanguage') || 'en';
}
