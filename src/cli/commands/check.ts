import { checkPage } from '../../core/check/check-page.ts';
import type { CheckResult } from '../../core/check/check-result.ts';
import { loadBundledDiodbIndex } from '../../core/diodb/load-bundled-diodb-index.ts';
import { toDraftLanguage } from '../../core/draft/get-draft-strings.ts';
import { toPrintable } from '../../core/scope/to-printable.ts';
import { InputError, UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { formatDraft } from '../format-draft.ts';
import { formatTxtResult } from '../format-txt.ts';
import { createFetchFromValues, NETWORK_OPTIONS } from '../network-options.ts';
import { parseTimeout } from '../parse-common.ts';
import { readUserScope } from '../read-user-scope.ts';

const usage = `Usage:
  scopecheck check <url> [--user-scope <file>] [--name <n>] [--email <e>] [--lang en|de] [--no-diodb]
                   [--connect-to H1:P1:H2:P2]… [--ca <pem>] [--insecure] [--json]

Runs the whole pipeline for a page, as the extension's popup does: security.txt (host and parent domains),
the disclosure policy (security.txt Policy links, SECURITY.md, common paths), the scope verdict for the
page's host, and a report draft. With --json, one scopecheck.check/1 document.

Options:
  --user-scope <path>   your program scope: one pattern per line ("!" excludes), a Burp scope JSON,
                        a Caido preset, a ZAP context, a HackerOne scope CSV or a Bugcrowd target list
  --name, --email       your name and address for the draft's sign-off
  --lang en|de          the draft's language (default en)
  --no-diodb            do not fall back to the disclose.io database when the site publishes nothing
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
  const userScope = scopePath === undefined ? undefined : await readUserScope(scopePath, io, 'check');
  const net = createFetchFromValues(values, io, 'check');
  try {
    const name = asString(values.name);
    const email = asString(values.email);
    const result = await checkPage(url, { fetch: net.fetch, now: io.now, manualRedirects: true }, {
      timeoutMs,
      now: io.now(),
      diodb: values['no-diodb'] === true ? null : loadBundledDiodbIndex(),
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
  },
  run: runCheck,
};
