import { fileOrUrl, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { LIVE_OPTIONS } from '../network-options.ts';
import { readLivePageOnce } from '../read-live-page.ts';
import { URL_ARG } from '../check-declared-options.ts';
import { readPolicyFile } from '../read-policy-file.ts';
import { stringOption } from '../parse-common.ts';
import { sayOf, type Say } from '../messages.ts';
import { renderPolicy } from '../render-results.ts';
import { emptyPolicyResult, describeSourceNote, describeUnread, msg, type PolicyResult, type PolicySource } from '../../core/index.ts';

const line = (label: string, value: string) => `${label.length < 15 ? label.padEnd(16) : `${label}  `}${value}\n`;
const quoted = (text: string) => `"${text.length > 160 ? `${text.slice(0, 159)}…` : text}"`;

/** The readable summary: every item with its quote, so the reader can check it; labels in the run's language. */
export function formatPolicy(policy: PolicyResult, sources: readonly PolicySource[] = [], say: Say = sayOf({})): string {
  const words = (id: string, params?: Record<string, string | number>) => say.message(msg(id, params));
  // Contract ids (dos, reproduction_steps) as they are; outside English with the catalogue's name before them.
  const named = (prefix: string, id: string) => (say.lang === 'en' ? id : `${words(`${prefix}${id}`)} (${id})`);
  let out = '';
  if (policy.source) out += line(words('cli_label_policy'), `${policy.source.url} (${say.lang === 'en' ? policy.source.found_by.replace(/_/g, ' ') : words(`foundBy_${policy.source.found_by}`)}, ${policy.source.format})`);
  out += line(words('cli_label_language'), policy.language);
  // Honest gaps: text in a language no pack reads was not read, and the output says so instead of listing nothing.
  const unread = describeUnread(policy, say.lang);
  if (unread) {
    const where = policy.source ? ` ${words('cli_readItYourself', { url: policy.source.url })}` : '';
    const languages = unread.names.join(', ');
    out += unread.whole
      ? line(words('cli_label_rulesNotRead'), `${words('cli_unreadWhole', { languages })}${where}`)
      : line(words('cli_label_notRead'), `${words('cli_unreadSections', { languages })}${where}`);
  }
  const section = (title: string, items: Array<[string, string]>) => {
    if (items.length === 0) return;
    out += `\n${words(title)}\n`;
    for (const [value, quote] of items) out += `  - ${value}\n      ${quoted(quote)}\n`;
  };
  section('cli_section_contacts', policy.contacts.map((c) => [c.value, c.quote]));
  section('cli_section_channelRules', (policy.channel_rules ?? []).map((c) => [c.text, c.quote]));
  section('cli_section_inScope', policy.in_scope.map((e) => [e.pattern, e.quote]));
  section('cli_section_outOfScope', policy.out_of_scope.map((e) => [e.pattern, e.quote]));
  section('cli_section_forbidden', policy.forbidden_activities.map((f) => [named('activity_', f.id), f.quote]));
  section('cli_section_ineligible', (policy.ineligible ?? []).slice(0, 20).map((i) => [i.ids?.length ? i.ids.join(', ') : words('cli_findingType'), i.quote]));
  section('cli_section_obligations', policy.obligations.map((o) => [o.text, o.quote]));
  section('cli_section_reportFields', policy.report_fields.map((f) => [named('field_', f.id), f.quote]));
  out += '\n';
  const stated = (value: boolean | null, yes: string, no: string) => words(value === null ? 'cli_notStated' : value ? yes : no);
  out += line(words('cli_label_response'), policy.response_sla_days === null ? words('cli_notStated') : words('cli_withinDays', { n: policy.response_sla_days }));
  out += line(words('cli_label_disclosure'), policy.disclosure_days === null ? words('cli_noDayCount') : words('cli_days', { n: policy.disclosure_days }));
  out += line(words('cli_label_safeHarbor'), stated(policy.safe_harbor, 'cli_yes', 'cli_noExplicitly'));
  out += line(words('cli_label_bounty'), stated(policy.bounty, 'cli_yes', 'cli_no'));
  for (const key of policy.pgp) {
    const validity = key.valid_until ? ` ${words(key.expired ? 'cli_validUntilExpired' : 'cli_validUntil', { date: key.valid_until })}` : '';
    out += line('PGP', [key.fingerprint ?? key.key_id, key.url].filter(Boolean).join(' ') + validity);
  }
  for (const note of renderPolicy(policy, say).notes ?? []) out += line(words('cli_label_note'), note);
  if (sources.length > 0) {
    out += `\n${words('cli_sourcesTried')}\n`;
    for (const s of sources) out += `  ${String(s.status ?? '-').padEnd(4)} ${s.found_by.padEnd(19)} ${s.url}${s.note ? `  ${say.message(describeSourceNote(s.note))}` : ''}\n`;
  }
  return out;
}

function print(policy: PolicyResult, sources: readonly PolicySource[] | null, values: ParsedValues, io: CliIo): number {
  if (values.json) io.stdout(`${JSON.stringify(sources ? { ...renderPolicy(policy, sayOf(io)), sources } : renderPolicy(policy, sayOf(io)), null, 2)}\n`);
  else io.stdout(formatPolicy(policy, sources ?? [], sayOf(io)));
  return 0;
}

async function runFile(path: string, values: ParsedValues, io: CliIo): Promise<number> {
  return print(await readPolicyFile(path, stringOption(values, 'base-url'), io, { stdinLabel: sayOf(io).message(msg('cli_input_policy')) }), null, values, io);
}

async function runLive(target: string, values: ParsedValues, io: CliIo): Promise<number> {
  const read = await readLivePageOnce(target, values, io, 'policy');
  io.noteResult?.({ policyFound: read.policy !== null });
  // The note in the run's language, in the JSON too (as a finding's message is).
  const policy = read.policy ?? emptyPolicyResult([sayOf(io).message(msg('cli_noPolicyFoundFor', { host: read.host }))]);
  return print(policy, read.policy_sources, values, io);
}

export const policyCommand: Command = {
  name: 'policy',
  summary: 'cli_summary_policy',
  usage: 'cli_usage_policy',
  options: {
    file: { type: 'string', conflicts: [URL_ARG], help: 'cli_opt_policyFile' },
    'base-url': { type: 'string', needs: ['file'], url: true, help: 'cli_opt_policyBaseUrl' },
    json: { type: 'boolean', help: 'cli_opt_policyJsonOut' },
    now: { type: 'string', help: 'cli_opt_policyNow' },
    ...LIVE_OPTIONS,
  },
  positionals: { max: 1 },
  oneOf: [[URL_ARG, 'file']],
  run: fileOrUrl(runFile, runLive),
};
