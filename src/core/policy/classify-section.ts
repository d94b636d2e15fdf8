import { anyMatch, readerFor, type CompiledPack, type Reader } from './compile-reader.ts';
import { detectPolarity } from './detect-polarity.ts';

/** What a heading or a list's lead-in says about the text under it. */
export type SectionCategory =
  | 'forbidden' | 'allowed' | 'obligation' | 'ineligible' | 'eligibility' | 'out_scope' | 'in_scope'
  | 'report' | 'report_content' | 'left_out' | 'commitment' | 'safe_harbor' | 'reward' | 'disclosure' | 'contact' | 'internal';

type HeadingKey = keyof CompiledPack['headings'];

/**
 * Categories of a heading or lead-in text ("Security researchers must not:", "Out of Scope", "Wij beloven:",
 * "禁止事項"), read with the heading words and cues of the reader's language packs. `parent` are the categories
 * of the enclosing heading: a bare "In" / "Out" under a scope heading is read as in / out of scope.
 */
export function classifySection(text: string, parent: ReadonlySet<SectionCategory> = new Set(), reader: Reader = readerFor(['en'])): Set<SectionCategory> {
  const t = text.replace(/İ/g, 'i').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().slice(0, 300);
  const has = (key: HeadingKey, s: string = t) => anyMatch(reader, (p) => p.headings[key], s);
  const out = new Set<SectionCategory>();
  const bare = t.replace(/[:.：]$/, '');
  if ((parent.has('in_scope') || parent.has('out_scope')) && has('scopeIn', bare)) out.add('in_scope');
  if ((parent.has('in_scope') || parent.has('out_scope')) && has('scopeOut', bare)) out.add('out_scope');
  if (has('notRewarded')) out.add('ineligible');
  else if (has('eligibility')) out.add('eligibility');
  if (has('outOfScope')) out.add('out_scope');
  else if (!out.has('ineligible')) {
    let rest = t;
    for (const p of reader.packs) rest = rest.replace(p.notScopeAll, ' ');
    if (has('scope', rest)) out.add('in_scope');
  }
  const polarity = detectPolarity(t, reader);
  const lead = anyMatch(reader, (p) => p.prohibitLead, t);
  if ((polarity.forbidden || lead) && !out.has('ineligible')) out.add('forbidden');
  else if (has('allowed') && !polarity.forbidden) out.add('allowed');
  if (has('rules')) out.add('obligation');
  if (has('reporting')) out.add('report');
  // "Your report should not contain:": report content negated names what to leave out of a report.
  if (has('reportContent')) out.add(anyMatch(reader, (p) => p.contactNegation, t) ? 'left_out' : 'report_content');
  if (has('commitment')) out.add('commitment');
  if (has('safeHarbor')) out.add('safe_harbor');
  if (has('rewards')) out.add('reward');
  if (has('disclosure')) out.add('disclosure');
  if (has('contact')) out.add('contact');
  if (has('internal')) out.add('internal');
  return out;
}
