import type { Unit } from './build-units.ts';
import { findDurations } from './find-durations.ts';

const ACK = /\backnowledg|\brespon(?:d|se|ses)\b|\brepl(?:y|ies)\b|\bconfirm(?:ation)?\b|\bget back to you\b|\bhear (?:back )?from us\b|\bcontact you\b|\breceipt\b|\btriage\b|\breageren\b|\breactie\b|\bantwoord|\bbevestig|\bontvangstbevestiging|\breagieren\b|\bantworten\b|\brückmeldung|\beingangsbestätigung|\bbestätig|\brépond|\bréponse|\baccus(?:é|er) (?:de )?réception/;
const PUBLIC = /\bdisclos|\bpublic(?:ly|ation)?\b|\bpublish|\bembargo|\breveal|\bannounce|\bopenbaar|\bpubliceren|\bpublicatie|\bveröffentlich|\boffenleg|\bpublier|\bdivulg|\brendre public/;

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
  for (const unit of units) {
    if (out.response_sla_days !== null && out.disclosure_days !== null) break;
    const durations = findDurations(unit.norm);
    if (durations.length === 0) continue;
    const isPublic = PUBLIC.test(unit.norm);
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
