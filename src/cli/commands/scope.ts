import { UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { optionStrings, stringOption } from '../parse-common.ts';
import { LIVE_OPTIONS, PLATFORM_DATA_OPTION, USER_SCOPE_OPTION, withHeading } from '../network-options.ts';
import { parsePageUrl, readLivePageOnce } from '../read-live-page.ts';
import { URL_ARG } from '../check-declared-options.ts';
import { readPolicyFile, readPolicyJson } from '../read-policy-file.ts';
import { readUserScope } from '../read-user-scope.ts';
import { writeToolExport } from '../write-tool-export.ts';
import { isStdinPiped, MAX_HOST_LINE, readHostLineBatches, type HostLine } from '../read-host-lines.ts';
import { createVerdictLineSerializer } from '../create-verdict-line-serializer.ts';
import { createPlatformLineWriter } from '../create-platform-line-writer.ts';
import { createLineSink } from '../create-line-sink.ts';
import { createPaint, createProgress, notify, verdictColour } from '../output.ts';
import { compileScope, judge, judgeScope, judgeWithPlatforms, thisSiteOf, describeDocumentNote, exportHostLists, renderHostLists, toPrintable, msg, type ScopeVerdict, type Finding, type CompiledScope, type UserScopeEntry, type CompiledPlatformIndex } from '../../core/index.ts';
import { loadPlatformIndex, loadPlatformIndexOrNull } from '../load-platform-index.ts';
import { sayOf, saySeverity, type Say } from '../messages.ts';
import { renderVerdict } from '../render-results.ts';
import { formatProgramme } from '../format-programme.ts';

const FLUSH_BYTES = 64 * 1024;
const MAX_FINDINGS_SHOWN = 20;

export const scopeCommand: Command = {
  name: 'scope',
  summary: 'cli_summary_scope',
  usage: 'cli_usage_scope',
  options: {
    file: { type: 'string', conflicts: ['policy-json'], help: 'cli_opt_scopeFile' },
    'policy-json': { type: 'string', help: 'cli_opt_policyJson' },
    'base-url': { type: 'string', url: true, help: 'cli_opt_scopeBaseUrl' },
    'user-scope': USER_SCOPE_OPTION,
    host: { type: 'string', multiple: true, help: 'cli_opt_host' },
    'hosts-file': { type: 'string', help: 'cli_opt_hostsFile' },
    export: { type: 'string', values: ['burp', 'caido', 'zap', 'hosts'], help: 'cli_opt_export' },
    'export-name': { type: 'string', help: 'cli_opt_exportName' },
    json: { type: 'boolean', help: 'cli_opt_scopeJson' },
    platforms: { type: 'boolean', help: 'cli_opt_platforms' },
    'platform-data': PLATFORM_DATA_OPTION,
    // The live options only apply to a URL, never to a policy given offline.
    ...withHeading(Object.fromEntries(Object.entries(LIVE_OPTIONS).map(([name, spec]) => [name, { ...spec, needs: [URL_ARG] }])), 'cli_heading_live'),
    'no-platforms': { type: 'boolean', needs: [URL_ARG], help: 'cli_opt_noPlatforms' },
  },
  oneOf: [[URL_ARG, 'file', 'policy-json', 'user-scope', 'platforms']],
  run: runScope,
};

async function runScope(values: ParsedValues, positionals: string[], io: CliIo): Promise<number> {
  const json = values.json === true;
  const hosts = optionStrings(values.host);
  let hostsFile = stringOption(values, 'hosts-file');
  const exportKind = stringOption(values, 'export');
  const offline = values.file !== undefined || values['policy-json'] !== undefined;
  let scope: CompiledScope;
  let liveUrl: string | null = null;
  if (offline || positionals.length === 0) {
    // Offline, the positionals are hosts to judge.
    hosts.push(...positionals);
    scope = await loadScope(values, io);
  } else {
    if (positionals.length > 1) throw new UsageError(msg('cli_err_scopeOneUrl'));
    const live = await discoverScope(positionals[0]!, values, io);
    scope = live.scope;
    liveUrl = positionals[0]!;
    io.noteResult?.({ policyFound: live.policyFound });
  }
  // A piped stdin is the host list when none is given (subfinder … | scopecheck scope …).
  const piped = exportKind === undefined && hosts.length === 0 && hostsFile === undefined && isStdinPiped(io);
  if (piped) hostsFile = '-';
  if (exportKind === undefined && hosts.length === 0 && hostsFile === undefined && liveUrl === null) throw new UsageError(msg('cli_err_noHosts'));
  if (hostsFile !== undefined && hosts.length > 0) throw new UsageError(msg('cli_err_either', { first: '--host', second: '--hosts-file' }));

  reportFindings(scope.findings, io);
  if (exportKind === 'burp' || exportKind === 'caido' || exportKind === 'zap') {
    writeToolExport(exportKind, scope, stringOption(values, 'export-name') ?? 'scopecheck', io);
    return 0;
  }
  if (exportKind === 'hosts') {
    const lists = exportHostLists(scope);
    // The notes in the run's language, in the JSON as in the text form's comments.
    io.stdout(json ? JSON.stringify({ schema: 'scopecheck.scope-export/1', ...lists, notes: lists.notes.map(sayOf(io).message) }) + '\n' : renderHostLists(lists, sayOf(io).message));
    return 0;
  }
  // Output in ~64 KiB writes (UTF-8 straight into a buffer), waiting for a slow stdout after each batch.
  const out = createLineSink(io, FLUSH_BYTES);
  const say = sayOf(io);
  const paint = createPaint(io);
  const compact = hostsFile !== undefined || io.silent === true;
  // JSON Lines echo each input as `input`, as httpx does, so results can be joined back to what was given.
  const serialize = json ? createVerdictLineSerializer() : null;
  const describe = serialize ? (v: ScopeVerdict, input: string) => serialize(renderVerdict(v, say), input)
    : compact ? (v: ScopeVerdict) => formatCompact(v, paint) : (v: ScopeVerdict) => formatDetailed(v, paint, say);
  const emit = (verdict: ScopeVerdict, input: string) => {
    io.noteResult?.({ verdict: verdict.verdict });
    out.appendString(describe(verdict, input));
  };
  // Without a host list, the hosts judged are known now: only the programmes that can concern them are compiled.
  const judging = hostsFile !== undefined ? undefined : hosts.length > 0 ? hosts : liveUrl !== null ? [liveUrl] : undefined;
  const platforms = choosePlatforms(values, offline || positionals.length === 0, io, judging);
  const judgeHost = (text: string) => judgeWithPlatforms(text, scope, platforms);
  let judged = 0;
  if (hostsFile !== undefined) {
    const progress = createProgress(io, 'scopecheck scope: hosts judged');
    const judgeLine = (line: HostLine): ScopeVerdict => line.truncated
      ? { ...judgeScope(line.text, scope), reasons: [msg('reason_lineTooLong', { line: line.number, max: MAX_HOST_LINE })] }
      : judgeHost(line.text);
    // Against the platforms alone, lines are copied from templates (createPlatformLineWriter), the rest judged here.
    const fast = serialize && platforms ? createPlatformLineWriter(scope, platforms, say, io) : null;
    const lineOf = (line: HostLine) => {
      const verdict = judgeLine(line);
      io.noteResult?.({ verdict: verdict.verdict });
      return describe(verdict, line.text);
    };
    // One batch per chunk read; output goes out in ~64 KiB writes, waiting for a slow stdout after each batch.
    if (fast) judged = await fast.run(readHostLineBatches(hostsFile, io), lineOf, progress);
    else for await (const batch of readHostLineBatches(hostsFile, io)) {
      for (const line of batch) {
        emit(judgeLine(line), line.text);
        progress.tick();
      }
      judged += batch.length;
      await out.settle();
    }
    progress.done();
  }
  // Live mode judges the URL itself when no other host was given (or what was piped in held none).
  if (liveUrl !== null && hosts.length === 0 && (hostsFile === undefined || (piped && judged === 0))) hosts.push(liveUrl);
  for (const host of hosts) emit(judgeHost(host), host);
  await out.flush();
  return 0;
}

/**
 * The platforms' index when it takes part: with --platforms (an input error when missing), and in live
 * mode unless --no-platforms (then silently off when the index is not built). Document mode reads only
 * the document unless --platforms is given. `hosts`: the hosts to be judged, when known (see loadPlatformIndex).
 */
function choosePlatforms(values: ParsedValues, documentMode: boolean, io: CliIo, hosts?: readonly string[]): CompiledPlatformIndex | null {
  const path = stringOption(values, 'platform-data');
  if (values.platforms === true) return loadPlatformIndex(path, hosts);
  if (documentMode || values['no-platforms'] === true) return null;
  return loadPlatformIndexOrNull(path, (message) => io.stderr(`scopecheck scope: ${sayOf(io).message(message)}\n`), hosts);
}

/** Live mode: the pipeline's one reading of the URL (findSources, readSources), then judge's scope. */
async function discoverScope(url: string, values: ParsedValues, io: CliIo): Promise<{ scope: CompiledScope; policyFound: boolean }> {
  const page = parsePageUrl(url);
  const userScope = await loadUserScope(values, io);
  const read = await readLivePageOnce(page.href, values, io, 'scope');
  const { policy, policy_sources: sources } = read;
  const say = sayOf(io);
  if (!policy) notify(io, `scopecheck scope: ${say.message(msg('cli_noPolicyFound', { host: page.hostname, n: sources.length }))}\n`);
  else if (policy.source) notify(io, `scopecheck scope: ${say.message(msg('cli_policyFrom', { how: policy.source.found_by, url: toPrintable(policy.source.url) }))}\n`);
  if (policy?.source?.found_by === 'diodb' && policy.source.note) notify(io, `scopecheck scope: ${toPrintable(say.message(describeDocumentNote(policy.source.note)))}\n`);
  return { scope: judge(read, { userScope }).scope, policyFound: policy !== null };
}

async function loadUserScope(values: ParsedValues, io: CliIo): Promise<UserScopeEntry[]> {
  const path = stringOption(values, 'user-scope');
  return path === undefined ? [] : readUserScope(path, io, 'scope');
}

async function loadScope(values: ParsedValues, io: CliIo): Promise<CompiledScope> {
  const policyJson = stringOption(values, 'policy-json');
  const file = stringOption(values, 'file');
  const baseUrl = stringOption(values, 'base-url');
  const policy = file !== undefined ? await readPolicyFile(file, baseUrl, io) : policyJson !== undefined ? await readPolicyJson(policyJson, io) : null;
  const pageHost = baseUrl !== undefined ? new URL(baseUrl).hostname : thisSiteOf(policy);
  return compileScope({ policy, pageHost, userScope: await loadUserScope(values, io) });
}

function reportFindings(all: readonly Finding[], io: CliIo): void {
  const say = sayOf(io);
  // Every unreadable entry is shown, whatever their number (even with --silent: it can change a verdict);
  // other findings up to MAX_FINDINGS_SHOWN.
  const findings = all.filter((f) => f.id !== 'scope_entry_unreadable');
  for (const f of all) if (f.id === 'scope_entry_unreadable') io.stderr(`scopecheck scope: ${say.message(msg('cli_unreadable'))}: ${toPrintable(say.finding(f).message)}\n`);
  for (const f of findings.slice(0, MAX_FINDINGS_SHOWN)) notify(io, `scopecheck scope: ${saySeverity(say, f.severity)}: ${toPrintable(say.finding(f).message)}\n`);
  if (findings.length > MAX_FINDINGS_SHOWN) notify(io, `scopecheck scope: ${say.message(msg('cli_andMore', { n: findings.length - MAX_FINDINGS_SHOWN }))}\n`);
}

type Paint = ReturnType<typeof createPaint>;

/** Readable forms print policy text and input lines: controls and bidi overrides are neutralised (before colour). */
function formatCompact(v: ScopeVerdict, paint: Paint): string {
  const programmes = v.programmes && v.programmes.length > 0 ? `  [${v.programmes.map((p) => `${p.platform}: ${p.programme}: ${p.verdict}`).join('; ')}]` : '';
  return paint(v.verdict.padEnd(12), verdictColour(v.verdict)) + toPrintable(`  ${v.host}${v.rule ? `  (${v.rule})` : ''}${programmes}`) + '\n';
}

function formatDetailed(v: ScopeVerdict, paint: Paint, say: Say): string {
  const lines = [`${toPrintable(v.host)}: ${paint(say.message(msg(`verdictWords_${v.verdict}`)), verdictColour(v.verdict))}`];
  if (v.rule) lines.push(toPrintable(`  ${say.message(msg('cli_rule', { rule: `${v.rule}${v.rule_source ? ` (${v.rule_source})` : ''}` }))}`));
  if (v.quote && v.quote !== v.rule) lines.push(toPrintable(`  ${say.message(msg('cli_quote', { quote: v.quote }))}`));
  for (const r of v.reasons) lines.push(toPrintable(`  - ${say.message(r)}`));
  for (const u of v.unreadable ?? []) lines.push(toPrintable(`  ${say.message(msg('cli_unreadableExclusion', { entry: u }))}`));
  for (const p of v.programmes ?? []) lines.push(formatProgramme(p, say));
  return lines.join('\n') + '\n';
}
