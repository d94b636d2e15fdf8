import type { SourceProgress } from '../core/index.ts';

export interface RequestsOutGate {
  /** Resolves once the requests the verdict waits on are out (or after `maxWaitMs`). */
  opened: Promise<void>;
  /** Wraps a request's permission check: the gate does not open while one is being decided. */
  track<T>(permission: Promise<T>): Promise<T>;
  /** Every request asked (after its permission check). */
  noteAsked(url: string): void;
  onProgress(progress: SourceProgress): void;
  /** Opens it now (the check ended). */
  open(): void;
}

const FOLLOW_UP = /\/security\.txt\.(?:asc|sig)(?:[?#]|$)/i;

/** Sources whose settling means the first round is read and its follow-ups are asked. */
const SETTLING = new Set(['securitytxt', 'policy', 'policy_link', 'policy_parent']);

/**
 * When a check's CPU-heavy preparations may start. Compiling the platforms' index and warming up the policy
 * reader run on the thread that also reads responses and sends the next requests: started with the check, the
 * compile held security.txt's response for over a second before its Policy link could go out (measured with
 * bench/popup.bench.ts's trace, on a cold worker). The gate opens once the second round is out: security.txt's
 * Policy link was asked for (or, without one, its signature lookup), or a source settled; and no request is
 * still waiting for its permission check. Then the work fills the wait for the answers instead of delaying them.
 */
export function createRequestsOutGate(maxWaitMs: number): RequestsOutGate {
  let resolve: () => void = () => {};
  const opened = new Promise<void>((r) => { resolve = r; });
  let isOpen = false;
  let triggered = false;
  let pending = 0;
  const timer = setTimeout(() => open(), maxWaitMs);

  function open(): void {
    if (isOpen) return;
    isOpen = true;
    clearTimeout(timer);
    resolve();
  }
  function check(): void {
    // A macrotask later, so the request whose permission just settled has been handed to fetch.
    if (triggered && pending === 0 && !isOpen) setTimeout(() => pending === 0 && open(), 0);
  }
  function trigger(): void {
    triggered = true;
    check();
  }
  return {
    opened,
    track(permission) {
      pending++;
      return permission.finally(() => {
        pending--;
        check();
      });
    },
    noteAsked(url) {
      // security.txt's signature lookups go out once its Policy link is out (or when it has none).
      if (FOLLOW_UP.test(url)) trigger();
    },
    onProgress(progress) {
      if (SETTLING.has(progress.id) && progress.state !== 'pending') trigger();
      if (progress.id === 'policy_link') trigger();
    },
    open,
  };
}
