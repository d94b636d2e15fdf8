// Time from a popup's navigation start to its first final `data-verdict`, measured from outside the popup: an
// extension page loads the popup in an iframe and polls the frame's DOM (same origin) every few milliseconds.
import type { HarnessPage } from './extension-browser.ts';
import type { TraceEntry } from '../../../src/platform/trace.ts';

export interface VerdictTiming {
  /** ms from the popup document's navigation start (its performance.timeOrigin) to the first final verdict seen. */
  ms: number;
  verdict: string;
  /** The popup's own `scopecheck:verdict` performance mark (ms after navigation start), as a cross-check. */
  markMs: number | null;
  /** The popup document's navigation start, ms since the epoch. */
  origin: number;
  /** Its navigation timing and its own marks (src/platform/trace.ts), on the same clock as `origin`. */
  trace: TraceEntry[];
}

/** `host` is an extension page (same origin as the popup); `path` the popup path with its `?tab=`. */
export async function measureTimeToVerdict(host: HarnessPage, path: string, timeoutMs = 10_000): Promise<VerdictTiming> {
  // tsx (esbuild keepNames) wraps named inner functions in `__name(…)`; give the page a no-op one.
  await host.evaluateScript('globalThis.__name = globalThis.__name || ((f) => f);');
  return host.evaluate(({ path, timeoutMs }) => new Promise<VerdictTiming>((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:420px;height:600px;border:0';
    const url = new URL(`/${path}`, location.href).href;
    const started = performance.now();
    const poll = () => {
      const win = frame.contentWindow as (Window & { __scopecheckTrace?: TraceEntry[] }) | null;
      const doc = frame.contentDocument;
      const verdict = doc && win && win.location.href === url ? doc.querySelector('[data-verdict]')?.getAttribute('data-verdict') : null;
      if (verdict && verdict !== 'loading' && win) {
        const origin = win.performance.timeOrigin;
        const ms = performance.timeOrigin + performance.now() - origin;
        const mark = win.performance.getEntriesByName('scopecheck:verdict')[0];
        const nav = win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const navMarks: TraceEntry[] = nav ? (['responseEnd', 'domInteractive', 'domContentLoadedEventEnd'] as const)
          .filter((k) => nav[k] > 0).map((k) => ({ name: `nav:${k}`, at: origin + nav[k] })) : [];
        const trace = [...navMarks, ...(win.__scopecheckTrace ?? [])];
        frame.remove();
        resolve({ ms, verdict, markMs: mark ? mark.startTime : null, origin, trace });
        return;
      }
      if (performance.now() - started > timeoutMs) {
        frame.remove();
        reject(new Error(`no final verdict in the framed popup within ${timeoutMs} ms`));
        return;
      }
      setTimeout(poll, 1);
    };
    frame.src = url;
    document.body.append(frame);
    poll();
  }), { path, timeoutMs });
}
