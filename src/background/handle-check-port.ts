import type { Runtime } from '../platform/browser.ts';
import { flushTrace, trace } from '../platform/trace.ts';
import { toErrorInfo } from '../shared/error-info.ts';
import { CHECK_PORT_NAME, CheckStartSchema, type CheckPortMessage, type CheckStart } from '../shared/protocol.ts';
import type { CheckService } from './check-service.ts';
import type { SourceProgress } from '../core/index.ts';
import type { CachedCheckView } from '../shared/cached-check.ts';

export interface PortDeps {
  service: CheckService;
  isTrusted: (sender: Runtime.MessageSender) => boolean;
  /** The origin activeTab covers for this check: the tab's page when the popup was opened on it. */
  activeTabOrigin: (start: CheckStart) => Promise<string | null>;
  onResult?: (start: CheckStart, result: Awaited<ReturnType<CheckService['run']>>) => void;
  /** The links on the checked page, when the browser lets us read them. */
  pageLinks?: (start: CheckStart) => Promise<{ href: string; text: string }[] | undefined>;
}

/**
 * One check per port: the popup posts `start`, receives `progress` snapshots, then `done` or
 * `failed`. Closing the popup only stops the messages; the check still finishes and is cached.
 */
export function createCheckPortListener(deps: PortDeps) {
  return (port: Runtime.Port): void => {
    if (port.name !== CHECK_PORT_NAME) return;
    if (!port.sender || !deps.isTrusted(port.sender)) {
      port.disconnect();
      return;
    }
    let open = true;
    let started = false;
    const post = (message: CheckPortMessage) => {
      if (!open) return;
      try {
        port.postMessage(message);
      } catch {
        open = false;
      }
    };
    const onProgress = (sources: SourceProgress[]) => post({ type: 'progress', sources });
    const onPartial = (entry: CachedCheckView) => {
      post({ type: 'partial', entry });
      trace('port:partial-posted');
    };
    let url: string | null = null;
    port.onDisconnect.addListener(() => {
      open = false;
      if (url) deps.service.detach(url, onProgress, onPartial);
    });
    port.onMessage.addListener((raw: unknown) => {
      if (started) return;
      trace('port:start');
      const parsed = CheckStartSchema.safeParse(raw);
      if (!parsed.success) {
        post({ type: 'failed', error: { name: 'InvalidRequest', message: 'Invalid check request.' } });
        return;
      }
      started = true;
      const start = parsed.data;
      url = start.url;
      deps
        .activeTabOrigin(start)
        .then((activeTabOrigin) => {
          trace('port:origin');
          return deps.service.run(start.url, {
            refresh: start.refresh,
            activeTabOrigin,
            onProgress,
            onPartial,
            ...(deps.pageLinks ? { pageLinks: () => deps.pageLinks!(start) } : {}),
          });
        })
        .then(
          (entry) => {
            deps.onResult?.(start, entry);
            post({ type: 'done', entry });
            trace('port:done-posted');
            flushTrace();
          },
          (error: unknown) => {
            post({ type: 'failed', error: toErrorInfo(error) });
            flushTrace();
          },
        );
    });
  };
}
