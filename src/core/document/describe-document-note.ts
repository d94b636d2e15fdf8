import { msg, type Message } from '../message/message.ts';

/**
 * The notes the document and policy readers write (a PolicyResult's `notes`, English sentences kept as they were for
 * the JSON and the stored results), each with the message id a shell says it with; the groups are its parameters.
 */
const NOTES: ReadonlyArray<[RegExp, string, readonly string[]]> = [
  [/^PDF documents are not supported; open the policy yourself(?:: (\S+))?$/, 'document_notePdf', ['url']],
  [/^The document is binary data, not text: nothing was read\.$/, 'document_noteBinary', []],
  [/^The (?:document|policy) could not be read: /, 'document_noteUnreadable', []],
  [/^Stopped after (\d+) blocks\.$/, 'document_noteStoppedBlocks', ['count']],
  [/^A very long block was cut\.$/, 'document_noteLongBlock', []],
  [/^The HTML nests more than (\d+) elements deep: only the first part was read\.$/, 'document_noteDeep', ['count']],
  [/^Unknown charset "([^"]*)": read as UTF-8\.$/, 'document_noteCharset', ['charset']],
  [/^The document is larger than (\d+) MiB: only the first part was read\.$/, 'document_noteLarge', ['size']],
  [/^The document has no readable text\.$/, 'document_noteNoText', []],
  [/^The policy was cut at the size limit\.$/, 'document_noteCut', []],
  [/^Community data from the disclose\.io program database \(snapshot (\S+), commit (\S+), CC0\): /, 'document_noteDiodb', ['date', 'commit']],
  [/^The database lists a partial safe harbor: read the policy for its limits\.$/, 'document_noteDiodbPartial', []],
  [/^The database marks the policy URL as dead\.$/, 'document_noteDiodbDead', []],
];

/**
 * A reader's note as a message, for a shell to say in its language; a note it does not know is said as it is.
 * (The reader's own error text after "could not be read:" stays a machine value.)
 */
export function describeDocumentNote(note: string): Message {
  for (const [pattern, id, names] of NOTES) {
    const m = pattern.exec(note);
    if (m) return msg(id, Object.fromEntries(names.map((name, i) => [name, m[i + 1]])));
  }
  return msg('document_noteOther', { note });
}
