import { dirname, resolve } from 'node:path';
import { fileOrUrl, InputError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { optionStrings, parseTimeout, stringOption } from '../parse-common.ts';
import { createFetchFromValues, NETWORK_OPTIONS } from '../network-options.ts';
import { parsePageUrl } from '../parse-page-url.ts';
import { URL_ARG } from '../check-declared-options.ts';
import { readInput, readJsonInput } from '../read-input.ts';
import { formatTxtResult } from '../format-txt.ts';
import { sayOf } from '../messages.ts';
import { renderTxt } from '../render-results.ts';
import { FetchContextSchema, describeFetchFailure, msg, validateSecurityTxt, loadSecurityTxtDiscovery, type TxtResult, type FetchContext, type VerificationKey } from '../../core/index.ts';

const MAX_INPUT_BYTES = 8 * 1024 * 1024;

function readInputFile(path: string, io: CliIo, what: string): Promise<Uint8Array> {
  return readInput(path, io, { maxBytes: MAX_INPUT_BYTES, label: what, stdinLabel: sayOf(io).message(msg(what)) });
}

async function readKeys(paths: string[], io: CliIo): Promise<VerificationKey[]> {
  return Promise.all(paths.map(async (p) => ({ armored: new TextDecoder().decode(await readInputFile(p, io, 'cli_input_keyFile')), source: p })));
}

function readContext(path: string, io: CliIo): Promise<FetchContext> {
  return readJsonInput(path, io, FetchContextSchema, 'cli_input_context', { maxBytes: MAX_INPUT_BYTES, label: 'cli_input_contextFile', stdinLabel: sayOf(io).message(msg('cli_input_contextFile')) });
}

function print(result: TxtResult, target: string, values: ParsedValues, io: CliIo): number {
  io.noteResult?.({ valid: result.valid });
  const say = sayOf(io);
  io.stdout(values.json ? `${JSON.stringify(renderTxt(result, say), null, 2)}\n` : formatTxtResult(result, target, say));
  return 0;
}

async function runOffline(path: string, values: ParsedValues, io: CliIo): Promise<number> {
  const bytes = await readInputFile(path, io, '--file');
  const contextPath = stringOption(values, 'context');
  const context = contextPath !== undefined ? await readContext(contextPath, io) : null;
  let keyPaths = optionStrings(values.key);
  if (keyPaths.length === 0 && context?.verification_key && contextPath !== undefined && contextPath !== '-') {
    keyPaths = [resolve(dirname(contextPath), context.verification_key)];
  }
  const keys = await readKeys(keyPaths, io);
  const result = await validateSecurityTxt(bytes, context, { now: io.now(), keys });
  return print(result, path === '-' ? 'stdin' : path, values, io);
}

async function runLive(url: string, values: ParsedValues, io: CliIo): Promise<number> {
  const page = parsePageUrl(url);
  const keys = await readKeys(optionStrings(values.key), io);
  const timeoutMs = parseTimeout(values.timeout, 10_000);
  const net = createFetchFromValues(values, io, 'txt');
  try {
    // Discovery (and the public suffix list behind it) loads only in live mode: `--file` starts without it.
    const { discoverSecurityTxt } = await loadSecurityTxtDiscovery();
    const result = await discoverSecurityTxt(page.href, { fetch: net.fetch, now: io.now, manualRedirects: true }, {
      now: io.now(), timeoutMs, keys, httpFallback: values['no-http'] !== true,
    });
    const attempts = result.source?.attempts ?? [];
    if (attempts.length > 0 && attempts.every((a) => a.status === null && /network|timeout/.test(a.outcome))) {
      throw new InputError(msg('cli_err_unreachableTxt', { host: page.hostname, detail: describeFetchFailure(attempts[0]!.outcome) }));
    }
    return print(result, page.hostname, values, io);
  } finally {
    await net.close();
  }
}

export const txtCommand: Command = {
  name: 'txt',
  summary: 'cli_summary_txt',
  usage: 'cli_usage_txt',
  options: {
    file: { type: 'string', conflicts: [URL_ARG], help: 'cli_opt_txtFile' },
    context: { type: 'string', needs: ['file'], help: 'cli_opt_context' },
    key: { type: 'string', multiple: true, help: 'cli_opt_key' },
    ...NETWORK_OPTIONS,
    'no-http': { type: 'boolean', help: 'cli_opt_noHttp' },
    json: { type: 'boolean', help: 'cli_opt_txtJson' },
    now: { type: 'string', help: 'cli_opt_txtNow' },
  },
  positionals: { max: 1 },
  oneOf: [[URL_ARG, 'file']],
  run: fileOrUrl(runOffline, runLive),
};
