// Timing marks for `npm run bench -- popup`: where a popup's time to verdict goes (the popup's start, the tab
// lookup, storage, the worker's start, each request, reading the policy, messaging). In memory only, bounded, and
// nothing leaves the browser: the popup's marks are read from its own document by the bench (same origin), the
// background's are posted at the end of each check on a BroadcastChannel, which only the extension's own pages can
// hear. Cost: one array push per mark.

export interface TraceEntry {
  name: string;
  /** ms since the epoch, high resolution (performance.timeOrigin + performance.now()), comparable across contexts. */
  at: number;
  detail?: string;
}

export const TRACE_CHANNEL = 'scopecheck-trace';
const MAX_ENTRIES = 400;

declare global {
  var __scopecheckTrace: TraceEntry[] | undefined;
}

function entries(): TraceEntry[] {
  return (globalThis.__scopecheckTrace ??= []);
}

/** The current time on the shared clock (ms since the epoch, high resolution). */
export function traceNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Records a mark (dropped once MAX_ENTRIES are waiting). */
export function trace(name: string, detail?: string): void {
  const list = entries();
  if (list.length < MAX_ENTRIES) list.push(detail === undefined ? { name, at: traceNow() } : { name, at: traceNow(), detail });
}

let channel: BroadcastChannel | null | undefined;

/** Posts the marks so far on TRACE_CHANNEL and forgets them (a no-op where BroadcastChannel is missing). */
export function flushTrace(): void {
  const list = entries().splice(0);
  if (list.length === 0) return;
  try {
    channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel(TRACE_CHANNEL) : null;
    channel?.postMessage(list);
  } catch {
    // Nobody can hear it: fine.
  }
}
