// The network options of the live commands (--connect-to, --ca, --insecure) and the fetch they make.
import type { ParseArgsConfig } from 'node:util';
import type { CliIo, ParsedValues } from './command.ts';
import { createNodeFetch, parseConnectTo, readCaFile } from './node-fetch.ts';
import { optionStrings } from './parse-common.ts';
import type { FetchLike } from '../core/index.ts';

/** The options spec, spread into a command's `options`. */
export const NETWORK_OPTIONS = {
  'connect-to': { type: 'string', multiple: true },
  ca: { type: 'string' },
  insecure: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The options of the commands that run the pipeline on a live URL (check, scope, policy, draft). */
export const LIVE_OPTIONS = {
  ...NETWORK_OPTIONS,
  'no-diodb': { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** A fetch for one command run; `close()` releases its connections. */
export interface CliFetch {
  fetch: FetchLike;
  close: () => Promise<void>;
}

/**
 * The fetch the network options ask for: the io's own fetch when none is given, else undici over an agent
 * that reroutes (--connect-to), trusts an extra CA (--ca) or skips certificate checks (--insecure, with a
 * warning on stderr). A malformed --connect-to is a UsageError, an unreadable --ca an InputError.
 */
export function createFetchFromValues(values: ParsedValues, io: CliIo, command: string): CliFetch {
  const connectTo = optionStrings(values['connect-to']).map(parseConnectTo);
  const ca = typeof values.ca === 'string' ? readCaFile(values.ca) : undefined;
  const insecure = values.insecure === true;
  if (insecure) io.stderr(`scopecheck ${command}: warning: --insecure: TLS certificates are not checked\n`);
  if (connectTo.length === 0 && ca === undefined && !insecure) return { fetch: io.fetch as FetchLike, close: async () => {} };
  return createNodeFetch({ connectTo, ...(ca !== undefined ? { ca } : {}), insecure });
}
