import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { InputError, UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { PolicyResultSchema, type PolicyResult } from '../../core/schemas/policy-result.ts';
import type { ScopeVerdict } from '../../core/schemas/scope-verdict.ts';
import type { Finding } from '../../core/schemas/finding.ts';
import { compileScope } from '../../core/scope/compile-scope.ts';
import type { CompiledScope } from '../../core/scope/compiled-scope.ts';
import { judgeScope } from '../../core/scope/judge-scope.ts';
import { parseUserScope } from '../../core/scope/parse-user-scope.ts';
import { exportBurpScope } from '../../core/scope/export-burp-scope.ts';
import { exportHostLists, renderHostLists } from '../../core/scope/export-host-lists.ts';
import { splitLines } from '../../core/scope/split-lines.ts';
import { toPrintable } from '../../core/scope/to-printable.ts';
import { extractPolicy } from '../../core/policy/extract-policy.ts';

const MAX_POLICY_BYTES = 10 * 2 ** 20;
const MAX_USER_SCOPE_BYTES = 64 * 2 ** 20;
const MAX_HOST_LINE = 4096;
const FLUSH_BYTES = 64 * 1024;
const MAX_FINDINGS_SHOWN = 20;

const usage = `Usage:
  scopecheck scope --file <policy> [--base-url <url>] [--user-scope <file>] (--host <host>)… | --hosts-file <path|->
  scopecheck scope --policy-json <policy.json> [--user-scope <file>] (--host <host>)… | --hosts-file <path|->
  scopecheck scope --user-scope <file> (--host <host>)… | --hosts-file <path|->
  scopecheck scope … --export burp|hosts

Judges hosts (or URLs, host:port) against a disclosure policy's scope and your program scope:
in_scope, out_of_scope or unknown, with the deciding rule, its quote and the reasons.

Options:
  --file <path>          a disclosure policy (HTML, Markdown or text; the format is sniffed)
  --policy-json <path>   a scopecheck.policy/1 document (output of \`scopecheck policy --json\`)
  --base-url <url>       where the policy was published: what "this site" means in it
  --user-scope <path>    your program scope: one pattern per line ("!" or "-" excludes), or a Burp scope JSON
  --host <host>          a host, URL or host:port to judge (repeatable)
  --hosts-file <path|->  one host per line; '-' reads stdin. With --json, JSON Lines in input order
  --export burp|hosts    print the resolved scope as a Burp Suite scope, or as include/exclude lists
  --json                 one JSON object per host (JSON Lines)`;

export const scopeCommand: Command = {
  name: 'scope',
  summary: 'is this host in scope? (policy + your program scope; bulk; Burp export)',
  usage,
  options: {
    file: { type: 'string' },
    'policy-json': { type: 'string' },
    'base-url': { type: 'string' },
    'user-scope': { type: 'string' },
    host: { type: 'string', multiple: true },
    'hosts-file': { type: 'string' },
    export: { type: 'string' },
  },
  run: runScope,
};

async function runScope(values: ParsedValues, positionals: string[], io: CliIo): Promise<number> {
  const json = values.json === true;
  const hosts = [...asList(values.host)];
  const hostsFile = asString(values['hosts-file']);
  const exportKind = asString(values.export);
  if (exportKind !== undefined && exportKind !== 'burp' && exportKind !== 'hosts') throw new UsageError(`--export takes burp or hosts, not "${exportKind}"`);
  const offline = values.file !== undefined || values['policy-json'] !== undefined || values['user-scope'] !== undefined;
  if (!offline) {
    if (positionals.length > 0) throw new UsageError('live mode (scopecheck scope <url>) needs the policy discovery, which this build does not have yet; use --file, --policy-json or --user-scope with --host');
    throw new UsageError('give a policy (--file or --policy-json) or your program scope (--user-scope)');
  }
  hosts.push(...positionals);
  if (exportKind === undefined && hosts.length === 0 && hostsFile === undefined) throw new UsageError('give hosts to judge: --host <host> or --hosts-file <path|->');
  if (hostsFile !== undefined && hosts.length > 0) throw new UsageError('use --host or --hosts-file, not both');

  const scope = await loadScope(values, io);
  reportFindings(scope.findings, io);
  if (exportKind === 'burp') {
    const { document, notes } = exportBurpScope(scope);
    io.stdout(JSON.stringify(document, null, 2) + '\n');
    for (const note of notes) io.stderr(`scopecheck scope: ${toPrintable(note)}\n`);
    return 0;
  }
  if (exportKind === 'hosts') {
    const lists = exportHostLists(scope);
    io.stdout(json ? JSON.stringify({ schema: 'scopecheck.scope-export/1', ...lists }) + '\n' : renderHostLists(lists));
    return 0;
  }
  const out = createBatchedWriter(io);
  const describe = json ? (v: ScopeVerdict) => JSON.stringify(v) + '\n' : hostsFile !== undefined ? formatCompact : formatDetailed;
  if (hostsFile === undefined) {
    for (const host of hosts) await out.write(describe(judgeScope(host, scope)));
  } else {
    for await (const line of splitLines(openHosts(hostsFile, io), MAX_HOST_LINE)) {
      const text = line.text.trim();
      if (text.length === 0 || text.startsWith('#')) continue;
      const verdict = line.truncated ? judgeScope(`${text.slice(0, 64)}…`, scope) : judgeScope(text, scope);
      await out.write(describe(line.truncated ? { ...verdict, reasons: [`Line ${line.number} is longer than ${MAX_HOST_LINE} characters: not a host.`] } : verdict));
    }
  }
  await out.flush();
  return 0;
}

async function loadScope(values: ParsedValues, io: CliIo): Promise<CompiledScope> {
  let policy: PolicyResult | null = null;
  const policyJson = asString(values['policy-json']);
  const file = asString(values.file);
  if (file !== undefined && policyJson !== undefined) throw new UsageError('use --file or --policy-json, not both');
  let pageHost: string | null = null;
  const baseUrl = asString(values['base-url']);
  if (baseUrl !== undefined) {
    try {
      pageHost = new URL(baseUrl).hostname;
    } catch {
      throw new UsageError(`--base-url needs an absolute URL, not "${baseUrl}"`);
    }
  }
  if (file !== undefined) {
    const body = await readBytes(file, MAX_POLICY_BYTES);
    policy = extractPolicy({ body, contentType: null, url: baseUrl ?? null }, { baseUrl, now: io.now() });
  }
  if (policyJson !== undefined) policy = parsePolicyJson(await readTextFile(policyJson, MAX_POLICY_BYTES), policyJson);
  if (pageHost === null && policy?.source && policy.source.found_by !== 'file') {
    try { pageHost = new URL(policy.source.url).hostname; } catch { pageHost = null; }
  }
  const userScopePath = asString(values['user-scope']);
  let userScope: ReturnType<typeof parseUserScope> | null = null;
  if (userScopePath !== undefined) {
    userScope = parseUserScope(await readTextFile(userScopePath, MAX_USER_SCOPE_BYTES));
    reportFindings(userScope.findings, io);
  }
  return compileScope({ policy, pageHost, userScope: userScope?.value ?? [] });
}

function parsePolicyJson(text: string, path: string): PolicyResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new InputError(`${path} is not JSON`);
  }
  const parsed = PolicyResultSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${path} is not a scopecheck.policy/1 document${issue ? ` (${issue.path.join('.') || 'root'}: ${issue.message})` : ''}`);
  }
  return parsed.data;
}

async function readTextFile(path: string, maxBytes: number): Promise<string> {
  return new TextDecoder('utf-8').decode(await readBytes(path, maxBytes));
}

async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path} is not a file`);
    if (info.size > maxBytes) throw new InputError(`${path} is larger than ${maxBytes} bytes`);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** The hosts stream: stdin for '-', else the file, read in chunks (never whole). */
async function* openHosts(path: string, io: CliIo): AsyncIterable<string | Uint8Array> {
  if (path === '-') {
    yield* io.stdin();
    return;
  }
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  yield* stream as AsyncIterable<Uint8Array>;
}

/**
 * Collects output into ~64 KiB writes; after each, waits for stdout to drain when the real stdout is
 * backed up (a slow pipe), so memory stays flat however many hosts stream through.
 */
function createBatchedWriter(io: CliIo): { write: (text: string) => Promise<void>; flush: () => Promise<void> } {
  let buffer = '';
  const flush = async () => {
    if (buffer.length === 0) return;
    io.stdout(buffer);
    buffer = '';
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  };
  return {
    write: async (text) => {
      buffer += text;
      if (buffer.length >= FLUSH_BYTES) await flush();
    },
    flush,
  };
}

function reportFindings(findings: readonly Finding[], io: CliIo): void {
  for (const f of findings.slice(0, MAX_FINDINGS_SHOWN)) io.stderr(`scopecheck scope: ${f.severity}: ${toPrintable(f.message)}\n`);
  if (findings.length > MAX_FINDINGS_SHOWN) io.stderr(`scopecheck scope: … and ${findings.length - MAX_FINDINGS_SHOWN} more\n`);
}

/** Readable forms print policy text and input lines: controls and bidi overrides are neutralised. */
function formatCompact(v: ScopeVerdict): string {
  return toPrintable(`${v.verdict.padEnd(12)}  ${v.host}${v.rule ? `  (${v.rule})` : ''}`) + '\n';
}

function formatDetailed(v: ScopeVerdict): string {
  const lines = [`${v.host}: ${v.verdict.replace(/_/g, ' ')}`];
  if (v.rule) lines.push(`  rule: ${v.rule}${v.rule_source ? ` (${v.rule_source})` : ''}`);
  if (v.quote && v.quote !== v.rule) lines.push(`  quote: "${v.quote}"`);
  for (const r of v.reasons) lines.push(`  - ${r}`);
  return lines.map(toPrintable).join('\n') + '\n';
}

function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function asList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}
