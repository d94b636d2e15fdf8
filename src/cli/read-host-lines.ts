// The host lists of bulk commands: --hosts-file <path>, '-' for stdin, or stdin itself when it is piped.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { fileError, type CliIo } from './command.ts';
import { streamLineBatches } from '../core/index.ts';

export const MAX_HOST_LINE = 4096;

export interface HostLine {
  /** The line as given, trimmed (cut to 64 characters and '…' when it was too long). */
  text: string;
  number: number;
  /** The line was longer than MAX_HOST_LINE: not a host. */
  truncated: boolean;
}

/** Whether stdin is piped (not a terminal), so a host list may come from it, as httpx and nuclei read theirs. */
export function isStdinPiped(io: CliIo): boolean {
  return io.isTTY?.stdin === false;
}

/**
 * The non-empty, non-comment lines of a host list, streamed in chunks (never read whole), one batch per
 * chunk read: a bulk command awaits once per batch, not once per host.
 */
export async function* readHostLineBatches(path: string, io: CliIo): AsyncIterable<HostLine[]> {
  for await (const lines of streamLineBatches(openHosts(path, io), MAX_HOST_LINE)) {
    const batch: HostLine[] = [];
    for (const line of lines) {
      const text = line.text.trim();
      if (text.length === 0 || text.charCodeAt(0) === 35 /* # */) continue;
      // A line that is already what a host line holds is passed on as it is (a bulk run reads millions).
      if (text === line.text && !line.truncated) batch.push(line);
      else batch.push({ text: line.truncated ? `${text.slice(0, 64)}…` : text, number: line.number, truncated: line.truncated });
    }
    if (batch.length > 0) yield batch;
  }
}

/** The hosts stream: stdin for '-', else the file, read in chunks. */
async function* openHosts(path: string, io: CliIo): AsyncIterable<string | Uint8Array> {
  if (path === '-') {
    yield* io.stdin();
    return;
  }
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw fileError('cli_err_cannotRead', path, error);
  }
  yield* stream as AsyncIterable<Uint8Array>;
}
