// The network options of the live commands (--connect-to, --ca, --insecure, --proxy) and the fetch they make.
import { UsageError, type CliIo, type DeclaredOption, type ParsedValues } from './command.ts';
import { createNodeFetch, parseConnectTo, readCaFile, type EnvProxy } from './node-fetch.ts';
import { SCHEME } from './to-web-url.ts';
import { optionStrings } from './parse-common.ts';
import { sayOf } from './messages.ts';
import { msg, type FetchLike } from '../core/index.ts';

/** The options spec, spread into a command's `options`. */
export const NETWORK_OPTIONS = {
  'connect-to': { type: 'string', multiple: true, help: 'cli_opt_connectTo' },
  ca: { type: 'string', help: 'cli_opt_ca' },
  insecure: { type: 'boolean', help: 'cli_opt_insecure' },
  // The proxy reaches the hosts itself: --connect-to's rerouting cannot apply behind it.
  proxy: { type: 'string', conflicts: ['connect-to'], help: 'cli_opt_proxy' },
} as const satisfies Record<string, DeclaredOption>;

/** The options of the commands that run the pipeline on a live URL (check, scope, policy, draft). */
export const LIVE_OPTIONS = {
  ...NETWORK_OPTIONS,
  'no-diodb': { type: 'boolean', help: 'cli_opt_noDiodb' },
} as const satisfies Record<string, DeclaredOption>;

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
  if (insecure) io.stderr(`scopecheck ${command}: ${sayOf(io).message(msg('cli_warn_insecure'))}\n`);
  const proxy = typeof values.proxy === 'string' ? parseProxyUrl(values.proxy) : undefined;
  // The environment's proxies, as curl and the ProjectDiscovery tools honour them; explicit routing wins.
  const envProxy = proxy === undefined && connectTo.length === 0 ? readEnvProxy(io.env ?? {}) : undefined;
  if (connectTo.length === 0 && ca === undefined && !insecure && proxy === undefined && envProxy === undefined) {
    return { fetch: io.fetch as FetchLike, close: async () => {} };
  }
  return createNodeFetch({ connectTo, ...(ca !== undefined ? { ca } : {}), insecure, ...(proxy ? { proxy } : {}), ...(envProxy ? { envProxy } : {}) });
}

/** `--proxy`: an http(s) proxy URL; `127.0.0.1:8080` means http://127.0.0.1:8080 (as curl reads it). */
export function parseProxyUrl(value: string): string {
  const text = SCHEME.test(value) ? value : `http://${value}`;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    throw new UsageError(msg('cli_err_proxy', { value }));
  }
  return url.href;
}

/** HTTP_PROXY, HTTPS_PROXY and NO_PROXY (either case); undefined when neither proxy is set. A malformed proxy is a UsageError. */
export function readEnvProxy(env: Readonly<Record<string, string | undefined>>): EnvProxy | undefined {
  const read = (name: string) => {
    const value = env[name.toLowerCase()] || env[name] || '';
    if (value === '' || name === 'NO_PROXY') return value;
    try {
      return parseProxyUrl(value);
    } catch {
      throw new UsageError(msg('cli_err_envProxy', { name, value }));
    }
  };
  const envProxy = { httpProxy: read('HTTP_PROXY'), httpsProxy: read('HTTPS_PROXY'), noProxy: read('NO_PROXY') };
  return envProxy.httpProxy || envProxy.httpsProxy ? envProxy : undefined;
}

/** Options several commands share. */
export const USER_SCOPE_OPTION = { type: 'string', help: 'cli_opt_userScope' } as const satisfies DeclaredOption;
export const PLATFORM_DATA_OPTION = { type: 'string', help: 'cli_opt_platformData' } as const satisfies DeclaredOption;

/** Options with a `--help` heading (a message id) before the first. */
export function withHeading(options: Record<string, DeclaredOption>, heading: string): Record<string, DeclaredOption> {
  return Object.fromEntries(Object.entries(options).map(([name, spec], i) => [name, i === 0 ? { ...spec, heading } : spec]));
}
