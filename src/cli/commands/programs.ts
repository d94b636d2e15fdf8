import { UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { loadPlatformIndex } from '../load-platform-index.ts';
import { URL_ARG } from '../check-declared-options.ts';
import { PLATFORM_DATA_HELP } from '../network-options.ts';
import { stringOption } from '../parse-common.ts';
import { findPlatformProgrammes, msg, parseScopeTarget, toPrintable } from '../../core/index.ts';
import { sayOf } from '../messages.ts';

const usage = `Usage:
  scopecheck programs <host> [--platform-data <file>] [--readable]

Lists the bug bounty programmes (Bugcrowd, Intigriti, YesWeHack, Federacy) whose published scope covers the
host, from the bundled snapshot of arkadiyt/bounty-targets-data (MIT): one JSON object per programme
(JSON Lines: schema scopecheck.programs/1), with the platform's own scope entry that matched, in_scope or
out_of_scope, and the data's date (also without --json, as the contract fixes). --readable prints one line
per programme instead. A platform's data is
not permission by itself: read the programme's rules on the platform.`;

export const programsCommand: Command = {
  name: 'programs',
  summary: 'which bug bounty programmes list this host? (platform data)',
  usage,
  options: { 'platform-data': { type: 'string', ...PLATFORM_DATA_HELP }, readable: { type: 'boolean', help: 'one readable line per programme instead of JSON Lines' } },
  positionals: { max: 1, what: 'host (or URL)' },
  oneOf: [[URL_ARG]],
  run: runPrograms,
};

async function runPrograms(values: ParsedValues, positionals: string[], io: CliIo): Promise<number> {
  const target = parseScopeTarget(positionals[0]!);
  if (!target) throw new UsageError(`"${positionals[0]}" is not a host name, IP address or URL`);
  const index = loadPlatformIndex(stringOption(values, 'platform-data'));
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
