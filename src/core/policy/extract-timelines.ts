import type { Unit } from './build-units.ts';
import { findDurations } from './find-durations.ts';

const ACK = /\backnowledg|\brespon(?:d|se|ses)\b|\brepl(?:y|ies)\b|\bconfirm(?:ation)?\b|\bget back to you\b|\bhear (?:back )?from us\b|\bcontact you\b|\breceipt\b|\btriage\b|\breageren\b|\breactie\b|\bantwoord|\bbevestig|\bontvangstbevestiging|\breagieren\b|\bantworten\b|\brückmeldung|\beingangsbestätigung|\bbestätig|\brépond|\bréponse|\baccus\w* (?:de )?réception|\bconfirmer\w*|\bla réception\b|\bprise en charge\b/;
// Keeping details confidential until a date also governs publication.
const CONFIDENTIAL_UNTIL = /\b(?:confidential|secret|private|vertraulich|geheim|vertrouwelijk|confidentiel)\w*\b[^;]{0,80}\b(?:until|totdat|bis|jusqu|for (?:up to |at least |a period of )?(?:\d|one|two|three|six|thirty|sixty|ninety))|\b(?:keep|treat|houd|behandel)\b[^;]{0,20}\b(?:confidential|secret|vertrouwelijk)\b[^;]{0,80}\bfor (?:up to |at least )?\d/;
// "No more than seven days before release, inform the distributors": a step of the project's own release
// process, counted back from a release date; it does not say when a reporter may publish.
const RELEASE_COUNTDOWN = /\b(?:days?|hours?|weeks?)\s+(?:prior\s+to|before|ahead\s+of)\s+(?:the\s+|a\s+|each\s+|our\s+)?(?:upcoming\s+|next\s+|planned\s+)?release\b/;
const PUBLIC = /(?<!\b(?:information|vulnerability|responsible|coordinated|your|the|this|a|of|data|version|path|source code)\s)\bdisclos|\bpublic(?:ly|ation)?\b|\bpublish|\bembargo|\breveal|\bannounce|\bopenbaar|\bpubliceren|\bpublicatie|\bveröffentlich|\boffenleg|\bpublier|\bdivulg|\brendre public/;

const FIX = /\b(?:fix|resolv|remedi|patch|address|mitigat|beheben|oplossen|verhelpen|corrig)\w*/;

export interface Timelines {
  response_sla_days: number | null;
  disclosure_days: number | null;
  response_quote: string | null;
  disclosure_quote: string | null;
}

/**
 * First response commitment (a sentence about acknowledging or answering, not about going public) and the
 * first day count that governs publication (embargo, wait before disclosure, notice before publishing), in
 * document order. Hours become days (48 hours → 2); durations under a day do not govern publication, nor do
 * day counts in a paragraph that counts back from the project's own release ("7 days before release").
 */
export function extractTimelines(units: readonly Unit[]): Timelines {
  const out: Timelines = { response_sla_days: null, disclosure_days: null, response_quote: null, disclosure_quote: null };
  const publicBlocks = new Set(units.filter((u) => PUBLIC.test(u.norm)).map((u) => u.block));
  const releaseBlocks = new Set(units.filter((u) => RELEASE_COUNTDOWN.test(u.norm)).map((u) => u.block));
  for (const unit of units) {
    if (out.response_sla_days !== null && out.disclosure_days !== null) break;
    const durations = findDurations(unit.norm);
    if (durations.length === 0) continue;
    // "Give us time to fix it before disclosing. We may need up to 120 days to fix it." — one rule over two sentences.
    const fixWindow = FIX.test(unit.norm) && publicBlocks.has(unit.block) && !ACK.test(unit.norm);
    const isPublic = PUBLIC.test(unit.norm) || CONFIDENTIAL_UNTIL.test(unit.norm) || fixWindow;
    if (isPublic && out.disclosure_days === null && !releaseBlocks.has(unit.block)) {
      const d = durations.find((x) => x.days >= 1);
      if (d) { out.disclosure_days = d.days; out.disclosure_quote = unit.text; }
    } else if (!isPublic && !releaseBlocks.has(unit.block) && out.response_sla_days === null && ACK.test(unit.norm)) {
      out.response_sla_days = durations[0]!.days;
      out.response_quote = unit.text;
    }
  }
  return out;
}
