import { readDocument, type ReadDocumentInput } from '../document/index.ts';
import type { PolicyResult } from '../schemas/policy-result.ts';
import { buildUnits } from './build-units.ts';
import { hasPack, readerFor } from './compile-reader.ts';
import { detectBlockLanguages, detectLanguage } from './detect-language.ts';
import { extractActivities } from './extract-activities.ts';
import { extractBounty, extractSafeHarbor } from './extract-commitments.ts';
import { extractContacts } from './extract-contacts.ts';
import { extractPgp } from './extract-pgp.ts';
import { extractReportFields } from './extract-report-fields.ts';
import { extractRules } from './extract-rules.ts';
import { extractScope } from './extract-scope.ts';
import { extractTimelines } from './extract-timelines.ts';

export interface ExtractPolicyOptions {
  /** Where the policy was published: resolves relative links and "any other subdomains". */
  baseUrl?: string;
  /** The clock for PGP key expiry. */
  now: Date;
}

const MAX_QUOTE = 1000;

/** A result with nothing found, for unreadable input. */
export function emptyPolicyResult(notes: string[] = []): PolicyResult {
  return {
    schema: 'scopecheck.policy/1', contacts: [], channel_rules: [], in_scope: [], out_of_scope: [],
    forbidden_activities: [], ineligible: [], obligations: [], report_fields: [], response_sla_days: null,
    disclosure_days: null, safe_harbor: null, bounty: null, pgp: [], language: 'en', language_supported: true, notes,
  };
}

function capQuotes<T extends { quote?: string }>(items: T[]): T[] {
  for (const item of items) if (item.quote && item.quote.length > MAX_QUOTE) item.quote = `${item.quote.slice(0, MAX_QUOTE)}…`;
  return items;
}

/** Sections whose language has no pack, once per heading (at most 50). */
function unreadSections(blocks: ReadonlyArray<{ kind: string; text: string }>, languages: readonly string[]): NonNullable<PolicyResult['unread_sections']> {
  const out: NonNullable<PolicyResult['unread_sections']> = [];
  let heading: string | null = null;
  let reported: string | null | undefined;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') heading = block.text.slice(0, 120);
    const lang = languages[i]!;
    if (hasPack(lang) || out.length >= 50 || reported === heading) return;
    reported = heading;
    out.push({ language: lang, heading });
  });
  return out;
}

/**
 * Extracts a disclosure policy (HTML, Markdown or plain text; sniffed) into `scopecheck.policy/1`: contacts,
 * scope, forbidden activities (with ineligible findings kept apart), obligations, report fields, response and
 * disclosure days, safe harbor, bounty, PGP keys and language. Every item quotes the sentence it came from.
 * Never throws; bounded to 2 MiB of input and linear in it.
 */
export function extractPolicy(input: ReadDocumentInput, options: ExtractPolicyOptions): PolicyResult {
  try {
    const read = readDocument(input);
    if (read.blocks.length === 0) {
      return emptyPolicyResult(read.notes.length > 0 ? read.notes : ['The document has no readable text.']);
    }
    const baseUrl = options.baseUrl ?? input.url ?? undefined;
    const language = detectLanguage(read.blocks);
    const blockLanguages = detectBlockLanguages(read.blocks, language);
    const doc = buildUnits(read.blocks, blockLanguages, language);
    const activities = extractActivities(doc.units);
    const rules = extractRules(doc.units);
    const timelines = extractTimelines(doc.units);
    const scope = extractScope(doc.units, baseUrl ?? undefined);
    return {
      schema: 'scopecheck.policy/1',
      contacts: capQuotes(extractContacts(doc.units, baseUrl ?? undefined)),
      channel_rules: capQuotes(rules.channel_rules),
      in_scope: capQuotes(scope.in_scope),
      out_of_scope: capQuotes(scope.out_of_scope),
      forbidden_activities: capQuotes(activities.forbidden),
      ineligible: capQuotes(activities.ineligible),
      obligations: capQuotes(rules.obligations),
      report_fields: capQuotes(extractReportFields(doc.units)),
      response_sla_days: timelines.response_sla_days,
      disclosure_days: timelines.disclosure_days,
      safe_harbor: extractSafeHarbor(doc.units).value,
      bounty: extractBounty(doc.units).value,
      pgp: capQuotes(extractPgp(read.blocks, baseUrl ?? undefined, options.now, readerFor([language, 'en']))),
      language,
      language_supported: hasPack(language),
      unread_sections: unreadSections(read.blocks, blockLanguages),
      notes: read.notes,
    };
  } catch (error) {
    return emptyPolicyResult([`The policy could not be read: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
