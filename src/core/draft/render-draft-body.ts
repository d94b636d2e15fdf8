import type { DraftSection } from '../schemas/draft.ts';
import type { DraftStrings } from './draft-strings.ts';

export interface DraftParts {
  strings: DraftStrings;
  host: string;
  sections: DraftSection[];
  disclosure: string;
  details: Array<[label: string, value: string]>;
  signature: string;
}

function block(heading: string, text: string): string {
  // A setext heading: plain text in a mail client, a level-2 heading in Markdown.
  return `${heading}\n${'-'.repeat(Array.from(heading).length)}\n${text}`;
}

/** The plain-text e-mail body (LF line breaks; the encoders turn them into CRLF). */
export function renderDraftBody(parts: DraftParts): string {
  const { strings } = parts;
  const details = parts.details.map(([label, value]) => `${label}: ${value}`).join('\n');
  return [
    strings.greeting,
    strings.intro(parts.host),
    ...parts.sections.map((s) => block(s.heading, s.text)),
    block(strings.disclosureHeading, parts.disclosure),
    block(strings.detailsHeading, details),
    `${strings.closing}\n${parts.signature}`,
  ].join('\n\n') + '\n';
}
