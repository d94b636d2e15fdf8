// What a test sees of a browser with the extension loaded, the same for Chromium and Firefox.
import type { CspViolationRecord } from '../../../src/platform/record-csp-violations.ts';

export interface HarnessPage {
  url: () => string;
  /** Runs `fn` in the page (it is serialised: no closures over test variables, pass `arg`). */
  evaluate: <R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>;
  /**
   * Runs a classic script's source in the page through the driver (CDP/BiDi), which the page's CSP does not
   * govern: for test tooling such as axe-core, never for the product's code.
   */
  evaluateScript: (source: string) => Promise<void>;
  screenshot: (path: string) => Promise<void>;
  /** Console errors/warnings and uncaught page errors seen so far (Chromium only: BiDi shows none for extension pages). */
  messages: string[];
  close: () => Promise<void>;
}

export interface OpenedTab {
  page: HarnessPage;
  /** The tab id the extension's `tabs` API uses for this page. */
  tabId: number;
  /** HTTP status of the main document, or null when the driver did not report one. */
  status: number | null;
}

export interface ExtensionBrowser {
  kind: 'chromium' | 'firefox';
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  extensionOrigin: string;
  /** Opens a web page in a new tab and waits for its load. */
  openTab: (url: string) => Promise<OpenedTab>;
  /** Opens an extension page (`src/popup/index.html?tab=3`) in a new tab, sized like a toolbar popup by default. */
  openExtensionPage: (path: string, viewport?: { width: number; height: number }) => Promise<HarnessPage>;
  close: () => Promise<void>;
  /** Stops the extension's service worker (Chromium, over CDP), so the next message starts it cold. */
  stopBackground?: () => Promise<void>;
}

export const POPUP_VIEWPORT = { width: 420, height: 600 };
export const PAGE_VIEWPORT = { width: 1000, height: 700 };

/** Everything the harness knows about CSP violations in one extension page. */
export interface CspReport {
  /** From src/platform/record-csp-violations.ts; null when the page never loaded the recorder. */
  recorded: CspViolationRecord[] | null;
  /** From the driver's document-start script (Chromium), catches parse-time violations; null where unsupported. */
  early: string[] | null;
  /** Console lines that mention a content security policy. */
  console: string[];
}

/** Installed by the Chromium harness before any page script; the name is shared with readCspReport. */
export const EARLY_CSP_SCRIPT = `(() => {
  const list = (globalThis.__e2eCspEarly = globalThis.__e2eCspEarly || []);
  document.addEventListener('securitypolicyviolation', (e) => {
    list.push((e.effectiveDirective || e.violatedDirective) + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
  }, true);
})();`;

const CSP_TEXT = /content[- ]security[- ]policy|\bCSP\b/i;

export async function readCspReport(page: HarnessPage): Promise<CspReport> {
  const inPage = await page.evaluate(() => {
    const g = globalThis as unknown as { __scopecheckCsp?: CspViolationRecord[]; __e2eCspEarly?: string[] };
    return { recorded: g.__scopecheckCsp ?? null, early: g.__e2eCspEarly ?? null };
  });
  return { ...inPage, console: page.messages.filter((m) => CSP_TEXT.test(m)) };
}

/** Polls `probe` until it returns a value other than undefined/false/null; errors count as "not yet". */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 10_000, intervalMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? ` (last error: ${lastError instanceof Error ? lastError.message : String(lastError)})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

type TabsApi = { tabs: { query: (q: object) => Promise<Array<{ id?: number }>> } };

/** Tab ids as the extension sees them (evaluated in an extension page). */
export function listTabIds(page: HarnessPage): Promise<number[]> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API in this page');
    const tabs = await api.tabs.query({});
    return tabs.map((t) => t.id).filter((id): id is number => typeof id === 'number');
  });
}

/**
 * Opens a page through the driver and finds its extension tab id: the one id that appears in `tabs.query`
 * (run in the control page) across the navigation. Needs no permission: ids are visible without host access.
 */
export async function openTabWithId(
  control: HarnessPage,
  open: () => Promise<{ page: HarnessPage; status: number | null }>,
): Promise<OpenedTab> {
  const before = new Set(await listTabIds(control));
  const opened = await open();
  const fresh = (await listTabIds(control)).filter((id) => !before.has(id));
  if (fresh.length !== 1 || fresh[0] === undefined) {
    throw new Error(`expected exactly one new tab, found ${JSON.stringify(fresh)}`);
  }
  return { ...opened, tabId: fresh[0] };
}
