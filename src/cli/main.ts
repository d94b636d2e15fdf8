import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDeclaredOptions } from './check-declared-options.ts';
import { formatUsage } from './format-usage.ts';
import { COMMON_OPTIONS, InputError, UsageError, type CliIo, type Command, type DeclaredOption, type ParsedValues, type ResultFacts } from './command.ts';
import { parseNow } from './parse-common.ts';
import { matchesFailOn, parseFailOn } from './matches-fail-on.ts';
import { setDiodbIndexSource, type DiodbIndex } from '../core/index.ts';

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
  { name: 'txt', summary: 'find, fetch and validate security.txt (RFC 9116), or validate a saved file', load: async () => (await import('./commands/txt.ts')).txtCommand },
  { name: 'policy', summary: 'find and read a disclosure policy (contacts, scope, rules, report fields, timelines)', load: async () => (await import('./commands/policy.ts')).policyCommand },
  { name: 'scope', summary: 'is this host in scope? (policy + your program scope; bulk; Burp export)', load: async () => (await import('./commands/scope.ts')).scopeCommand },
  { name: 'draft', summary: 'draft a vulnerability report: recipient, sections the policy asks for, safe mailto/.eml', load: async () => (await import('./commands/draft.ts')).draftCommand },
  { name: 'check', summary: 'the whole pipeline for a page: security.txt, policy, verdict and a draft', load: async () => (await import('./commands/check.ts')).checkCommand },
  { name: 'programs', summary: 'which bug bounty programmes list this host? (platform data)', load: async () => (await import('./commands/programs.ts')).programsCommand },
];

function formatHelp(commands: Array<Pick<Command, 'name' | 'summary'>>): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  return [
    'scopecheck: may I test this site, what may I not do, and where do I report?',
    '',
    'Usage: scopecheck <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options every command takes:',
    '  --json           one JSON document on stdout (JSON Lines for scope)',
    '  --now <instant>  the clock, as an RFC 3339 instant (reproducible expiry checks)',
    '  --timeout <ms>   per-request timeout',
    '  -h, --help       this help, or a command\'s own with `scopecheck <command> --help`',
    '  -s, --silent     only results on stdout: no notes, warnings or progress on stderr',
    '  --fail-on <list> exit 3 when a result is one of: invalid, out_of_scope, unknown, no_policy',
    '  --lang en|de     language of the readable output and of JSON messages, fixes and reasons (and of a',
    '                   draft); default: the locale (LC_ALL, LC_MESSAGES, LANG: de… is German), else English',
    '',
    'Live commands also take --proxy <url> (Burp, Caido) and honour HTTPS_PROXY, HTTP_PROXY and NO_PROXY.',
    'A bare host (example.com) is accepted wherever a URL is, and means https://example.com/.',
    'Colour only on a terminal, never with NO_COLOR set.',
    '',
    'Exit status: 0 when the command ran, 1 when the input could not be obtained, 2 for a usage error,',
    '3 when --fail-on matched a result.',
    'Run `scopecheck <command> --help` for a command\'s options.',
  ].join('\n');
}

/** parseArgs' part of the declared options (the rules are checked by checkDeclaredOptions). */
function toParseArgsOptions(options: Record<string, DeclaredOption>): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(Object.entries(options).map(([name, spec]) => {
    const { values: _values, conflicts: _conflicts, needs: _needs, url: _url, list: _list, arg: _arg, help: _help, heading: _heading, ...parseArgsSpec } = spec;
    return [name, parseArgsSpec];
  }));
}

/** Runs the CLI with the given arguments and returns the exit status. */
export async function runCli(argv: string[], io: CliIo, commands: Array<Command | CommandEntry> = COMMAND_ENTRIES): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // No command is a usage error: the help goes to stderr, so nothing lands in a pipe.
    io.stderr(formatHelp(commands) + '\n');
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(formatHelp(commands) + '\n');
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`scopecheck: unknown command "${name}"\n\n${formatHelp(commands)}\n`);
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
      io.stdout(formatUsage({ usage: command.usage, options: command.options }) + '\n');
      return 0;
    }
    checkDeclaredOptions({ ...command, options }, values, positionals);
    const now = parseNow(values.now);
    const failOn = parseFailOn(values['fail-on']);
    let failed = false;
    const noteResult = (facts: ResultFacts) => {
      if (matchesFailOn(failOn, facts)) failed = true;
    };
    const { langFromEnv, loadSay } = await import('./messages.ts');
    const say = await loadSay(values.lang === 'de' || values.lang === 'en' ? values.lang : langFromEnv(io.env));
    const code = await command.run(values, positionals, { ...io, now, silent: values.silent === true, noteResult, say });
    return code === 0 && failed ? 3 : code;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      // Short: the one problem, and where the full help is.
      io.stderr(`scopecheck ${name}: ${(error as Error).message}\nRun \`scopecheck ${name} --help\` for its options.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`scopecheck ${name}: ${error.message}\n`);
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
    process.stderr.write(`scopecheck: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 70;
  }
}

if (isEntryPoint()) void runProcess(process.argv.slice(2));
