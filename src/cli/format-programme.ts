import { msg, toPrintable, type ScopeVerdict } from '../core/index.ts';
import type { Say } from './messages.ts';

/** A platform programme under a verdict (scope, check): "  programme: bugcrowd: Acme (url): "entry" out of scope [platform data of …]". */
export function formatProgramme(p: NonNullable<ScopeVerdict['programmes']>[number], say: Say): string {
  const verdict = say.lang === 'en' ? p.verdict.replace(/_/g, ' ') : say.message(msg(`verdictWords_${p.verdict}`));
  return toPrintable(`  ${say.message(msg('cli_programme', { date: p.data_date, entry: p.entry, platform: p.platform, programme: p.programme, url: p.url, verdict }))}`);
}
