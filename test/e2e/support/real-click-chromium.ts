// The user's own path in Chromium: the unmodified build (no copy, no manifest patch, no harness pages), loaded
// through puppeteer-core's pipe (`enableExtensions`), opened by the toolbar action as a click opens it
// (`page.triggerExtensionAction` → CDP `Extensions.triggerAction`, which grants activeTab), and host access
// granted the way Chrome lets a user grant it.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';
import type { Certs } from '../../support/make-certs.ts';
import type { FixtureServer } from '../../support/fixture-server.ts';
import { hostResolverRules } from './chromium.ts';
import { PAGE_VIEWPORT, type HarnessPage } from './extension-browser.ts';
import { resolveBuild } from './prepare-extension.ts';

export interface RealClickOptions {
  executablePath: string;
  fixture: FixtureServer;
  certs: Certs;
  mappedDomains: readonly string[];
  /** Browser UI language (the extension's messages follow it): `en` or `de`. */
  lang?: string;
}

export interface RealClickBrowser {
  /** The build as shipped: `dist/chrome` (or the suite's fresh private build of the same sources). */
  extensionDir: string;
  manifest: Record<string, unknown>;
  extensionId: string;
  /** Opens `url` in a new tab, as the user's current page. */
  openSite: (url: string) => Promise<Page>;
  /** Clicks the toolbar button for `site`; resolves with the popup that opens. */
  clickAction: (site: Page) => Promise<{ page: Page; harness: HarnessPage }>;
  /** Opens an extension page of the build in a new tab (e.g. the popup for a tab, `src/popup/index.html?tab=3`). */
  openExtensionPage: (path: string, viewport: { width: number; height: number }) => Promise<{ page: Page; harness: HarnessPage }>;
  /**
   * What a user does in chrome://extensions → Details → Site access → "On specific sites" → Add: the page's
   * own call (developerPrivate.addHostPermission). Chrome then answers the extension's permissions.request for
   * that host without a prompt, which is what lets the test click the popup's grant-hosts button for real.
   * Opening the page closes an open popup, as it would for the user.
   */
  allowSiteInExtensionsPage: (host: string) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * A screenshot of the whole popup. A toolbar popup's window is only as tall as the browser lets it be, and
 * `fullPage` tiles that window's pixels beyond it, so the viewport is first sized to the content (at most
 * `maxHeight`).
 */
export async function screenshotPopup(page: Page, path: string, maxHeight = 1400): Promise<void> {
  const size = await page.evaluate(() => ({
    width: Math.ceil(document.documentElement.getBoundingClientRect().width),
    height: Math.ceil(document.documentElement.scrollHeight),
  }));
  await page.setViewport({ width: Math.max(size.width, 320), height: Math.min(Math.max(size.height, 200), maxHeight) });
  await page.screenshot({ path });
}

/** A puppeteer page as the shared popup helpers read it (console errors collected like the Chromium harness). */
export function harnessFor(page: Page): HarnessPage {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') messages.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  return {
    url: () => page.url(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (a: unknown) => unknown, arg) as Promise<R>,
    evaluateScript: async (source) => void (await page.evaluate(`${source}\n;undefined`)),
    screenshot: (path) => screenshotPopup(page, path),
    messages,
    close: () => page.close(),
  };
}

export async function launchRealClickChromium(options: RealClickOptions): Promise<RealClickBrowser> {
  const { fixture, certs } = options;
  if (fixture.httpsPort === null) throw new Error('launchRealClickChromium: the fixture server needs https');
  const extensionDir = resolveBuild('chrome');
  const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8')) as Record<string, unknown>;
  if (existsSync(`${extensionDir}/__e2e__`)) throw new Error(`${extensionDir} is a harness copy, not the build`);
  const lang = options.lang ?? 'en';
  const browser: Browser = await puppeteer.launch({
    executablePath: options.executablePath,
    headless: true,
    pipe: true,
    enableExtensions: true,
    defaultViewport: PAGE_VIEWPORT,
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' },
    args: [
      `--lang=${lang}`,
      `--host-resolver-rules=${hostResolverRules(fixture.httpPort, fixture.httpsPort, options.mappedDomains)}`,
      `--ignore-certificate-errors-spki-list=${certs.spki}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-first-run',
      '--no-default-browser-check', '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    const extension: Extension | undefined = (await browser.extensions()).get(extensionId);
    if (!extension) throw new Error(`the extension ${extensionId} did not load`);
    const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html`;
    return {
      extensionDir, manifest, extensionId,
      openSite: async (url) => {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      clickAction: async (site) => {
        await site.bringToFront();
        const opened = browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 10_000 });
        await site.triggerExtensionAction(extension);
        const page = await (await opened).asPage();
        // CSP: the popup's own recorder (src/platform/record-csp-violations.ts) is the detector here; a
        // document-start script cannot be added to a popup the click has already started loading.
        return { page, harness: harnessFor(page) };
      },
      openExtensionPage: async (path, viewport) => {
        const page = await browser.newPage();
        await page.setViewport(viewport);
        const harness = harnessFor(page);
        await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
        return { page, harness };
      },
      allowSiteInExtensionsPage: async (host) => {
        const page = await browser.newPage();
        try {
          await page.goto(`chrome://extensions/?id=${extensionId}`, { waitUntil: 'load' });
          await page.evaluate(async ({ id, patterns }) => {
            const dp = (globalThis as unknown as { chrome: { developerPrivate: {
              updateExtensionConfiguration: (u: object) => Promise<void>;
              addHostPermission: (id: string, host: string) => Promise<void>;
            } } }).chrome.developerPrivate;
            await dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
            for (const pattern of patterns) await dp.addHostPermission(id, pattern);
          }, { id: extensionId, patterns: [`https://${host}/*`, `http://${host}/*`] });
        } finally {
          await page.close();
        }
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}
