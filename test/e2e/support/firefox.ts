// Debian Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver; toolchain notes §4, Appendix §3).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Certs } from '../../support/make-certs.ts';
import type { FixtureServer } from '../../support/fixture-server.ts';
import {
  PAGE_VIEWPORT, POPUP_VIEWPORT, openTabWithId, pollUntil, type ExtensionBrowser, type HarnessPage,
} from './extension-browser.ts';
import { CONTROL_PAGE } from './prepare-extension.ts';

export interface LaunchOptions {
  executablePath: string;
  extensionDir: string;
  /** The gecko id from the manifest (`browser_specific_settings.gecko.id`). */
  geckoId: string;
  fixture: FixtureServer;
  /** Unused by Firefox (acceptInsecureCerts covers pages and the background); kept for symmetry. */
  certs?: Certs;
  /** The browser's UI language; `de` needs Debian's firefox-esr-l10n-de (a language pack in the application scope). */
  lang?: 'en' | 'de';
}

/** Fixed moz-extension UUID, so extension URLs are known before install. */
export const FIREFOX_EXTENSION_UUID = '5c0bfa11-7e57-4d1e-9f0a-5c0bec4ec4e0';

/**
 * Every host name resolves to 127.0.0.1 and ports 80/443 go to the fixture's ports, so nothing can leave the
 * machine; the rest switch off Firefox's own background traffic (remote settings, telemetry, captive portal…).
 */
export function firefoxPrefs(geckoId: string, fixture: FixtureServer): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    'network.dns.forceResolve': '127.0.0.1',
    'network.socket.forcePort': `443=${fixture.httpsPort};80=${fixture.httpPort}`,
    // Honoured only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment (set at launch).
    'services.settings.server': 'http://127.0.0.1:9/',
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'toolkit.telemetry.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.newtabpage.enabled': false,
    // No HTTPS-First upgrade of fixture navigations.
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
  };
}

function wrapPage(page: Page): HarnessPage {
  return {
    url: () => page.url(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (a: unknown) => unknown, arg) as Promise<R>,
    evaluateScript: async (source) => void (await page.evaluate(`${source}\n;undefined`)),
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    messages: [],
    close: () => page.close(),
  };
}

async function closeBrowser(browser: Browser): Promise<void> {
  const proc = browser.process();
  const timer = setTimeout(() => proc?.kill('SIGKILL'), 5_000);
  await browser.close().catch(() => proc?.kill('SIGKILL'));
  clearTimeout(timer);
}

export async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const { fixture } = options;
  if (fixture.httpsPort === null) throw new Error('launchFirefox: the fixture server needs https (pass certs)');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: true,
    // Required to navigate to moz-extension:// over BiDi.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...firefoxPrefs(options.geckoId, fixture),
      // The language pack is an add-on of the application scope: a new profile disables those unless told not to.
      ...(options.lang === 'de' ? { 'intl.locale.requested': 'de', 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 } : {}),
    },
  });
  try {
    await browser.installExtension(options.extensionDir);
    const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

    const openExtensionPage = async (path: string, viewport = POPUP_VIEWPORT) => {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      const url = `${extensionOrigin}/${path}`;
      // BiDi sends no load event for moz-extension navigations: fire the goto, then poll.
      page.goto(url).catch(() => {});
      await pollUntil(`${url} to load`, () => page.evaluate(
        (u) => location.href === u && document.readyState === 'complete', url,
      ));
      return wrapPage(page);
    };
    let control: HarnessPage | null = null;
    return {
      kind: 'firefox',
      extensionOrigin,
      openExtensionPage,
      openTab: async (url) => {
        control ??= await openExtensionPage(CONTROL_PAGE);
        return openTabWithId(control, async () => {
          const page = await browser.newPage();
          await page.setViewport(PAGE_VIEWPORT);
          const response = await page.goto(url, { waitUntil: 'load' });
          return { page: wrapPage(page), status: response?.status() ?? null };
        });
      },
      close: () => closeBrowser(browser),
    };
  } catch (error) {
    await closeBrowser(browser);
    throw error;
  }
}
