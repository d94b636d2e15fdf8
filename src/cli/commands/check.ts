import { checkPage } from '../../core/check/check-page.ts';
import type { CheckResult } from '../../core/check/check-result.ts';
import { loadBundledDiodbIndex } from '../../core/diodb/load-bundled-diodb-index.ts';
import { toDraftLanguage } from '../../core/draft/get-draft-strings.ts';
import { parseUserScope } from '../../core/scope/parse-user-scope.ts';
import { toPrintable } from '../../core/scope/to-printable.ts';
import { InputError, UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { formatDraft } from '../format-draft.ts';
import { formatTxtResult } from '../format-txt.ts';
import { createFetchFromValues, NETWORK_OPTIONS } from '../network-options.ts';
import { parseTimeout } from '../parse-common.ts';
import { readInputText } from '../read-input.ts';
import { loadPlatformIndexOrNull } from '../load-platform-index.ts';

const usage = `Usage:
  scopecheck check <url> [--user-scope <file>] [--name <n>] [--email <e>] [--lang en|de] [--no-diodb] [--no-platforms]
                   [--connect-to H1:P1:H2:P2]… [--ca <pem>] [--insecure] [--json]

Runs the whole pipeline for a page, as the extension's popup does: security.txt (host and parent domains),
the disclosure policy (security.txt Policy links, SECURITY.md, common paths), the scope verdict for the
page's host, and a report draft. With --json, one scopecheck.check/1 document.

Options:
  --user-scope <path>   your program scope (one pattern per line, "!" excludes, or a Burp scope JSON)
  --name, --email       your name and address for the draft's sign-off
  --lang en|de          the draft's language (default en)
  --no-diodb            do not fall back to the disclose.io database when the site publishes nothing
  --no-platforms        do not look the host up in the bug bounty platforms' programmes (bundled data)
  --platform-data <f>   another platform index (default: public/data/platform-index.json of the package)
  --connect-to <rule>   like curl: HOST1:PORT1:HOST2:PORT2 (repeatable)
  --ca <pem file>       trust this CA as well
  --insecure            do not check TLS certificates
  --timeout <ms>        per-request timeout (default 10000)`;

function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function formatCheck(result: CheckResult): string {
  const out: string[] = [];
  const scope = result.scope;
  out.push(toPrintable(`${result.host}: ${scope ? scope.verdict.replace(/_/g, ' ') : 'not checked'}`));
  if (scope?.rule) out.push(toPrintable(`  rule: ${scope.rule}${scope.rule_source ? ` (${scope.rule_source})` : ''}`));
  for (const p of scope?.programmes ?? []) out.push(toPrintable(`  programme: ${p.platform}: ${p.programme} (${p.url}): "${p.entry}" ${p.verdict.replace(/_/g, ' ')} [platform data of ${p.data_date}]`));
  for (const c of result.coordinators ?? []) out.push(toPrintable(`  coordinator (${c.note}): ${c.name}, ${c.country}: ${c.report} [${c.date_checked ? `checked ${c.date_checked}` : c.verification}]`));
  for (const u of result.scope_unreadable ?? []) out.push(toPrintable(`  unreadable ${u.effect === 'exclude' ? 'out-of-scope' : 'in-scope'} entry: "${u.entry}"`));
  if (scope?.quote && scope.quote !== scope.rule) out.push(toPrintable(`  quote: "${scope.quote}"`));
  for (const r of scope?.reasons ?? []) out.push(toPrintable(`  - ${r}`));
  const policy = result.policy;
  out.push('');
  if (policy) {
    out.push(toPrintable(`Policy: ${policy.source?.url ?? '(unknown)'} (${policy.source?.found_by ?? 'found'})`));
    for (const a of policy.forbidden_activities) out.push(toPrintable(`  forbidden ${a.id}: "${a.quote}"`));
    for (const c of policy.contacts) out.push(toPrintable(`  contact ${c.value}`));
  } else {
    out.push('Policy: none found');
  }
  out.push('', formatTxtResult(result.txt ?? emptyTxt(), result.host).trimEnd());
  if (result.draft) out.push('', formatDraft(result.draft).trimEnd());
  return out.join('\n') + '\n';
}

function emptyTxt(): NonNullable<CheckResult['txt']> {
  return { schema: 'scopecheck.txt/1', valid: false, errors: [], warnings: [], infos: [], lines: {}, findings: [], parsed: null, source: null };
}

async function runCheck(values: ParsedValues, positionals: string[], io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('give exactly one page URL');
  const url = positionals[0]!;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
  } catch {
    throw new UsageError(`"${url}" is not an http(s) URL`);
  }
  const timeoutMs = parseTimeout(values.timeout, 10_000);
  const lang = asString(values.lang) ?? 'en';
  if (lang !== 'en' && lang !== 'de') throw new UsageError('--lang takes en or de');
  const scopePath = asString(values['user-scope']);
  const userScope = scopePath === undefined ? undefined : parseUserScope(await readInputText(scopePath, io, { maxBytes: 64 * 2 ** 20, label: '--user-scope file' })).value;
  const net = createFetchFromValues(values, io, 'check');
  try {
    const name = asString(values.name);
    const email = asString(values.email);
    const result = await checkPage(url, { fetch: net.fetch, now: io.now, manualRedirects: true }, {
      timeoutMs,
      now: io.now(),
      diodb: values['no-diodb'] === true ? null : loadBundledDiodbIndex(),
      platforms: values['no-platforms'] === true ? null : loadPlatformIndexOrNull(asString(values['platform-data']), (m) => io.stderr(`scopecheck check: ${m}\n`)),
      language: toDraftLanguage(lang) ?? 'en',
      profile: { ...(name ? { name } : {}), ...(email ? { email } : {}) },
      ...(userScope ? { userScope } : {}),
    });
    const answered = result.txt?.source?.attempts?.some((a) => a.status !== null) || (result.policy_sources ?? []).some((s) => s.status !== null);
    if (!answered && !result.policy) throw new InputError(`${new URL(url).hostname} did not answer (network, DNS or TLS failure)`);
    io.stdout(values.json ? JSON.stringify(result) + '\n' : formatCheck(result));
    return 0;
  } finally {
    await net.close();
  }
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'the whole pipeline for a page: security.txt, policy, verdict and a draft',
  usage,
  options: {
    ...NETWORK_OPTIONS,
    'user-scope': { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    lang: { type: 'string' },
    'no-diodb': { type: 'boolean' },
    'no-platforms': { type: 'boolean' },
    'platform-data': { type: 'string' },
  },
  run: runCheck,
};
