import type { DraftSection } from '../schemas/draft.ts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import type { DraftStrings, SectionId } from './draft-strings.ts';
import { normalizeUserText, sanitizeFetchedText } from './sanitize-text.ts';

/** What the report says when the policy asks for no particular field. */
export const STANDARD_SECTIONS: readonly SectionId[] = [
  'description', 'location_url', 'impact', 'reproduction_steps', 'proof_of_concept', 'suggested_fix',
];

// The order a reader expects, whatever order the policy names them in.
const ORDER: readonly SectionId[] = [
  'description', 'location_url', 'impact', 'reproduction_steps', 'proof_of_concept', 'environment',
  'suggested_fix', 'other', 'reporter_name', 'contact_info',
];

export interface SectionContext {
  pageUrl: string;
  summary?: string;
  reporterName: string | null;
  reporterContact: string | null;
  fields: Record<string, string>;
}

function filled(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = normalizeUserText(text).trimEnd().replace(/^\n+/, '');
  return t === '' ? null : t;
}

/**
 * The body sections: the report fields the policy asks for, in reading order, or the standard set.
 * Each is filled from what the user typed, else from what is known (page URL, profile), else a hint;
 * a section the user typed into is kept even when the policy does not ask for it.
 */
export function buildDraftSections(policy: PolicyResult | null, strings: DraftStrings, ctx: SectionContext): DraftSection[] {
  const asked = new Set<SectionId>((policy?.report_fields ?? []).map((f) => f.id));
  const base = asked.size > 0 ? ORDER.filter((id) => asked.has(id)) : STANDARD_SECTIONS;
  // Whatever the user typed is kept, even in a section the policy did not ask for.
  const typed = ORDER.filter((id) => !base.includes(id) && filled(ctx.fields[id]) !== null);
  const ids = typed.length > 0 ? ORDER.filter((id) => base.includes(id) || typed.includes(id)) : base;
  const otherQuotes = (policy?.report_fields ?? [])
    .filter((f) => f.id === 'other')
    .map((f) => sanitizeFetchedText(f.quote, 200))
    .filter((q) => q !== '')
    .slice(0, 3);

  return ids.map((id) => {
    const known: Partial<Record<SectionId, string | null>> = {
      description: filled(ctx.summary),
      location_url: filled(ctx.pageUrl),
      reporter_name: ctx.reporterName,
      contact_info: ctx.reporterContact,
    };
    const text = filled(ctx.fields[id]) ?? known[id] ?? null;
    const heading = id === 'description' && asked.size === 0 ? strings.summaryHeading : strings.headings[id];
    if (text !== null) return { id, heading, text, placeholder: false, asked: asked.has(id) };
    const hint = id === 'other' && otherQuotes.length > 0
      ? otherQuotes.map((q) => strings.otherAsked(q)).join('\n')
      : strings.placeholders[id];
    return { id, heading, text: hint, placeholder: true, asked: asked.has(id) };
  });
}
