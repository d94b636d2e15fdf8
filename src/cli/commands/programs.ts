import { UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { loadPlatformIndex } from '../load-platform-index.ts';
import { URL_ARG } from '../check-declared-options.ts';
import { PLATFORM_DATA_OPTION } from '../network-options.ts';
import { stringOption } from '../parse-common.ts';
import { findPlatformProgrammes, msg, parseScopeTarget, toPrintable } from '../../core/index.ts';
import { sayOf } from '../messages.ts';

export const programsCommand: Command = {
  name: 'programs',
  summary: 'cli_summary_programs',
  usage: 'cli_usage_programs',
  options: { 'platform-data': PLATFORM_DATA_OPTION, readable: { type: 'boolean', help: 'cli_opt_readable' } },
  positionals: { max: 1, what: 'cli_arg_host' },
  oneOf: [[URL_ARG]],
  run: runPrograms,
};

async function runPrograms(values: ParsedValues, positionals: string[], io: CliIo): Promise<number> {
  const target = parseScopeTarget(positionals[0]!);
  if (!target) throw new UsageError(msg('cli_err_notHost', { value: toPrintable(positionals[0]!) }));
  const index = loadPlatformIndex(stringOption(values, 'platform-data'), [target.host]);
  const found = findPlatformProgrammes(target, index);
  if (values.readable !== true) {
    for (const p of found) io.stdout(JSON.stringify({ schema: 'scopecheck.programs/1', host: target.host, ...p }) + '\n');
    return 0;
  }
  const say = sayOf(io);
  if (found.length === 0) io.stdout(`${target.host}: ${say.message(msg('cli_noProgramme', { date: index.data_date }))}\n`);
  for (const p of found) io.stdout(toPrintable(`${p.verdict.padEnd(12)}  ${p.platform}: ${p.programme}  (${p.entry})  ${p.url}  [${say.message(msg('cli_dataOf', { date: p.data_date }))}]`) + '\n');
  return 0;
}
