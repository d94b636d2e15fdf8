import type { ParseArgsConfig } from 'node:util';

/** What a subcommand writes to; tests pass buffers. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => AsyncIterable<string | Uint8Array>;
  fetch: typeof fetch;
  now: () => Date;
  /** Resolves when stdout can take more (backpressure for long streams); absent: always ready. */
  drain?: () => Promise<void>;
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
  /** Its value must be an absolute http(s) URL. */
  url?: boolean;
};

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, DeclaredOption>;
  /** How many positional arguments it takes (default: any). */
  positionals?: { max: number };
  /** Groups of inputs (option names or `<url>`) of which at least one must be given. */
  oneOf?: ReadonlyArray<readonly string[]>;
  /** Returns the exit status: 0 ran, 1 input unavailable, 2 usage error. */
  run: (values: ParsedValues, positionals: string[], io: CliIo) => Promise<number>;
}

/** A usage error: the CLI prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input could not be obtained or read: one line on stderr, exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Options every subcommand takes (../shared/contracts/cli.md). */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  now: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
