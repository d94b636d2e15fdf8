import { browser } from './browser.ts';
import type { CachedCheckView } from '../shared/cached-check.ts';
import { RemoteError } from '../shared/error-info.ts';
import { CHECK_PORT_NAME } from '../shared/check-port-name.ts';
import type { SourceProgress } from '../core/index.ts';
import type {
  CheckPortMessage, CheckStart, Reply, RequestMessage, RequestOf, RequestType, Responses,
} from '../shared/protocol.ts';

/** Sends one typed request to the background and returns its value, or throws a RemoteError. */
export async function send<K extends RequestType>(type: K, payload: RequestOf<K>): Promise<Responses[K]> {
  const message: RequestMessage<K> = { scopecheck: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Responses[K]> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new RemoteError({ name: 'NoReply', message: `The background did not answer "${type}".` });
  }
  if (!reply.ok) throw new RemoteError(reply.error);
  return reply.value;
}

export interface RunningCheck {
  done: Promise<CachedCheckView>;
  /**
   * Who hears the progress and the early result from now on (replacing the previous listeners); the latest of
   * each that arrived before is replayed at once, so a check started before the popup mounted loses nothing.
   */
  listen(onProgress: (sources: SourceProgress[]) => void, onPartial?: (entry: CachedCheckView) => void): void;
  /** Stops listening; the background finishes (and caches) the check anyway. */
  detach(): void;
}

/**
 * Starts (or joins) a check in the background over a port, reporting each source's progress and, when the
 * verdict is known before the check ends, the early result.
 */
export function startCheck(
  start: Omit<CheckStart, 'type'>,
  onProgress: (sources: SourceProgress[]) => void = () => {},
  onPartial: (entry: CachedCheckView) => void = () => {},
): RunningCheck {
  const port = browser.runtime.connect({ name: CHECK_PORT_NAME });
  let settled = false;
  let progress: SourceProgress[] | null = null;
  let partial: CachedCheckView | null = null;
  let listeners = { onProgress, onPartial };
  const done = new Promise<CachedCheckView>((resolve, reject) => {
    port.onMessage.addListener((raw: unknown) => {
      const message = raw as CheckPortMessage;
      if (message.type === 'progress') listeners.onProgress(progress = message.sources);
      else if (message.type === 'partial') listeners.onPartial(partial = message.entry);
      else if (message.type === 'done') finish(() => resolve(message.entry));
      else if (message.type === 'failed') finish(() => reject(new RemoteError(message.error)));
    });
    port.onDisconnect.addListener(() => {
      finish(() => reject(new RemoteError({ name: 'Disconnected', message: 'The background stopped before the check finished.' })));
    });
    function finish(settle: () => void) {
      if (settled) return;
      settled = true;
      settle();
      port.disconnect();
    }
  });
  port.postMessage({ type: 'start', ...start } satisfies CheckStart);
  return {
    done,
    listen(onProgress, onPartial = () => {}) {
      listeners = { onProgress, onPartial };
      if (progress) onProgress(progress);
      if (partial) onPartial(partial);
    },
    detach() {
      listeners = { onProgress: () => {}, onPartial: () => {} };
      if (settled) return;
      settled = true;
      port.disconnect();
    },
  };
}
