import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { InputError, UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { optionStrings, parseTimeout } from '../parse-common.ts';
import { createFetchFromValues, NETWORK_OPTIONS } from '../network-options.ts';
import { readInput, readInputText } from '../read-input.ts';
import { PolicyResultSchema, type PolicyResult, type PolicySource } from '../../core/schemas/policy-result.ts';
import type { TxtResult } from '../../core/schemas/txt-result.ts';
import { loadBundledDiodbIndex } from '../../core/diodb/load-bundled-diodb-index.ts';
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
import type { UserScopeEntry } from '../../core/scope/user-scope-entry.ts';
import { discoverPolicy } from '../../core/policy/discover-policy.ts';
import { discoverSecurityTxt } from '../../core/securitytxt/discover-security-txt.ts';
import { extractPolicy } from '../../core/policy/extract-policy.ts';
import { loadPlatformIndex, loadPlatformIndexOrNull } from '../load-platform-index.ts';
import type { CompiledPlatformIndex } from '../../core/platforms/compile-platform-index.ts';
import { judgeWithPlatforms } from '../../core/platforms/judge-with-platforms.ts';

const MAX_POLICY_BYTES = 10 * 2 ** 20;
const MAX_USER_SCOPE_BYTES = 64 * 2 ** 20;
const MAX_HOST_LINE = 4096;
const FLUSH_BYTES = 64 * 1024;
const MAX_FINDINGS_SHOWN = 20;

const usage = `Usage:
  scopecheck scope <url> [--user-scope <file>] [(--host <host>)… | --hosts-file <path|->] [--no-diodb]
                   [--connect-to H1:P1:H2:P2]… [--ca <pem>] [--insecure]
  scopecheck scope --file <policy> [--base-url <url>] [--user-scope <file>] (--host <host>)… | --hosts-file <path|->
  scopecheck scope --policy-json <policy.json> [--user-scope <file>] (--host <host>)… | --hosts-file <path|->
  scopecheck scope --user-scope <file> (--host <host>)… | --hosts-file <path|->
  scopecheck scope … --export burp|hosts
  scopecheck scope --platforms [--file <policy> …] (--host <host>)… | --hosts-file <path|->

Judges hosts (or URLs, host:port) against a disclosure policy's scope and your program scope:
in_scope, out_of_scope or unknown, with the deciding rule, its quote and the reasons.
With a <url>, finds its security.txt and disclosure policy first and judges the URL (or the --host list);
if the site publishes nothing, the bundled disclose.io database may name its programme (it has no scope).

Options:
  --file <path>          a disclosure policy (HTML, Markdown or text; the format is sniffed)
  --policy-json <path>   a scopecheck.policy/1 document (output of \`scopecheck policy --json\`)
  --base-url <url>       where the policy was published: what "this site" means in it
  --user-scope <path>    your program scope: one pattern per line ("!" or "-" excludes), or a Burp scope JSON
  --host <host>          a host, URL or host:port to judge (repeatable)
  --hosts-file <path|->  one host per line; '-' reads stdin. With --json, JSON Lines in input order
  --export burp|hosts    print the resolved scope as a Burp Suite scope, or as include/exclude lists
  --json                 one JSON object per host (JSON Lines)
  --platforms            also judge against the bug bounty platforms' programmes (bundled data, see
                         \`scopecheck programs\`): adds "programmes" to each line; a programme's exclusion
                         means out of scope, and when it disagrees with the policy the stricter answer wins.
                         Live mode (<url>) uses them unless --no-platforms; document mode only with it
  --platform-data <file> another platform index (default: public/data/platform-index.json of the package)
Live mode (<url>):
  --no-diodb             do not fall back to the disclose.io database
  --connect-to <rule>    like curl: HOST1:PORT1:HOST2:PORT2 (repeatable)
  --ca <pem file>        trust this CA as well
  --insecure             do not check TLS certificates
  --timeout <ms>         per-request timeout (default 10000)`;

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
    'no-diodb': { type: 'boolean' },
    platforms: { type: 'boolean' },
    'no-platforms': { type: 'boolean' },
    'platform-data': { type: 'string' },
    ...NETWORK_OPTIONS,
  },
  run: runScope,
};

async function runScope(values: ParsedValues, positionals: string[], io: CliIo): Promise<number> {
  const json = values.json === true;
  const hosts = optionStrings(values.host);
  const hostsFile = asString(values['hosts-file']);
  const exportKind = asString(values.export);
  if (exportKind !== undefined && exportKind !== 'burp' && exportKind !== 'hosts') throw new UsageError(`--export takes burp or hosts, not "${exportKind}"`);
  const offline = values.file !== undefined || values['policy-json'] !== undefined;
  let scope: CompiledScope;
  if (offline || positionals.length === 0) {
    if (!offline && values['user-scope'] === undefined && values.platforms !== true) throw new UsageError('give a URL, a policy (--file or --policy-json), your program scope (--user-scope) or --platforms');
    const live = ['no-diodb', 'no-platforms', ...Object.keys(NETWORK_OPTIONS)].filter((name) => values[name] !== undefined);
    if (live.length > 0) throw new UsageError(`--${live[0]} only applies with a URL`);
    hosts.push(...positionals);
    scope = await loadScope(values, io);
  } else {
    if (positionals.length > 1) throw new UsageError('give one URL; judge more hosts against its policy with --host or --hosts-file');
    const live = await discoverScope(positionals[0]!, values, io);
    scope = live.scope;
    if (hosts.length === 0 && hostsFile === undefined) hosts.push(live.url);
  }
  if (exportKind === undefined && hosts.length === 0 && hostsFile === undefined) throw new UsageError('give hosts to judge: --host <host> or --hosts-file <path|->');
  if (hostsFile !== undefined && hosts.length > 0) throw new UsageError('use --host or --hosts-file, not both');

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
  const platforms = choosePlatforms(values, offline || positionals.length === 0, io);
  const judge = (text: string) => judgeWithPlatforms(text, scope, platforms);
  if (hostsFile === undefined) {
    for (const host of hosts) await out.write(describe(judge(host)));
  } else {
    for await (const line of splitLines(openHosts(hostsFile, io), MAX_HOST_LINE)) {
      const text = line.text.trim();
      if (text.length === 0 || text.startsWith('#')) continue;
      const verdict = line.truncated ? judgeScope(`${text.slice(0, 64)}…`, scope) : judge(text);
      await out.write(describe(line.truncated ? { ...verdict, reasons: [`Line ${line.number} is longer than ${MAX_HOST_LINE} characters: not a host.`] } : verdict));
    }
  }
  await out.flush();
  return 0;
}

/**
 * The platforms' index when it takes part: with --platforms (an input error when missing), and in live
 * mode unless --no-platforms (then silently off when the index is not built). Document mode reads only
 * the document unless --platforms is given.
 */
function choosePlatforms(values: ParsedValues, documentMode: boolean, io: CliIo): CompiledPlatformIndex | null {
  const path = asString(values['platform-data']);
  if (values.platforms === true) return loadPlatformIndex(path);
  if (documentMode || values['no-platforms'] === true) return null;
  return loadPlatformIndexOrNull(path, (message) => io.stderr(`scopecheck scope: ${message}\n`));
}

/**
 * Live mode: the URL's security.txt (RFC 9116 discovery) and disclosure policy (discoverPolicy), then the
 * scope they give. "This site" means the policy's own host only when it is the URL's host.
 */
async function discoverScope(url: string, values: ParsedValues, io: CliIo): Promise<{ scope: CompiledScope; url: string }> {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    throw new UsageError(`"${url}" is not a URL (offline, give --file or --policy-json)`);
  }
  if (page.protocol !== 'https:' && page.protocol !== 'http:') throw new UsageError(`only http(s) URLs can be checked, not ${page.protocol}`);
  const timeoutMs = parseTimeout(values.timeout, 10_000);
  const userScope = await loadUserScope(values, io);
  const net = createFetchFromValues(values, io, 'scope');
  let found: { txt: TxtResult; policy: PolicyResult | null; sources: readonly PolicySource[] };
  try {
    const deps = { fetch: net.fetch, now: io.now, manualRedirects: true };
    const txt = await discoverSecurityTxt(page.href, deps, { now: io.now(), timeoutMs, httpFallback: true });
    const diodb = values['no-diodb'] === true ? null : loadBundledDiodbIndex();
    found = { txt, ...(await discoverPolicy(page.href, { txt }, deps, { timeoutMs, diodb })) };
  } finally {
    await net.close();
  }
  const { txt, policy, sources } = found;
  const reached = sources.some((s) => s.status !== null) || (txt.source?.attempts ?? []).some((a) => a.status !== null);
  if (!reached && policy?.source?.found_by !== 'diodb') throw new InputError(`cannot reach ${page.hostname}: no candidate answered`);
  if (!reached) io.stderr(`scopecheck scope: warning: cannot reach ${page.hostname}; only community data was found\n`);
  if (!policy) io.stderr(`scopecheck scope: no disclosure policy found for ${page.hostname} (${sources.length} places tried)\n`);
  else if (policy.source) io.stderr(`scopecheck scope: policy from ${toPrintable(policy.source.url)} (${policy.source.found_by})\n`);
  if (policy?.source?.found_by === 'diodb' && policy.source.note) io.stderr(`scopecheck scope: ${toPrintable(policy.source.note)}\n`);
  let policyHost: string | null = null;
  try { policyHost = policy?.source ? new URL(policy.source.url).hostname : null; } catch { policyHost = null; }
  const scope = compileScope({ policy, txt, pageHost: policyHost === page.hostname ? policyHost : null, userScope });
  return { scope, url: page.href };
}

async function loadUserScope(values: ParsedValues, io: CliIo): Promise<UserScopeEntry[]> {
  const path = asString(values['user-scope']);
  if (path === undefined) return [];
  const parsed = parseUserScope(await readInputText(path, io, { maxBytes: MAX_USER_SCOPE_BYTES }));
  reportFindings(parsed.findings, io);
  return parsed.value;
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
    const body = await readInput(file, io, { maxBytes: MAX_POLICY_BYTES });
    policy = extractPolicy({ body, contentType: null, url: baseUrl ?? null }, { baseUrl, now: io.now() });
  }
  if (policyJson !== undefined) policy = parsePolicyJson(await readInputText(policyJson, io, { maxBytes: MAX_POLICY_BYTES }), policyJson);
  if (pageHost === null && policy?.source && policy.source.found_by !== 'file') {
    try { pageHost = new URL(policy.source.url).hostname; } catch { pageHost = null; }
  }
  return compileScope({ policy, pageHost, userScope: await loadUserScope(values, io) });
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
 * Collects output into ~64 KiB writes; after each, waits until stdout can take more (`io.drain`, when the
 * io has one: a slow pipe), so memory stays flat however many hosts stream through.
 */
function createBatchedWriter(io: CliIo): { write: (text: string) => Promise<void>; flush: () => Promise<void> } {
  let buffer = '';
  const flush = async () => {
    if (buffer.length === 0) return;
    io.stdout(buffer);
    buffer = '';
    await io.drain?.();
  };
  return {
    write: async (text) => {
      buffer += text;
      if (buffer.length >= FLUSH_BYTES) await flush();
    },
    flush,
  };
}

function reportFindings(all: readonly Finding[], io: CliIo): void {
  // Every unreadable entry is shown, whatever their number; other findings up to MAX_FINDINGS_SHOWN.
  const findings = all.filter((f) => f.id !== 'scope_entry_unreadable');
  for (const f of all) if (f.id === 'scope_entry_unreadable') io.stderr(`scopecheck scope: unreadable: ${toPrintable(f.message)}\n`);
  for (const f of findings.slice(0, MAX_FINDINGS_SHOWN)) io.stderr(`scopecheck scope: ${f.severity}: ${toPrintable(f.message)}\n`);
  if (findings.length > MAX_FINDINGS_SHOWN) io.stderr(`scopecheck scope: … and ${findings.length - MAX_FINDINGS_SHOWN} more\n`);
}

/** Readable forms print policy text and input lines: controls and bidi overrides are neutralised. */
function formatCompact(v: ScopeVerdict): string {
  const programmes = v.programmes && v.programmes.length > 0 ? `  [${v.programmes.map((p) => `${p.platform}: ${p.programme}: ${p.verdict}`).join('; ')}]` : '';
  return toPrintable(`${v.verdict.padEnd(12)}  ${v.host}${v.rule ? `  (${v.rule})` : ''}${programmes}`) + '\n';
}

function formatDetailed(v: ScopeVerdict): string {
  const lines = [`${v.host}: ${v.verdict.replace(/_/g, ' ')}`];
  if (v.rule) lines.push(`  rule: ${v.rule}${v.rule_source ? ` (${v.rule_source})` : ''}`);
  if (v.quote && v.quote !== v.rule) lines.push(`  quote: "${v.quote}"`);
  for (const r of v.reasons) lines.push(`  - ${r}`);
  for (const u of v.unreadable ?? []) lines.push(`  unreadable exclusion: "${u}"`);
  for (const p of v.programmes ?? []) lines.push(`  programme: ${p.platform}: ${p.programme} (${p.url}): "${p.entry}" ${p.verdict.replace(/_/g, ' ')} [platform data of ${p.data_date}]`);
  return lines.map(toPrintable).join('\n') + '\n';
}

function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

