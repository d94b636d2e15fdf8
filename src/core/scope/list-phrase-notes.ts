import type { CompiledScope } from './compiled-scope.ts';
import { msg, type Message } from '../message/message.ts';

/**
 * What no host-based export can carry: scope entries that name no host (vulnerability classes and
 * activities are left out: they do not bear on hosts), and "anything not listed is out of scope",
 * which an allowlist says by itself.
 */
export function listPhraseNotes(scope: CompiledScope, tool: string): Message[] {
  const notes: Message[] = [];
  for (const phrase of scope.phrases) {
    if (phrase.effect === 'exclude' && phrase.category === 'other') continue;
    notes.push(msg(phrase.effect === 'include' ? 'note_exportPhrase' : 'note_exportPhraseExclusion', { entry: phrase.text }));
  }
  if (scope.closedWorld) notes.push(msg('note_exportClosedWorld', { text: scope.closedWorld.text, tool }));
  return notes;
}
