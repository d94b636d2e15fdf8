import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDeclaredOptions } from './check-declared-options.ts';
import { formatUsage } from './format-usage.ts';
import { COMMON_OPTIONS, InputError, UsageError, type CliIo, type Command, type DeclaredOption, type ParsedValues, type ResultFacts } from './command.ts';
import { parseNow } from './parse-common.ts';
import { matchesFailOn, parseFailOn } from './matches-fail-on.ts';
import { langFromEnv, loadSay, type Say } from './messages.ts';
import { msg, setDiodbIndexSource, type DiodbIndex, type Message } from '../core/index.ts';

/** A command known by name and summary for `--help`; its module (and what it needs) loads only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

/**
 * Every subcommand, in the order `--help` lists them. Each module is imported when its command runs, so
 * `--help` loads none and `txt --file` loads no network stack nor database (summaries are checked against
 * the commands' own in test/unit/cli/main.test.ts).
 */
export const COMMAND_ENTRIES: CommandEntry[] = [
  { name: 'txt', summary: 'cli_summary_txt', load: async () => (await import('./commands/txt.ts')).txtCommand },
  { name: 'policy', summary: 'cli_summary_policy', load: async () => (await import('./commands/policy.ts')).policyCommand },
  { name: 'scope', summary: 'cli_summary_scope', load: async () => (await import('./commands/scope.ts')).scopeCommand },
  { name: 'draft', summary: 'cli_summary_draft', load: async () => (await import('./commands/draft.ts')).draftCommand },
  { name: 'check', summary: 'cli_summary_check', load: async () => (await import('./commands/check.ts')).checkCommand },
  { name: 'programs', summary: 'cli_summary_programs', load: async () => (await import('./commands/programs.ts')).programsCommand },
];

function formatHelp(commands: Array<Pick<Command, 'name' | 'summary'>>, say: Say): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  return say.message(msg('cli_help', { commands: commands.map((c) => `  ${c.name.padEnd(width)}  ${say.message(msg(c.summary))}`).join('\n') }));
}

/** parseArgs' part of the declared options (the rules are checked by checkDeclaredOptions). */
function toParseArgsOptions(options: Record<string, DeclaredOption>): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(Object.entries(options).map(([name, spec]) => {
    const { values: _values, conflicts: _conflicts, needs: _needs, url: _url, list: _list, help: _help, heading: _heading, ...parseArgsSpec } = spec;
    return [name, parseArgsSpec];
  }));
}

/** The words of the language `--lang` asks for anywhere in argv (before parsing, so parse errors are told in it), else the environment's. */
function loadSayFor(argv: readonly string[], io: CliIo): Promise<Say> {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return loadSay(value === 'de' || value === 'en' ? value : langFromEnv(io.env));
}

/** parseArgs' own errors (English sentences from node) as message ids, naming the option. */
function parseArgsProblem(error: TypeError & { code: string }): Message {
  const option = /'([^' ]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return msg('cli_err_unknownOption', { option });
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return msg(/does not take/.test(error.message) ? 'cli_err_optionTakesNoValue' : 'cli_err_optionNeedsValue', { option });
  return msg('cli_err_tooMany', { args: option });
}

/** Runs the CLI with the given arguments and returns the exit status. */
export async function runCli(argv: string[], io: CliIo, commands: Array<Command | CommandEntry> = COMMAND_ENTRIES): Promise<number> {
  const [name, ...rest] = argv;
  const say = await loadSayFor(argv, io);
  if (name === undefined) {
    // No command is a usage error: the help goes to stderr, so nothing lands in a pipe.
    io.stderr(formatHelp(commands, say) + '\n');
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(formatHelp(commands, say) + '\n');
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`scopecheck: ${say.message(msg('cli_err_unknownCommand', { name }))}\n\n${formatHelp(commands, say)}\n`);
    return 2;
  }
  const command = 'load' in entry ? await entry.load() : entry;
  const options = { ...COMMON_OPTIONS, ...command.options };
  try {
    const { values: parsed, positionals } = parseArgs({
      args: rest,
      options: toParseArgsOptions(options),
      allowPositionals: true,
      strict: true,
    });
    const values = parsed as ParsedValues;
    if (values.help) {
      io.stdout(formatUsage(command, say) + '\n');
      return 0;
    }
    checkDeclaredOptions({ ...command, options }, values, positionals);
    const now = parseNow(values.now);
    const failOn = parseFailOn(values['fail-on']);
    let failed = false;
    const noteResult = (facts: ResultFacts) => {
      if (matchesFailOn(failOn, facts)) failed = true;
    };
    const code = await command.run(values, positionals, { ...io, now, silent: values.silent === true, noteResult, say });
    return code === 0 && failed ? 3 : code;
  } catch (error) {
    const parseProblem = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseProblem) {
      // Short: the one problem, and where the full help is.
      const problem = parseProblem ? parseArgsProblem(error as TypeError & { code: string }) : (error as UsageError).said;
      io.stderr(`scopecheck ${name}: ${say.message(problem)}\n${say.message(msg('cli_err_runHelp', { command: name }))}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`scopecheck ${name}: ${say.message(error.said)}\n`);
      return 1;
    }
    throw error;
  }
}

async function* readStdin(): AsyncIterable<string | Uint8Array> {
  for await (const chunk of process.stdin) yield chunk as Uint8Array;
}

/** Waits while a stream's buffer is over its high-water mark; a closed or failed stream waits no longer. */
export function waitForDrain(stream: NodeJS.WritableStream & { writableNeedDrain?: boolean }): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** The io of a real process: stdout, stderr, stdin, the global fetch, the clock, stdout backpressure, the environment. */
export function createProcessIo(): CliIo {
  // A reader that went away (`… | head`): stop quietly, as Unix tools do, rather than judge the rest for nobody
  // or die of an unhandled EPIPE. Any other stdout error stays an internal error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  return {
    env: process.env,
    isTTY: { stdin: process.stdin.isTTY === true, stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    stdout: (t) => void process.stdout.write(t),
    // The write's callback runs once the stream is done with the bytes (written, or failed).
    stdoutBytes: (b, written) => void process.stdout.write(b, written && (() => written())),
    stderr: (t) => void process.stderr.write(t),
    stdin: readStdin,
    fetch: globalThis.fetch,
    now: () => new Date(),
    drain: () => waitForDrain(process.stdout),
  };
}

function isEntryPoint(): boolean {
  const arg = process.argv[1];
  if (!arg) return false;
  try {
    return realpathSync(arg) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * The disclose.io index as the data file the CLI build writes beside its bundle (dist/cli/diodb-index.json),
 * read and parsed on first use; undefined when there is no such file (running from source).
 */
function readDiodbIndexFile(): DiodbIndex | null | undefined {
  let text: string;
  try {
    text = readFileSync(new URL('./diodb-index.json', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as DiodbIndex;
  } catch {
    return null;
  }
}

/** Runs the CLI as this process: real io, the exit status in process.exitCode (70 for an internal error). */
export async function runProcess(argv: string[]): Promise<void> {
  setDiodbIndexSource(readDiodbIndexFile);
  try {
    process.exitCode = await runCli(argv, createProcessIo());
  } catch (error) {
    const say = await loadSay(langFromEnv(process.env));
    process.stderr.write(`scopecheck: ${say.message(msg('cli_err_internal'))}: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 70;
  }
}

if (isEntryPoint()) void runProcess(process.argv.slice(2));
