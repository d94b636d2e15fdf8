// Debian Chromium through playwright-core, with the unpacked extension loaded (toolchain notes §5 and Appendix §2).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Certs } from '../../support/make-certs.ts';
import type { FixtureServer } from '../../support/fixture-server.ts';
import {
  EARLY_CSP_SCRIPT, PAGE_VIEWPORT, POPUP_VIEWPORT, openTabWithId,
  type ExtensionBrowser, type HarnessPage,
} from './extension-browser.ts';
import { CONTROL_PAGE } from './prepare-extension.ts';

export interface LaunchOptions {
  executablePath: string;
  extensionDir: string;
  fixture: FixtureServer;
  certs: Certs;
  /** Domains served by the fixture, with all their subdomains (default `['test']`, i.e. `*.test`). */
  mappedDomains?: readonly string[];
}

/**
 * Every name under `domains` goes to the fixture server (default ports 80/443 to its http/https ports, explicit
 * ports kept); every other name fails to resolve, so nothing leaves the machine. Port rules must come first.
 */
export function hostResolverRules(httpPort: number, httpsPort: number, domains: readonly string[] = ['test']): string {
  // `*.test` matches every name under the TLD; a registrable domain also needs its bare name.
  const patterns = domains.flatMap((d) => (d.includes('.') ? [d, `*.${d}`] : [`*.${d}`]));
  return [
    ...patterns.map((p) => `MAP ${p}:443 127.0.0.1:${httpsPort}`),
    ...patterns.map((p) => `MAP ${p}:80 127.0.0.1:${httpPort}`),
    ...patterns.map((p) => `MAP ${p} 127.0.0.1`),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
}

function wrapPage(page: Page): HarnessPage {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return {
    url: () => page.url(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (a: unknown) => unknown, arg) as Promise<R>,
    evaluateScript: async (source) => void (await page.evaluate(`${source}\n;undefined`)),
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    messages,
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const { fixture, certs, extensionDir } = options;
  if (fixture.httpsPort === null) throw new Error('launchChromium: the fixture server needs https (pass certs)');
  const userDataDir = mkdtempSync(join(tmpdir(), 'scopecheck-chromium-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: options.executablePath,
      headless: true, // Chromium >= 132: the new headless, which runs extensions
      viewport: PAGE_VIEWPORT,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${hostResolverRules(fixture.httpPort, fixture.httpsPort, options.mappedDomains)}`,
        // Trust exactly the fixture leaf; Playwright's ignoreHTTPSErrors would not reach the service worker.
        `--ignore-certificate-errors-spki-list=${certs.spki}`,
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-first-run',
        '--no-default-browser-check', '--disable-features=Translate,OptimizationHints,MediaRouter',
      ],
    });
    // Document-start script in every page, extension pages included: sees parse-time CSP violations too.
    await context.addInitScript(EARLY_CSP_SCRIPT);
    const ctx = context;
    const worker = ctx.serviceWorkers()[0]
      ?? await ctx.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {
        throw new Error('the extension service worker never started: is dist/chrome a valid build?');
      });
    const workerUrl = new URL(worker.url()); // URL.origin is "null" for chrome-extension:
    const extensionOrigin = `${workerUrl.protocol}//${workerUrl.host}`;

    const openExtensionPage = async (path: string, viewport = POPUP_VIEWPORT) => {
      const page = await ctx.newPage();
      const wrapped = wrapPage(page);
      await page.setViewportSize(viewport);
      await page.goto(`${extensionOrigin}/${path}`, { waitUntil: 'load' });
      return wrapped;
    };
    let control: HarnessPage | null = null;
    return {
      kind: 'chromium',
      extensionOrigin,
      openExtensionPage,
      openTab: async (url) => {
        control ??= await openExtensionPage(CONTROL_PAGE);
        return openTabWithId(control, async () => {
          const page = await ctx.newPage();
          const wrapped = wrapPage(page);
          const response = await page.goto(url, { waitUntil: 'load' });
          return { page: wrapped, status: response?.status() ?? null };
        });
      },
      stopBackground: async () => {
        const page = await ctx.newPage();
        try {
          const cdp = await ctx.newCDPSession(page);
          await cdp.send('ServiceWorker.enable');
          await cdp.send('ServiceWorker.stopAllWorkers');
        } finally {
          await page.close();
        }
      },
      close: async () => {
        await ctx.close().catch(() => {});
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
