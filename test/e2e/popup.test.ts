// The extension in real browsers: a fixture page under its real name, the popup for that tab, the options page,
// zero CSP violations, and nothing leaving the loopback fixture server. One suite per browser.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildE2eSites } from '../support/sites.ts';
import { pollUntil, readCspReport, PAGE_VIEWPORT, type HarnessPage } from './support/extension-browser.ts';
import { describeWithBrowser, type BrowserKind } from './support/find-browser.ts';
import { CSP_CANARY_PAGE } from './support/prepare-extension.ts';
import { startSession, type Session } from './support/start-session.ts';

const FINAL_VERDICTS = ['in_scope', 'out_of_scope', 'unknown', 'no_policy', 'error'];

/** Waits until the popup's banner leaves `loading` (popup contract) and returns what it shows. */
function readPopup(page: HarnessPage) {
  return pollUntil('the popup banner to reach a final verdict', () => page.evaluate(() => {
    const banner = document.querySelector('[data-verdict]');
    const verdict = banner?.getAttribute('data-verdict');
    if (!verdict || verdict === 'loading') return null;
    return {
      verdict,
      host: document.querySelector('[data-host]')?.getAttribute('data-host') ?? null,
      text: document.body.innerText,
    };
  }));
}

async function expectNoCspViolations(page: HarnessPage): Promise<void> {
  const report = await readCspReport(page);
  // The recorder must be there, or "no violations" would mean nothing.
  expect(report.recorded, 'src/platform/record-csp-violations.ts was not loaded by this page').not.toBeNull();
  expect(report).toEqual({ recorded: [], early: report.early === null ? null : [], console: [] });
}

for (const kind of ['chromium', 'firefox'] as const satisfies BrowserKind[]) {
  describeWithBrowser(kind, `${kind}: extension with host access granted`, (executablePath) => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(kind, executablePath, { sites: buildE2eSites(new Date()), grantHosts: true });
    });
    afterAll(async () => session?.close());

    it('opens https://commerce7.test/ on the fixture server, by name, over TLS', async () => {
      const { page, status } = await session.browser.openTab('https://commerce7.test/');
      expect(status).toBe(200);
      expect(await page.evaluate(() => document.title)).toBe('Commerce7 test shop');
      const seen = session.fixture.requests.find((r) => r.path === '/' && r.host === 'commerce7.test');
      expect(seen).toMatchObject({ scheme: 'https', sni: 'commerce7.test', status: 200 });
      await page.close();
    });

    it('shows the popup for that tab, with no CSP violation', async () => {
      const { tabId, page: site } = await session.browser.openTab('https://commerce7.test/');
      const popup = await session.browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      const shown = await readPopup(popup);
      expect(FINAL_VERDICTS).toContain(shown.verdict);
      expect(shown.host).toBe('commerce7.test');
      expect(shown.text).toContain('commerce7.test');
      await popup.screenshot(session.screenshotPath('popup-commerce7'));
      await expectNoCspViolations(popup);
      expect(popup.messages).toEqual([]);
      await Promise.all([popup.close(), site.close()]);
    });

    it('renders the options page with no CSP violation', async () => {
      const options = await session.browser.openExtensionPage('src/options/index.html', PAGE_VIEWPORT);
      const heading = await pollUntil('the options heading', () => options.evaluate(
        () => document.querySelector('h1')?.textContent?.trim() || null,
      ));
      expect(heading.length).toBeGreaterThan(0);
      await options.screenshot(session.screenshotPath('options'));
      await expectNoCspViolations(options);
      expect(options.messages).toEqual([]);
      await options.close();
    });

    it('detects a CSP violation when there is one (canary: the popup bundle plus a blocked new Function)', async () => {
      const canary = await session.browser.openExtensionPage(CSP_CANARY_PAGE);
      const report = await pollUntil('the canary violation', async () => {
        const r = await readCspReport(canary);
        return r.recorded && r.recorded.length > 0 ? r : null;
      });
      expect(report.recorded?.map((v) => v.directive)).toContain('script-src');
      if (kind === 'chromium') {
        expect(report.early?.length).toBeGreaterThan(0);
      }
      await canary.close();
    });

    it('kept the browser on the fixture server: every request named a fixture host', () => {
      const hosts = new Set(session.fixture.requests.map((r) => r.host));
      expect([...hosts]).toEqual(['commerce7.test']);
    });
  });

  describeWithBrowser(kind, `${kind}: extension without host access (permission denied)`, (executablePath) => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(kind, executablePath, { sites: buildE2eSites(new Date()), grantHosts: false });
    });
    afterAll(async () => session?.close());

    it('does not learn the tab URL and fetches nothing from the site', async () => {
      const { tabId, page: site } = await session.browser.openTab('https://commerce7.test/');
      const popup = await session.browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      const shown = await readPopup(popup);
      expect(['unknown', 'error']).toContain(shown.verdict);
      expect(shown.host).toBeNull();
      await popup.screenshot(session.screenshotPath('popup-denied'));
      await expectNoCspViolations(popup);
      const fetchedByExtension = session.fixture.requests.filter((r) => r.path !== '/' && r.path !== '/favicon.ico');
      expect(fetchedByExtension).toEqual([]);
      await Promise.all([popup.close(), site.close()]);
    });
  });
}
