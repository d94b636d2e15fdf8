// The core speaks in message ids; tests that read its words render them as the CLI does, in English or German.
import de from '../../public/_locales/de/messages.json';
import { createSay, loadSay } from '../../src/cli/messages.ts';
import type { Catalogue } from '../../src/cli/format-message.ts';
import type { Finding, Message } from '../../src/core/index.ts';

export const englishSay = await loadSay('en');
export const germanSay = createSay('de', de as Catalogue);

/** A message from the core in English. */
export function en(message: Message): string {
  return englishSay.message(message);
}

/** A finding's English message (what `message` says in the CLI's JSON). */
export function enFinding(finding: Finding): string {
  return englishSay.finding(finding).message;
}
