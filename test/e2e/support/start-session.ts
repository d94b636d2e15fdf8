// One e2e session: throwaway certs, the loopback fixture server, a prepared copy of the extension, a browser.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeCerts, type Certs } from '../../support/make-certs.ts';
import { startFixtureServer, type FixtureServer, type Site } from '../../support/fixture-server.ts';
import { launchChromium } from './chromium.ts';
import type { ExtensionBrowser } from './extension-browser.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserKind } from './find-browser.ts';
import { prepareExtension, REPO_ROOT, type PreparedExtension } from './prepare-extension.ts';

export interface Session {
  browser: ExtensionBrowser;
  fixture: FixtureServer;
  certs: Certs;
  extension: PreparedExtension;
  /** `test-results/<browser>-<name>.png` (the folder is created). */
  screenshotPath: (name: string) => string;
  close: () => Promise<void>;
}

export interface SessionOptions {
  sites: Record<string, Site>;
  /** Simulates the user granting host access (see prepare-extension.ts). */
  grantHosts: boolean;
  /** Certificate names beyond make-certs.ts' defaults (e.g. `*.evil.test`). */
  extraCertNames?: readonly string[];
  /** Domains the browser sends to the fixture besides `*.test` (Firefox sends every name there anyway). */
  extraDomains?: readonly string[];
  /** Firefox's UI language (see launchFirefox). */
  lang?: 'en' | 'de';
}

export async function startSession(kind: BrowserKind, executablePath: string, options: SessionOptions): Promise<Session> {
  const certs = makeCerts({ extraNames: options.extraCertNames ?? [] });
  const cleanups: Array<() => unknown> = [() => certs.remove()];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve().then(cleanup).catch(() => {});
  };
  try {
    const fixture = await startFixtureServer({ sites: options.sites, certs });
    cleanups.push(() => fixture.close());
    const extension = prepareExtension(kind === 'chromium' ? 'chrome' : 'firefox', { grantHosts: options.grantHosts });
    cleanups.push(() => extension.remove());
    const geckoId = (extension.manifest.browser_specific_settings as { gecko?: { id?: string } } | undefined)?.gecko?.id;
    if (kind === 'firefox' && !geckoId) throw new Error('the Firefox manifest has no browser_specific_settings.gecko.id');
    const browser = kind === 'chromium'
      ? await launchChromium({ executablePath, extensionDir: extension.dir, fixture, certs, mappedDomains: ['test', ...(options.extraDomains ?? [])] })
      : await launchFirefox({ executablePath, extensionDir: extension.dir, fixture, certs, geckoId: geckoId ?? '', ...(options.lang ? { lang: options.lang } : {}) });
    cleanups.push(() => browser.close());
    const resultsDir = join(REPO_ROOT, 'test-results');
    mkdirSync(resultsDir, { recursive: true });
    return {
      browser, fixture, certs, extension, close,
      screenshotPath: (name) => join(resultsDir, `${kind}-${name}.png`),
    };
  } catch (error) {
    await close();
    throw error;
  }
}
