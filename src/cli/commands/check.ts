import { type CliIo, type Command, type ParsedValues } from '../command.ts';
import { formatDraft } from '../format-draft.ts';
import { stringOption } from '../parse-common.ts';
import { formatTxtResult } from '../format-txt.ts';
import { LIVE_OPTIONS, PLATFORM_DATA_OPTION, USER_SCOPE_OPTION } from '../network-options.ts';
import { parsePageUrl, readLivePageOnce } from '../read-live-page.ts';
import { URL_ARG } from '../check-declared-options.ts';
import { readUserScope } from '../read-user-scope.ts';
import { sayOf, type Say } from '../messages.ts';
import { renderCheck } from '../render-results.ts';
import { assembleCheckResult, draftReport, judge, msg, toDraftLanguage, toPrintable, type CheckResult, type MessageParams, type SourceProgress } from '../../core/index.ts';
import { formatProgramme } from '../format-programme.ts';

function formatCheck(result: CheckResult, say: Say): string {
  const out: string[] = [];
  const words = (id: string, params?: MessageParams) => say.message(msg(id, params));
  const scope = result.scope;
  out.push(toPrintable(`${result.host}: ${words(scope ? `verdictWords_${scope.verdict}` : 'cli_notChecked')}`));
  if (scope?.rule) out.push(toPrintable(`  ${words('cli_rule', { rule: `${scope.rule}${scope.rule_source ? ` (${scope.rule_source})` : ''}` })}`));
  for (const p of scope?.programmes ?? []) out.push(formatProgramme(p, say));
  for (const c of result.coordinators ?? []) {
    // The list's own words (its note, an unchecked entry's verification) are English: outside English, the catalogue's.
    const en = say.lang === 'en';
    const checked = c.date_checked ? words('coordinatorChecked', { date: c.date_checked }) : en ? c.verification : words('coordinatorUnverified');
    out.push(toPrintable(`  ${words('cli_coordinator', { note: en ? c.note : words('coordinatorNote') })}: ${c.name}, ${countryOf(c, say)}: ${c.report} [${checked}]`));
  }
  for (const u of result.scope_unreadable ?? []) out.push(toPrintable(`  ${words(u.effect === 'exclude' ? 'cli_unreadableOutOfScope' : 'cli_unreadableInScope', { entry: u.entry })}`));
  if (scope?.quote && scope.quote !== scope.rule) out.push(toPrintable(`  ${words('cli_quote', { quote: scope.quote })}`));
  for (const r of scope?.reasons ?? []) out.push(toPrintable(`  - ${say.message(r)}`));
  const policy = result.policy;
  out.push('');
  if (policy) {
    const foundBy = policy.source ? words(`foundBy_${policy.source.found_by}`) : words('cli_found');
    out.push(toPrintable(`${words('cli_label_policy')}: ${policy.source?.url ?? words('cli_unknownUrl')} (${say.lang === 'en' ? policy.source?.found_by ?? 'found' : foundBy})`));
    for (const a of policy.forbidden_activities) out.push(toPrintable(`  ${words('cli_forbiddenItem', { id: a.id, quote: a.quote })}`));
    for (const c of policy.contacts) out.push(toPrintable(`  ${words('cli_contactItem', { contact: c.value })}`));
  } else {
    out.push(words('cli_policyNone'));
  }
  out.push('', formatTxtResult(result.txt ?? emptyTxt(), result.host, say).trimEnd());
  if (result.draft) out.push('', formatDraft(result.draft, say).trimEnd());
  return out.join('\n') + '\n';
}

/** A coordinator's country in the run's language (Intl's region names, by its ccTLD or the list's region code). */
function countryOf(c: NonNullable<CheckResult['coordinators']>[number], say: Say): string {
  const code = c.cc_tld === 'uk' ? 'GB' : c.cc_tld?.toUpperCase() ?? /^[A-Z]{2}\b/.exec(c.country)?.[0];
  const name = code ? new Intl.DisplayNames([say.lang], { type: 'region' }).of(code) ?? c.country : c.country;
  return c.role === 'fallback' ? say.message(msg('cli_coordinatesWorldwide', { country: name })) : name;
}

function emptyTxt(): NonNullable<CheckResult['txt']> {
  return { schema: 'scopecheck.txt/1', valid: false, errors: [], warnings: [], infos: [], lines: {}, findings: [], parsed: null, source: null };
}

async function runCheck(values: ParsedValues, positionals: string[], io: CliIo): Promise<number> {
  const page = parsePageUrl(positionals[0]!);
  const say = sayOf(io);
  const scopePath = stringOption(values, 'user-scope');
  const userScope = scopePath === undefined ? undefined : await readUserScope(scopePath, io, 'check');
  const progress = new Map<string, SourceProgress>();
  const read = await readLivePageOnce(page.href, values, io, 'check', (p) => progress.set(p.id, p), { platforms: true });
  const name = stringOption(values, 'name');
  const email = stringOption(values, 'email');
  const judged = judge(read, userScope ? { userScope } : {});
  if (judged.verdict) progress.set('verdict', { id: 'verdict', label: 'Scope verdict', url: null, state: 'done', message: msg(`verdictWords_${judged.verdict.verdict}`) });
  const result: CheckResult = {
    ...assembleCheckResult(read, judged, []),
    url: page.href,
    draft: draftReport({
      pageUrl: page.href, txt: read.txt, policy: read.policy, now: io.now(), language: toDraftLanguage(say.lang) ?? 'en',
      profile: { ...(name ? { name } : {}), ...(email ? { email } : {}) },
    }),
    sources: [...progress.values()],
  };
  io.noteResult?.({ ...(read.txt ? { valid: read.txt.valid } : {}), ...(judged.verdict ? { verdict: judged.verdict.verdict } : {}), policyFound: read.policy !== null });
  io.stdout(values.json ? JSON.stringify({ ...renderCheck(result, say), input: positionals[0]! }) + '\n' : formatCheck(result, say));
  return 0;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'cli_summary_check',
  usage: 'cli_usage_check',
  options: {
    'user-scope': USER_SCOPE_OPTION,
    name: { type: 'string', help: 'cli_opt_checkName' },
    email: { type: 'string', help: 'cli_opt_checkEmail' },
    'no-platforms': { type: 'boolean', help: 'cli_opt_noPlatforms' },
    'platform-data': PLATFORM_DATA_OPTION,
    ...LIVE_OPTIONS,
  },
  positionals: { max: 1 },
  oneOf: [[URL_ARG]],
  run: runCheck,
};
