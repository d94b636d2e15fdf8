// Popup time to verdict in Chromium with the built extension, against a fixture server that adds 200 ms to every
// request (issue 8 §4): cold (empty extension storage, first check) and warm (cached result), median of a few
// runs, and how many sequential request rounds a cold check takes (it should be about two, not one per URL).
import type { Site, Route } from '../test/support/fixture-server.ts';
import { buildCorpusSites, CORPUS_CERT_NAMES, CORPUS_EXTRA_DOMAINS } from '../test/support/corpus-sites.ts';
import { findBrowser } from '../test/e2e/support/find-browser.ts';
import { measureTimeToVerdict } from '../test/e2e/support/measure-time-to-verdict.ts';
import { CONTROL_PAGE } from '../test/e2e/support/prepare-extension.ts';
import { startSession } from '../test/e2e/support/start-session.ts';
import { median, type BenchSection } from './types.ts';

const DELAY_MS = 200;
const RUNS = 3;
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

export default async function (): Promise<BenchSection> {
  const title = `Popup time to verdict (Chromium, +${DELAY_MS} ms per request)`;
  const executablePath = findBrowser('chromium');
  if (!executablePath) return { title, rows: [], figures: {}, notes: ['Chromium not found ($CHROMIUM_PATH, /usr/bin/chromium): nothing measured. Install it with `npm run setup`.'] };
  const session = await startSession('chromium', executablePath, {
    sites: withDelay(buildCorpusSites(new Date())), grantHosts: true, extraCertNames: CORPUS_CERT_NAMES, extraDomains: CORPUS_EXTRA_DOMAINS,
  });
  try {
    const { tabId } = await session.browser.openTab(PAGE);
    const control = await session.browser.openExtensionPage(CONTROL_PAGE);
    const popup = `src/popup/index.html?tab=${tabId}`;
    const rows: BenchSection['rows'] = [];
    for (let run = 1; run <= RUNS; run++) {
      await control.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: Record<string, { clear?: () => Promise<void> } | undefined> } }).chrome.storage;
        await Promise.all(['local', 'session'].map((area) => api[area]?.clear?.()));
      });
      const from = session.fixture.requests.length;
      const cold = await measureTimeToVerdict(control, popup, 20_000);
      const made = session.fixture.requests.slice(from).filter((r) => r.path !== '/' && r.path !== '/favicon.ico');
      const warm = await measureTimeToVerdict(control, popup, 20_000);
      rows.push({ run, cold_ms: Math.round(cold.ms), warm_ms: Math.round(warm.ms), verdict: cold.verdict, requests: made.length, rounds: countRounds(made.map((r) => r.at)) });
      await sleep(500); // let the background finish (signatures, keys) before the next cold run
    }
    const num = (k: string) => rows.map((r) => Number(r[k]));
    return {
      title,
      rows,
      figures: {
        cold_median_ms: median(num('cold_ms')), warm_median_ms: median(num('warm_ms')),
        cold_rounds_median: median(num('rounds')), requests_per_cold_check: median(num('requests')),
      },
      notes: [
        `page ${PAGE} (corpus Bigbank site); time from the popup document's navigation start to its first final data-verdict, polled from an extension page`,
        'cold = extension storage cleared before the run; warm = the popup opened again right after, the result cached',
        `rounds = request arrival times grouped in ${DELAY_MS * 0.75} ms windows (every request waits ${DELAY_MS} ms): a cold check should need about two`,
      ],
    };
  } finally {
    await session.close();
  }
}
