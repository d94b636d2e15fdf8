import { type CliIo, type Command, type ParsedValues } from '../command.ts';
import { LIVE_OPTIONS } from '../network-options.ts';
import { readLivePageOnce } from '../read-live-page.ts';
import { URL_ARG } from '../check-declared-options.ts';
import { readPolicyFile } from '../read-policy-file.ts';
import { stringOption } from '../parse-common.ts';
import { emptyPolicyResult, describeUnread, type PolicyResult, type PolicySource } from '../../core/index.ts';

const USAGE = `Usage:
  scopecheck policy <url> [--no-diodb] [--connect-to H1:P1:H2:P2]… [--ca <pem>] [--insecure]
  scopecheck policy --file <path|-> [--base-url <url>]

Finds and reads a disclosure policy: contacts, scope, forbidden activities (apart from findings that are
merely not rewarded), obligations, what a report must contain, response and disclosure days, safe harbor,
bounty and PGP keys, each with the sentence it came from. HTML, Markdown and plain text; the format is sniffed.

Live mode reads the site's security.txt, then fetches its Policy links, SECURITY.md on GitHub, the page's
security links and common paths in one round, and reads the best. If the site publishes nothing, the bundled
disclose.io database (community data, snapshot 2026-07-12) may name the organisation's programme.`;

const line = (label: string, value: string) => `${label.padEnd(16)}${value}\n`;
const quoted = (text: string) => `"${text.length > 160 ? `${text.slice(0, 159)}…` : text}"`;

/** The readable summary: every item with its quote, so the reader can check it. */
export function formatPolicy(policy: PolicyResult, sources: readonly PolicySource[] = []): string {
  let out = '';
  if (policy.source) out += line('Policy', `${policy.source.url} (${policy.source.found_by.replace(/_/g, ' ')}, ${policy.source.format})`);
  out += line('Language', policy.language);
  // Honest gaps: text in a language no pack reads was not read, and the output says so instead of listing nothing.
  const unread = describeUnread(policy);
  if (unread) {
    const where = policy.source ? ` (read it yourself: ${policy.source.url})` : '';
    out += unread.whole
      ? line('Rules not read', `${unread.names.join(', ')} is not supported yet${where}`)
      : line('Not read', `sections in ${unread.names.join(', ')} (not supported yet)${where}`);
  }
  const section = (title: string, items: Array<[string, string]>) => {
    if (items.length === 0) return;
    out += `\n${title}\n`;
    for (const [value, quote] of items) out += `  - ${value}\n      ${quoted(quote)}\n`;
  };
  section('Contacts', policy.contacts.map((c) => [c.value, c.quote]));
  section('Channel rules', (policy.channel_rules ?? []).map((c) => [c.text, c.quote]));
  section('In scope', policy.in_scope.map((e) => [e.pattern, e.quote]));
  section('Out of scope', policy.out_of_scope.map((e) => [e.pattern, e.quote]));
  section('Forbidden', policy.forbidden_activities.map((f) => [f.id, f.quote]));
  section('Not rewarded / not accepted', (policy.ineligible ?? []).slice(0, 20).map((i) => [i.ids?.length ? i.ids.join(', ') : 'finding type', i.quote]));
  section('Obligations', policy.obligations.map((o) => [o.text, o.quote]));
  section('Report must contain', policy.report_fields.map((f) => [f.id, f.quote]));
  out += '\n';
  out += line('Response', policy.response_sla_days === null ? 'not stated' : `within ${policy.response_sla_days} day(s)`);
  out += line('Disclosure', policy.disclosure_days === null ? 'no day count' : `${policy.disclosure_days} day(s)`);
  out += line('Safe harbor', policy.safe_harbor === null ? 'not stated' : policy.safe_harbor ? 'yes' : 'no (explicitly)');
  out += line('Bounty', policy.bounty === null ? 'not stated' : policy.bounty ? 'yes' : 'no');
  for (const key of policy.pgp) {
    const validity = key.valid_until ? ` valid until ${key.valid_until}${key.expired ? ' (EXPIRED)' : ''}` : '';
    out += line('PGP', [key.fingerprint ?? key.key_id, key.url].filter(Boolean).join(' ') + validity);
  }
  for (const note of policy.notes ?? []) out += line('Note', note);
  if (sources.length > 0) {
    out += '\nSources tried\n';
    for (const s of sources) out += `  ${String(s.status ?? '-').padEnd(4)} ${s.found_by.padEnd(19)} ${s.url}${s.note ? `  (${s.note})` : ''}\n`;
  }
  return out;
}

function print(policy: PolicyResult, sources: readonly PolicySource[] | null, values: ParsedValues, io: CliIo): number {
  if (values.json) io.stdout(`${JSON.stringify(sources ? { ...policy, sources } : policy, null, 2)}\n`);
  else io.stdout(formatPolicy(policy, sources ?? []));
  return 0;
}

async function runFile(path: string, values: ParsedValues, io: CliIo): Promise<number> {
  return print(await readPolicyFile(path, stringOption(values, 'base-url'), io, { stdinLabel: 'the policy' }), null, values, io);
}

async function runLive(target: string, values: ParsedValues, io: CliIo): Promise<number> {
  const read = await readLivePageOnce(target, values, io, 'policy');
  io.noteResult?.({ policyFound: read.policy !== null });
  const policy = read.policy ?? emptyPolicyResult([`No disclosure policy found for ${read.host}.`]);
  return print(policy, read.policy_sources, values, io);
}

export const policyCommand: Command = {
  name: 'policy',
  summary: 'find and read a disclosure policy (contacts, scope, rules, report fields, timelines)',
  usage: USAGE,
  options: {
    file: { type: 'string', conflicts: [URL_ARG], arg: '<path>', help: 'read a saved policy (- reads stdin); nothing is fetched' },
    'base-url': { type: 'string', needs: ['file'], url: true, arg: '<url>', help: 'where the policy was published: resolves relative links and "any other subdomains"' },
    json: { type: 'boolean', help: 'one scopecheck.policy/1 JSON document' },
    now: { type: 'string', arg: '<instant>', help: 'clock for PGP key expiry (RFC 3339)' },
    ...LIVE_OPTIONS,
  },
  positionals: { max: 1 },
  oneOf: [[URL_ARG, 'file']],
  run: async (values, positionals, io) => {
    const file = stringOption(values, 'file');
    return file !== undefined ? runFile(file, values, io) : runLive(positionals[0]!, values, io);
  },
};
