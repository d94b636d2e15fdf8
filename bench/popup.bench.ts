// Popup time to verdict in Chromium and Firefox with the built extension, against a fixture server that adds 200 ms
// (one RTT here) to every request: cold (empty extension storage, first check; goal ≤ 2 RTT + 100 ms), the cached
// verdict over 20 opens (goal p95 ≤ 100 ms), each as a ratio to the RTT, and how many sequential request rounds a
// cold check takes (it should be about two, not one per URL).
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Site, Route } from '../test/support/fixture-server.ts';
import { buildCorpusSites, CORPUS_CERT_NAMES, CORPUS_EXTRA_DOMAINS } from '../test/support/corpus-sites.ts';
import { findBrowser, type BrowserKind } from '../test/e2e/support/find-browser.ts';
import { CONTROL_PAGE } from '../test/e2e/support/prepare-extension.ts';
import { startSession, type Session } from '../test/e2e/support/start-session.ts';
import type { HarnessPage } from '../test/e2e/support/extension-browser.ts';
import { measureTimeToVerdict } from '../test/e2e/support/measure-time-to-verdict.ts';
import { median, type BenchSection } from './types.ts';
import type { TraceEntry } from '../src/platform/trace.ts';

const DELAY_MS = 200;
const RUNS = 5;
const WARM_OPENS = 20;
const COLD_GOAL_MS = 2 * DELAY_MS + 100;
const WARM_GOAL_MS = 100;
const PAGE = 'https://bigbank.test/';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function delayed(route: Route): Route {
  if (typeof route !== 'function') return { ...route, delayMs: (route.delayMs ?? 0) + DELAY_MS };
  return async (req, res, info) => {
    await sleep(DELAY_MS);
    await route(req, res, info);
  };
}

/** Every route of every site answers DELAY_MS later (missing paths too: the `*` fallback is delayed as well). */
function withDelay(sites: Record<string, Site>): Record<string, Site> {
  return Object.fromEntries(Object.entries(sites).map(([host, site]) => [host, Object.fromEntries(
    Object.entries({ '*': { status: 404, body: 'not found\n' }, ...site }).map(([path, route]) => [path, delayed(route)]),
  )]));
}

/** Request arrival times grouped into rounds: a request more than DELAY_MS * 0.75 after a round's first opens a new one. */
function countRounds(times: number[]): number {
  let rounds = 0;
  let start = -Infinity;
  for (const t of [...times].sort((a, b) => a - b)) {
    if (t - start > DELAY_MS * 0.75) {
      rounds++;
      start = t;
    }
  }
  return rounds;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

/**
 * The background's start: its service worker stopped (Chromium, over CDP), the time until the first message from an
 * extension page gets a reply, against a reply from the running worker. Firefox's background page cannot be stopped
 * from the harness: null there.
 */
async function measureWorkerStart(session: Session, control: HarnessPage): Promise<{ cold: number[]; warm: number[] } | null> {
  const stop = session.browser.stopBackground;
  if (!stop) return null;
  const ping = () => control.evaluate(async () => {
    const start = performance.now();
    await (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage({ scopecheck: 1, type: 'ping' });
    return performance.now() - start;
  });
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    await stop();
    await sleep(300);
    cold.push(await ping());
    warm.push(await ping());
  }
  return { cold, warm };
}

/**
 * The script and style files a popup open loads. Resource Timing lists no extension-scheme files in either
 * browser, so they are read from the framed popup's document a second after its final verdict (the panels
 * mount a frame after the banner): the module script and its modulepreload links, plus the preload links Vite's
 * loader inserts for every dynamic import() (the imported chunk and its dependencies). With `clickDraft`, the
 * Draft button is pressed first: a control that the lazy draft chunk does show up when something imports it.
 */
async function listLoadedFiles(host: HarnessPage, path: string, clickDraft = false): Promise<string[]> {
  return host.evaluate(({ path, clickDraft }) => new Promise<string[]>((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:420px;height:600px;border:0';
    frame.src = new URL(`/${path}`, location.href).href;
    const started = performance.now();
    const poll = () => {
      const doc = frame.contentDocument;
      const verdict = doc?.querySelector('[data-verdict]')?.getAttribute('data-verdict');
      const button = doc?.querySelector<HTMLElement>('[data-action="draft"]');
      if (verdict && verdict !== 'loading' && (!clickDraft || button)) {
        button?.click();
        setTimeout(() => {
          const urls = [...(frame.contentDocument?.querySelectorAll('script[src], link[href]') ?? [])]
            .map((e) => new URL(e.getAttribute('src') ?? e.getAttribute('href') ?? '', frame.src).pathname);
          frame.remove();
          resolve([...new Set(urls.filter((n) => /\.(js|css)$/.test(n)).map((n) => n.replace(/^\/assets\//, '')))].sort());
        }, 1000);
        return;
      }
      if (performance.now() - started > 20_000) {
        frame.remove();
        reject(new Error('no final verdict in the framed popup'));
        return;
      }
      setTimeout(poll, 5);
    };
    document.body.append(frame);
    poll();
  }), { path, clickDraft });
}

interface TracedOpen {
  /** ms from the popup document's navigation start to its first final data-verdict (polled every ms). */
  ms: number;
  verdict: string;
  /** The popup document's navigation start, ms since the epoch (the trace's zero). */
  origin: number;
  /** The popup's marks (src/platform/trace.ts) and navigation timing, then the background's (cold runs only). */
  popup: TraceEntry[];
  background: TraceEntry[];
}

/** Listens, in the control page, for the background's marks (posted on a BroadcastChannel after each check). */
async function listenForBackgroundTrace(control: HarnessPage): Promise<void> {
  await control.evaluate(() => {
    const g = globalThis as unknown as { __bgTrace?: TraceEntry[]; __bgChannel?: BroadcastChannel };
    g.__bgTrace = [];
    g.__bgChannel = new BroadcastChannel('scopecheck-trace');
    g.__bgChannel.onmessage = (event: MessageEvent<TraceEntry[]>) => g.__bgTrace!.push(...event.data);
  });
}

/** Opens the popup (measureTimeToVerdict) and, with `waitForCheck`, waits for the background's trace of its check. */
async function openTraced(host: HarnessPage, path: string, waitForCheck: boolean, timeoutMs = 20_000): Promise<TracedOpen> {
  await host.evaluate(() => {
    (globalThis as unknown as { __bgTrace: TraceEntry[] }).__bgTrace = [];
  });
  const opened = await measureTimeToVerdict(host, path, timeoutMs);
  let background: TraceEntry[] = [];
  if (waitForCheck) {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      background = await host.evaluate(() => [...((globalThis as unknown as { __bgTrace: TraceEntry[] }).__bgTrace ?? [])]);
      if (background.some((e) => e.name === 'port:done-posted')) break;
      await sleep(100);
    }
  }
  return { ms: opened.ms, verdict: opened.verdict, origin: opened.origin, popup: opened.trace, background };
}

/** Every mark of a traced open, in time order, as ms after the popup's navigation start (for the notes). */
function listMarks(open: TracedOpen): string {
  return [...open.popup, ...open.background].sort((a, b) => a.at - b.at)
    .map((e) => `${Math.round(e.at - open.origin)} ${e.name}${e.detail ? ` ${e.detail.replace(/^https?:\/\/[^/]+/, '')}` : ''}`).join('; ');
}

/**
 * Where a cold open's time went, in ms, as consecutive segments from the popup's navigation start to its verdict:
 * the popup's own start until it asks the background, the message reaching the background (and the worker's
 * wake-up), the background's work before round 1, round 1 (security.txt), what happens before the Policy link is
 * requested, round 2, reading the policy until the early result, the message back, and the popup painting it.
 */
export function breakDown(open: TracedOpen): Record<string, number> | null {
  const all = [...open.popup, ...open.background];
  const at = (name: string, detail?: (d: string) => boolean) => all.find((e) => e.name === name && (!detail || detail(e.detail ?? '')))?.at;
  const txtSent = at('fetch:sent', (d) => d.endsWith('/.well-known/security.txt'));
  const txtBack = at('fetch:headers', (d) => d.endsWith('/.well-known/security.txt'));
  if (txtSent === undefined || txtBack === undefined) return null;
  const linkSent = open.background.find((e) => e.name === 'fetch:sent' && e.at > txtBack && !/\.(asc|sig)$/.test(e.detail ?? ''));
  const linkBack = linkSent && at('fetch:headers', (d) => d.endsWith(` ${linkSent.detail}`));
  const points: Array<[string, number | undefined]> = [
    ['popup_module', at('scopecheck:main')],
    ['popup_tab_and_storage', at('scopecheck:ask')],
    ['message_to_background', at('port:start')],
    ['background_before_round1', Math.min(txtSent, at('fetch:sent') ?? txtSent)],
    ['round1_securitytxt', txtBack],
    ['before_policy_link', linkSent?.at],
    ['round2_policy', linkBack],
    ['read_policy_and_judge', at('check:partial')],
    ['message_to_popup', at('scopecheck:partial')],
    ['paint', open.origin + open.ms],
  ];
  return toSegments(open.origin, points);
}

/** A cached open's time, as consecutive segments: the page's response, its module running, the tab lookup, the storage read, the paint. */
function breakDownCached(open: TracedOpen): Record<string, number> {
  const at = (name: string) => open.popup.find((e) => e.name === name)?.at;
  const points: Array<[string, number | undefined]> = [
    ['page_response', at('nav:responseEnd')],
    ['until_module_runs', at('scopecheck:main')],
    ['tab_lookup', at('scopecheck:target')],
    ['storage_read', at('scopecheck:cached')],
    ['paint', open.origin + open.ms],
  ];
  return toSegments(open.origin, points);
}

/** Consecutive segments ending at each point reached, in time order. */
function toSegments(origin: number, points: Array<[string, number | undefined]>): Record<string, number> {
  const out: Record<string, number> = {};
  let last = origin;
  for (const [name, t] of points.filter((p): p is [string, number] => p[1] !== undefined).sort((a, b) => a[1] - b[1])) {
    out[name] = Math.round(t - last);
    last = t;
  }
  return out;
}

function describeParts(parts: BenchSection['rows'][number]): string {
  return Object.entries(parts).filter(([k]) => k !== 'browser' && k !== 'run').map(([k, v]) => `${k} ${String(v)}`).join(', ');
}

/** Each segment's median and range over several opens ("name median (min–max)"). */
function summariseParts(list: BenchSection['rows']): string {
  const names = [...new Set(list.flatMap((p) => Object.keys(p)))].filter((k) => k !== 'browser' && k !== 'run');
  return names.map((n) => {
    const v = list.map((p) => p[n]).filter((x): x is number => typeof x === 'number');
    return v.length === 0 ? '' : `${n} ${Math.round(median(v))} (${Math.min(...v)}–${Math.max(...v)})`;
  }).filter(Boolean).join(', ');
}

/** Whether a built chunk's licence banner names `pkg`. */
function bundles(kind: BrowserKind, file: string, pkg: string): boolean {
  const path = new URL(`../dist/${kind === 'chromium' ? 'chrome' : 'firefox'}/assets/${file}`, import.meta.url);
  return existsSync(path) && readFileSync(path, 'utf8').slice(0, 2000).includes(` ${pkg} `);
}

/** A cold check's requests in arrival order, relative to the first, with the round each falls in. */
function traceRequests(made: { host: string; path: string; at: number; status: number | null }[]): string {
  const first = Math.min(...made.map((r) => r.at));
  return [...made].sort((a, b) => a.at - b.at).map((r) => `+${Math.round(r.at - first)} ${r.host}${r.path} ${r.status ?? ''}`).join('; ');
}

async function measureBrowser(kind: BrowserKind, executablePath: string): Promise<{ rows: BenchSection['rows']; figures: BenchSection['figures']; traces: string[] }> {
  const session = await startSession(kind, executablePath, {
    sites: withDelay(buildCorpusSites(new Date())), grantHosts: true, extraCertNames: CORPUS_CERT_NAMES, extraDomains: CORPUS_EXTRA_DOMAINS,
  });
  try {
    const { tabId } = await session.browser.openTab(PAGE);
    const control = await session.browser.openExtensionPage(CONTROL_PAGE);
    await listenForBackgroundTrace(control);
    const popup = `src/popup/index.html?tab=${tabId}`;
    const rows: BenchSection['rows'] = [];
    const traces: string[] = [];
    const warmAll: number[] = [];
    const breakdowns: BenchSection['rows'] = [];
    const warmMarks: TracedOpen[] = [];
    for (let run = 1; run <= RUNS; run++) {
      await control.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: Record<string, { clear?: () => Promise<void> } | undefined> } }).chrome.storage;
        await Promise.all(['local', 'session'].map((area) => api[area]?.clear?.()));
      });
      const from = session.fixture.requests.length;
      const cold = await openTraced(control, popup, true);
      const made = session.fixture.requests.slice(from).filter((r) => r.path !== '/' && r.path !== '/favicon.ico');
      if (run === 1) traces.push(`${kind} cold run 1 requests: ${traceRequests(made)}`);
      traces.push(`${kind} cold run ${run} marks (ms after the popup's navigation start): ${listMarks(cold)}`);
      const parts = breakDown(cold);
      if (parts) breakdowns.push({ browser: kind, run, ...parts });
      const warm: number[] = [];
      for (let i = 0; i < (run === 1 ? WARM_OPENS : 3); i++) {
        const open = await openTraced(control, popup, false);
        warm.push(open.ms);
        warmMarks.push(open);
      }
      warmAll.push(...warm);
      rows.push({ browser: kind, run, cold_ms: Math.round(cold.ms), 'cold / RTT': Number((cold.ms / DELAY_MS).toFixed(2)), warm_median_ms: Math.round(median(warm)), verdict: cold.verdict, requests: made.length, rounds: countRounds(made.map((r) => r.at)) });
      await sleep(500); // let the background finish (signatures, keys) before the next cold run
    }
    const num = (k: string) => rows.map((r) => Number(r[k]));
    const cold = num('cold_ms');
    const loaded = await listLoadedFiles(control, popup);
    const withDraft = await listLoadedFiles(control, popup, true);
    const workerStart = await measureWorkerStart(session, control);
    const warmP95 = percentile(warmAll, 95);
    const key = kind === 'chromium' ? 'chromium' : 'firefox';
    for (const b of breakdowns) traces.push(`${kind} cold run ${String(b.run)} breakdown (ms): ${describeParts(b)}`);
    return {
      rows,
      traces,
      figures: {
        [`${key}_cold_breakdown_ms`]: summariseParts(breakdowns.filter((b) => b.run !== 1)),
        [`${key}_cold_run1_breakdown_ms`]: summariseParts(breakdowns.filter((b) => b.run === 1)),
        [`${key}_cached_breakdown_ms`]: summariseParts(warmMarks.map(breakDownCached)),
        [`${key}_popup_open_loads`]: loaded.join(' '),
        // The licence banner names the packages bundled in each chunk (scripts/vite-plugin-licence-banners.ts).
        [`${key}_popup_open_loads_tldts`]: loaded.some((n) => bundles(kind, n, 'tldts')),
        [`${key}_popup_open_loads_openpgp`]: loaded.some((n) => bundles(kind, n, 'openpgp')),
        [`${key}_popup_draft_click_adds`]: withDraft.filter((n) => !loaded.includes(n)).join(' '),
        [`${key}_popup_draft_click_loads_tldts`]: withDraft.some((n) => bundles(kind, n, 'tldts')),
        [`${key}_cold_median_ms`]: median(cold),
        [`${key}_cold_to_rtt`]: Number((median(cold) / DELAY_MS).toFixed(2)),
        [`${key}_cold_to_rtt_spread`]: `${(Math.min(...cold) / DELAY_MS).toFixed(2)}–${(Math.max(...cold) / DELAY_MS).toFixed(2)}`,
        [`${key}_cached_p95_ms`]: Math.round(warmP95),
        [`${key}_cached_p95_to_rtt`]: Number((warmP95 / DELAY_MS).toFixed(2)),
        [`${key}_cached_median_ms`]: Math.round(median(warmAll)),
        [`${key}_cold_rounds_median`]: median(num('rounds')),
        [`${key}_requests_per_cold_check`]: median(num('requests')),
        ...(workerStart ? {
          [`${key}_worker_cold_first_reply_ms`]: Math.round(median(workerStart.cold)),
          [`${key}_worker_cold_first_reply_spread_ms`]: `${Math.round(Math.min(...workerStart.cold))}–${Math.round(Math.max(...workerStart.cold))}`,
          [`${key}_worker_warm_reply_ms`]: Number(median(workerStart.warm).toFixed(1)),
        } : {}),
      },
    };
  } finally {
    await session.close();
  }
}

export default async function (): Promise<BenchSection> {
  const title = `Popup time to verdict (Chromium and Firefox, +${DELAY_MS} ms = 1 RTT per request)`;
  const rows: BenchSection['rows'] = [];
  const figures: BenchSection['figures'] = { rtt_ms: DELAY_MS, cold_goal_to_rtt: COLD_GOAL_MS / DELAY_MS, cached_p95_goal_to_rtt: WARM_GOAL_MS / DELAY_MS };
  const notes: string[] = [];
  // 2 cores shared by up to 8 people: the load says what the figures were measured under.
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  figures.load_average_at_start = load();
  for (const kind of ['chromium', 'firefox'] as const) {
    const executablePath = findBrowser(kind);
    if (!executablePath) {
      notes.push(`${kind} not found: nothing measured for it. Install it with \`npm run setup\`.`);
      continue;
    }
    const measured = await measureBrowser(kind, executablePath);
    rows.push(...measured.rows);
    Object.assign(figures, measured.figures);
    notes.push(...measured.traces);
  }
  figures.load_average_at_end = load();
  return {
    title,
    rows,
    figures,
    notes: [
      ...notes,
      `page ${PAGE} (corpus Bigbank site); time from the popup document's navigation start to its first final data-verdict, polled from an extension page`,
      `cold = extension storage cleared before the run (goal ${COLD_GOAL_MS} ms = ${COLD_GOAL_MS / DELAY_MS} RTT); cached = the popup opened again with the result stored: ${WARM_OPENS} opens after the first cold run, 3 after the others (goal p95 ≤ ${WARM_GOAL_MS} ms = ${WARM_GOAL_MS / DELAY_MS} RTT)`,
      'worker start (Chromium) = the service worker stopped over CDP, then the time until an extension page\'s first message is answered (5 times); warm = the next message',
      `rounds = request arrival times grouped in ${DELAY_MS * 0.75} ms windows (every request waits ${DELAY_MS} ms): a cold check should need about two`,
    ],
  };
}
