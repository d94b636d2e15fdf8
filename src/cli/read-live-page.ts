// The live commands' one reading of a URL: the core's pipeline stages over the CLI's fetch.
import { findSources, loadBundledDiodbIndex, msg, readSources, type CoreDeps, type ReadSources, type SourceProgress } from '../core/index.ts';
import { InputError, type CliIo, type ParsedValues } from './command.ts';
import { createFetchFromValues } from './network-options.ts';
import { parseTimeout, stringOption } from './parse-common.ts';
import { loadPlatformIndexOrNull } from './load-platform-index.ts';
import { parsePageUrl } from './parse-page-url.ts';
import { notify } from './output.ts';
import { sayOf } from './messages.ts';

export { parsePageUrl };

export interface LiveSession {
  deps: CoreDeps;
  timeoutMs: number;
  close: () => Promise<void>;
}

/** The fetch, clock and timeout of one live run (the network options); close() releases connections. */
export function openLiveSession(values: ParsedValues, io: CliIo, command: string): LiveSession {
  const timeoutMs = parseTimeout(values.timeout, 10_000);
  const net = createFetchFromValues(values, io, command);
  return { deps: { fetch: net.fetch, now: io.now, manualRedirects: true }, timeoutMs, close: net.close };
}

/**
 * findSources then readSources for `page`, exactly as the extension runs them, so that check, scope, policy
 * and draft give one reading of a URL. No answer from anywhere is an InputError, unless community data was
 * found (then a warning).
 */
export interface LiveReadOptions {
  /** Let the platforms' programmes take part (check and scope; off with --no-platforms). */
  platforms?: boolean;
}

export async function readLivePage(
  page: URL, values: ParsedValues, io: CliIo, command: string, session: LiveSession, onProgress?: (progress: SourceProgress) => void,
  options: LiveReadOptions = {},
): Promise<ReadSources> {
  const usePlatforms = options.platforms === true && values['no-platforms'] !== true;
  const platformData = stringOption(values, 'platform-data');
  const found = await findSources(page.href, session.deps, {
    timeoutMs: session.timeoutMs,
    now: io.now(),
    ...(onProgress ? { onProgress } : {}),
    diodb: values['no-diodb'] === true ? null : loadBundledDiodbIndex(),
    platforms: usePlatforms ? loadPlatformIndexOrNull(platformData, (m) => notify(io, `scopecheck ${command}: ${sayOf(io).message(m)}\n`), [page.hostname]) : null,
  });
  const read = readSources(found, io.now());
  if (!read.reached && !read.policy) throw new InputError(msg('cli_err_unreachable', { host: page.hostname }));
  if (!read.reached) notify(io, `scopecheck ${command}: ${sayOf(io).message(msg('cli_onlyCommunityData', { host: page.hostname }))}\n`);
  return read;
}

/** The live reading in its own session (commands that fetch nothing afterwards). */
export async function readLivePageOnce(
  url: string, values: ParsedValues, io: CliIo, command: string, onProgress?: (progress: SourceProgress) => void,
  options: LiveReadOptions = {},
): Promise<ReadSources> {
  const page = parsePageUrl(url);
  const session = openLiveSession(values, io, command);
  try {
    return await readLivePage(page, values, io, command, session, onProgress, options);
  } finally {
    await session.close();
  }
}

