import type { Unit } from './build-units.ts';
import { findDurations } from './find-durations.ts';

const ACK = /\backnowledg|\brespon(?:d|se|ses)\b|\brepl(?:y|ies)\b|\bconfirm(?:ation)?\b|\bget back to you\b|\bhear (?:back )?from us\b|\bcontact you\b|\breceipt\b|\btriage\b|\breageren\b|\breactie\b|\bantwoord|\bbevestig|\bontvangstbevestiging|\breagieren\b|\bantworten\b|\brückmeldung|\beingangsbestätigung|\bbestätig|\brépond|\bréponse|\baccus\w* (?:de )?réception|\bprise en charge\b/;
// Keeping details confidential until a date also governs publication.
const CONFIDENTIAL_UNTIL = /\b(?:confidential|secret|private|vertraulich|geheim|vertrouwelijk|confidentiel)\w*\b[^;]{0,80}\b(?:until|totdat|bis|jusqu)/;
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
 * document order. Hours become days (48 hours → 2); durations under a day do not govern publication.
 */
export function extractTimelines(units: readonly Unit[]): Timelines {
  const out: Timelines = { response_sla_days: null, disclosure_days: null, response_quote: null, disclosure_quote: null };
  const publicBlocks = new Set(units.filter((u) => PUBLIC.test(u.norm)).map((u) => u.block));
  for (const unit of units) {
    if (out.response_sla_days !== null && out.disclosure_days !== null) break;
    const durations = findDurations(unit.norm);
    if (durations.length === 0) continue;
    // "Give us time to fix it before disclosing. We may need up to 120 days to fix it." — one rule over two sentences.
    const fixWindow = FIX.test(unit.norm) && publicBlocks.has(unit.block) && !ACK.test(unit.norm);
    const isPublic = PUBLIC.test(unit.norm) || CONFIDENTIAL_UNTIL.test(unit.norm) || fixWindow;
    if (isPublic && out.disclosure_days === null) {
      const d = durations.find((x) => x.days >= 1);
      if (d) { out.disclosure_days = d.days; out.disclosure_quote = unit.text; }
    } else if (!isPublic && out.response_sla_days === null && ACK.test(unit.norm)) {
      out.response_sla_days = durations[0]!.days;
      out.response_quote = unit.text;
    }
  }
  return out;
}
