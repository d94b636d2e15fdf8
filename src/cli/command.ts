import type { ParseArgsConfig } from 'node:util';
import { sayOf, type Say } from './messages.ts';
import { msg, type Message, type MessageParam } from '../core/index.ts';

/** What a subcommand writes to; tests pass buffers. */
export interface CliIo {
  stdout: (text: string) => void;
  /**
   * Raw UTF-8 for stdout, when the io can take it (a bulk command's big writes skip a string round trip).
   * `written`, when given, is called once the io no longer needs the bytes (the stream wrote them): the
   * writer may then fill that memory again. An io that never calls it keeps the bytes as long as it likes.
   */
  stdoutBytes?: (bytes: Uint8Array, written?: () => void) => void;
  stderr: (text: string) => void;
  stdin: () => AsyncIterable<string | Uint8Array>;
  fetch: typeof fetch;
  now: () => Date;
  /** Resolves when stdout can take more (backpressure for long streams); absent: always ready. */
  drain?: () => Promise<void>;
  /** The environment (proxy variables, NO_COLOR); absent: empty. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Which streams are terminals. Absent: stdin is (nothing is read from it unasked), stdout and stderr are not. */
  isTTY?: { stdin?: boolean; stdout?: boolean; stderr?: boolean };
  /** -s/--silent: only results on stdout, no notes on stderr (set by runCli). */
  silent?: boolean;
  /** Tells runCli what a result was, for --fail-on (set by runCli). */
  noteResult?: (facts: ResultFacts) => void;
  /** The words for the core's message ids in the run's language (`--lang`, else the locale; set by runCli). */
  say?: Say;
}

/** What --fail-on looks at in a command's result; a command gives what it knows. */
export interface ResultFacts {
  /** security.txt validity (txt, check). */
  valid?: boolean;
  /** The scope verdict (scope, check). */
  verdict?: string;
  /** Whether a disclosure policy was found (live policy, scope, check). */
  policyFound?: boolean;
}

export type ParsedValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

type ParseArgsOption = NonNullable<ParseArgsConfig['options']>[string];

/** An option as a command declares it: parseArgs' own spec plus the rules checkDeclaredOptions enforces. */
export type DeclaredOption = ParseArgsOption & {
  /** The only values it takes. */
  values?: readonly string[];
  /** Options (or `<url>`) it cannot be combined with. */
  conflicts?: readonly string[];
  /** It only applies when one of these options (or `<url>`) is given too. */
  needs?: readonly string[];
  /** Its value must be an absolute http(s) URL or a bare host (rewritten to https://host/). */
  url?: boolean;
  /** Its value is a comma-separated list, each item among `values`. */
  list?: boolean;
  /** `--help`: the message id of the value's name and what the option does ("<path>\tread …"; `\n` continues on the next line). */
  help?: string;
  /** `--help`: the message id of a heading printed before this option (a group such as "Live mode (<url>):"). */
  heading?: string;
};

export interface Command {
  name: string;
  /** Message ids (a text that is no id prints as it is): the summary for `scopecheck --help`, and the synopsis and what
   * the command does, to which `--help` adds the options from their declarations. */
  summary: string;
  usage: string;
  options: Record<string, DeclaredOption>;
  /** How many positional arguments it takes (default: any), and the message id of what one is called in usage errors (default: URL). */
  positionals?: { max: number; what?: string };
  /** Groups of inputs (option names or `<url>`) of which at least one must be given. */
  oneOf?: ReadonlyArray<readonly string[]>;
  /** Returns the exit status: 0 ran, 1 input unavailable, 2 usage error (runCli turns 0 into 3 when --fail-on matched). */
  run: (values: ParsedValues, positionals: string[], io: CliIo) => Promise<number>;
}

/** A problem told as a message id: `message` is its English words; runCli prints it in the run's language. */
export class CliError extends Error {
  constructor(readonly said: Message) {
    super(sayOf({}).message(said));
  }
}

/** A usage error: one short line and where the help is on stderr, exit 2. */
export class UsageError extends CliError {
  override name = 'UsageError';
}

/** The input could not be obtained or read: one line on stderr, exit 1. */
export class InputError extends CliError {
  override name = 'InputError';
}

/** The run of a command that reads `--file <path>` or else a live URL (txt, policy). */
export function fileOrUrl(runFile: (path: string, values: ParsedValues, io: CliIo) => Promise<number>, runLive: (url: string, values: ParsedValues, io: CliIo) => Promise<number>): Command['run'] {
  return (values, positionals, io) => (typeof values.file === 'string' ? runFile(values.file, values, io) : runLive(positionals[0]!, values, io));
}

const ERRNO: Readonly<Record<string, string>> = { ENOENT: 'cli_errno_ENOENT', EACCES: 'cli_errno_EACCES', EISDIR: 'cli_errno_EISDIR' };

/** A file that could not be read or written: "cannot read <what>: ENOENT", the system's code told in the run's language. */
export function fileError(id: 'cli_err_cannotRead' | 'cli_err_cannotWrite', what: MessageParam, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError(msg(id, { what, reason: code === undefined ? String((error as Error).message ?? error) : ERRNO[code] ? msg(ERRNO[code]) : code }));
}

/** Options every subcommand takes (../shared/contracts/cli.md). */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  now: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  silent: { type: 'boolean', short: 's' },
  'fail-on': { type: 'string', list: true, values: ['invalid', 'out_of_scope', 'unknown', 'no_policy'] },
  lang: { type: 'string', values: ['en', 'de'] },
} as const satisfies Record<string, DeclaredOption>;
