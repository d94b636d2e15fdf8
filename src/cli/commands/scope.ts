import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { InputError, UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { optionStrings } from '../parse-common.ts';
import { LIVE_OPTIONS } from '../network-options.ts';
import { parsePageUrl, readLivePageOnce } from '../read-live-page.ts';
import { URL_ARG } from '../check-declared-options.ts';
import { readInput, readInputText } from '../read-input.ts';
import { readUserScope } from '../read-user-scope.ts';
import { writeToolExport } from '../write-tool-export.ts';
import { PolicyResultSchema, compileScope, judge, judgeScope, judgeWithPlatforms, thisSiteOf, exportBurpScope, exportHostLists, renderHostLists, splitLines, toPrintable, extractPolicy, type PolicyResult, type ScopeVerdict, type Finding, type CompiledScope, type UserScopeEntry, type CompiledPlatformIndex } from '../../core/index.ts';
import { loadPlatformIndex, loadPlatformIndexOrNull } from '../load-platform-index.ts';

const MAX_POLICY_BYTES = 10 * 2 ** 20;
const MAX_HOST_LINE = 4096;
const FLUSH_BYTES = 64 * 1024;
const MAX_FINDINGS_SHOWN = 20;

const usage = `Usage:
  scopecheck scope <url> [--user-scope <file>] [(--host <host>)… | --hosts-file <path|->] [--no-diodb]
                   [--connect-to H1:P1:H2:P2]… [--ca <pem>] [--insecure]
  scopecheck scope --file <policy> [--base-url <url>] [--user-scope <file>] (--host <host>)… | --hosts-file <path|->
  scopecheck scope --policy-json <policy.json> [--user-scope <file>] (--host <host>)… | --hosts-file <path|->
  scopecheck scope --user-scope <file> (--host <host>)… | --hosts-file <path|->
  scopecheck scope … --export burp|caido|zap|hosts [--export-name <name>]
  scopecheck scope --platforms [--file <policy> …] (--host <host>)… | --hosts-file <path|->

Judges hosts (or URLs, host:port) against a disclosure policy's scope and your program scope:
in_scope, out_of_scope or unknown, with the deciding rule, its quote and the reasons.
With a <url>, finds its security.txt and disclosure policy first and judges the URL (or the --host list);
if the site publishes nothing, the bundled disclose.io database may name its programme (it has no scope).

Options:
  --file <path>          a disclosure policy (HTML, Markdown or text; the format is sniffed)
  --policy-json <path>   a scopecheck.policy/1 document (output of \`scopecheck policy --json\`)
  --base-url <url>       where the policy was published: what "this site" means in it
  --user-scope <path>    your program scope: one pattern per line ("!" or "-" excludes), a Burp scope JSON,
                         a Caido preset, a ZAP context, a HackerOne scope CSV or a Bugcrowd target list (JSON)
  --host <host>          a host, URL or host:port to judge (repeatable)
  --hosts-file <path|->  one host per line; '-' reads stdin. With --json, JSON Lines in input order
  --export <kind>        print the resolved scope: burp (Burp Suite project options JSON), caido (Caido
                         scope preset JSON), zap (ZAP context XML) or hosts (include/exclude lists);
                         what the tool cannot say is listed on stderr, never widened
  --export-name <name>   the Caido preset's or ZAP context's name (default: scopecheck)
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
    file: { type: 'string', conflicts: ['policy-json'] },
    'policy-json': { type: 'string' },
    'base-url': { type: 'string', url: true },
    'user-scope': { type: 'string' },
    host: { type: 'string', multiple: true },
    'hosts-file': { type: 'string' },
    export: { type: 'string', values: ['burp', 'caido', 'zap', 'hosts'] },
    'export-name': { type: 'string' },
    // The live options only apply to a URL, never to a policy given offline.
    ...Object.fromEntries(Object.entries(LIVE_OPTIONS).map(([name, spec]) => [name, { ...spec, needs: [URL_ARG] }])),
    platforms: { type: 'boolean' },
    'no-platforms': { type: 'boolean', needs: [URL_ARG] },
    'platform-data': { type: 'string' },
  },
  oneOf: [[URL_ARG, 'file', 'policy-json', 'user-scope', 'platforms']],
  run: runScope,
};

async function runScope(values: ParsedValues, positionals: string[], io: CliIo): Promise<number> {
  const json = values.json === true;
  const hosts = optionStrings(values.host);
  const hostsFile = asString(values['hosts-file']);
  const exportKind = asString(values.export);
  const offline = values.file !== undefined || values['policy-json'] !== undefined;
  let scope: CompiledScope;
  if (offline || positionals.length === 0) {
    // Offline, the positionals are hosts to judge.
    hosts.push(...positionals);
    scope = await loadScope(values, io);
  } else {
    if (positionals.length > 1) throw new UsageError('give one URL; judge more hosts against its policy with --host or --hosts-file');
    const live = await discoverScope(positionals[0]!, values, io);
    scope = live.scope;
    if (hosts.length === 0 && hostsFile === undefined) hosts.push(live.url);
  }
  if (exportKind === undefined && hosts.length === 0 && hostsFile === undefined) throw new UsageError('give hosts to judge: --host <host> or --hosts-file <path|->');
  if (hostsFile !== undefined && hosts.length > 0) throw new UsageError('give either --host or --hosts-file, not both');

  reportFindings(scope.findings, io);
  if (exportKind === 'burp') {
    const { document, notes } = exportBurpScope(scope);
    io.stdout(JSON.stringify(document, null, 2) + '\n');
    for (const note of notes) io.stderr(`scopecheck scope: ${toPrintable(note)}\n`);
    return 0;
  }
  if (exportKind === 'caido' || exportKind === 'zap') {
    writeToolExport(exportKind, scope, asString(values['export-name']) ?? 'scopecheck', io);
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
  const judgeHost = (text: string) => judgeWithPlatforms(text, scope, platforms);
  if (hostsFile === undefined) {
    for (const host of hosts) await out.write(describe(judgeHost(host)));
  } else {
    for await (const line of splitLines(openHosts(hostsFile, io), MAX_HOST_LINE)) {
      const text = line.text.trim();
      if (text.length === 0 || text.startsWith('#')) continue;
      const verdict = line.truncated ? judgeScope(`${text.slice(0, 64)}…`, scope) : judgeHost(text);
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

/** Live mode: the pipeline's one reading of the URL (findSources, readSources), then judge's scope. */
async function discoverScope(url: string, values: ParsedValues, io: CliIo): Promise<{ scope: CompiledScope; url: string }> {
  const page = parsePageUrl(url);
  const userScope = await loadUserScope(values, io);
  const read = await readLivePageOnce(page.href, values, io, 'scope');
  const { policy, policy_sources: sources } = read;
  if (!policy) io.stderr(`scopecheck scope: no disclosure policy found for ${page.hostname} (${sources.length} places tried)\n`);
  else if (policy.source) io.stderr(`scopecheck scope: policy from ${toPrintable(policy.source.url)} (${policy.source.found_by})\n`);
  if (policy?.source?.found_by === 'diodb' && policy.source.note) io.stderr(`scopecheck scope: ${toPrintable(policy.source.note)}\n`);
  return { scope: judge(read, { userScope }).scope, url: page.href };
}

async function loadUserScope(values: ParsedValues, io: CliIo): Promise<UserScopeEntry[]> {
  const path = asString(values['user-scope']);
  return path === undefined ? [] : readUserScope(path, io, 'scope');
}

async function loadScope(values: ParsedValues, io: CliIo): Promise<CompiledScope> {
  let policy: PolicyResult | null = null;
  const policyJson = asString(values['policy-json']);
  const file = asString(values.file);
  const baseUrl = asString(values['base-url']);
  let pageHost = baseUrl !== undefined ? new URL(baseUrl).hostname : null;
  if (file !== undefined) {
    const body = await readInput(file, io, { maxBytes: MAX_POLICY_BYTES });
    policy = extractPolicy({ body, contentType: null, url: baseUrl ?? null }, { baseUrl, now: io.now() });
  }
  if (policyJson !== undefined) policy = parsePolicyJson(await readInputText(policyJson, io, { maxBytes: MAX_POLICY_BYTES }), policyJson);
  pageHost ??= thisSiteOf(policy);
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

