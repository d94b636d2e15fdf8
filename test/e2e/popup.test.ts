// The extension in real browsers: a fixture page under its real name, the popup for that tab (read through the
// contract's data- hooks), the report draft, the options page, zero CSP violations, and nothing leaving the
// loopback fixture server. One suite per browser, with and without host access.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildE2eSites, EXAMPLE_COM_CERT_NAMES } from '../support/sites.ts';
import { pollUntil, readCspReport, PAGE_VIEWPORT } from './support/extension-browser.ts';
import { expectNoCspViolations } from './support/expect-clean-page.ts';
import { describeWithBrowser, type BrowserKind } from './support/find-browser.ts';
import { click, FINAL_VERDICTS, waitForVerdict } from './support/popup-hooks.ts';
import { CSP_CANARY_PAGE } from './support/prepare-extension.ts';
import { startSession, type Session } from './support/start-session.ts';

for (const kind of ['chromium', 'firefox'] as const satisfies BrowserKind[]) {
  describeWithBrowser(kind, `${kind}: extension with host access granted`, (executablePath) => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(kind, executablePath, {
        sites: buildE2eSites(new Date()), grantHosts: true, extraCertNames: EXAMPLE_COM_CERT_NAMES, extraDomains: ['example.com'],
      });
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

    it('shows the verdict, the rules and the contact for commerce7.test, with no CSP violation', async () => {
      const { tabId, page: site } = await session.browser.openTab('https://commerce7.test/');
      const popup = await session.browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      await waitForVerdict(popup);
      // The policy puts the marketing site https://commerce7.test/ out of scope and forbids three activities.
      const shown = await pollUntil('rules and contacts', async () => {
        const hooks = await waitForVerdict(popup);
        return hooks.activities.length >= 3 && hooks.contacts.length > 0 ? hooks : null;
      });
      expect(shown.verdict).toBe('out_of_scope');
      expect(shown.rule).toBe('https://commerce7.test/');
      expect(shown.activities).toEqual(expect.arrayContaining(['dos', 'social_engineering', 'physical']));
      expect(shown.contacts).toContain('mailto:security@commerce7.test');
      await popup.screenshot(session.screenshotPath('popup-commerce7'));
      // The extension itself fetched the security.txt and the policy it names, over https.
      const fetched = session.fixture.requests.filter((r) => r.host === 'commerce7.test' && r.status === 200).map((r) => `${r.scheme} ${r.path}`);
      expect(fetched).toEqual(expect.arrayContaining(['https /.well-known/security.txt', 'https /security-policy.txt']));
      await expectNoCspViolations(popup);
      expect(popup.messages).toEqual([]);

      await click(popup, '#tab-report');
      await popup.screenshot(session.screenshotPath('popup-commerce7-report'));
      await click(popup, '[data-action="draft"]');
      const body = await pollUntil('the draft body', () => popup.evaluate(() => {
        const el = document.querySelector('[data-draft-body]');
        return el instanceof HTMLTextAreaElement && el.value ? el.value : null;
      }));
      expect(body).toContain('commerce7.test');
      await popup.screenshot(session.screenshotPath('popup-commerce7-draft'));
      await expectNoCspViolations(popup);
      await Promise.all([popup.close(), site.close()]);
    });

    it('puts shop.example.com in scope, from the parent domain\'s files', async () => {
      const { tabId, page: site } = await session.browser.openTab('https://shop.example.com/');
      const popup = await session.browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      const shown = await pollUntil('rules', async () => {
        const hooks = await waitForVerdict(popup);
        return hooks.activities.length >= 2 ? hooks : null;
      });
      expect(shown.verdict).toBe('in_scope');
      expect(shown.rule).toBe('shop.example.com');
      expect(shown.activities).toEqual(expect.arrayContaining(['automated_scanning', 'data_access_exfiltration']));
      expect(shown.contacts).toContain('mailto:security@example.com');
      await popup.screenshot(session.screenshotPath('popup-shop-example'));
      await expectNoCspViolations(popup);
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
      expect([...hosts].sort()).toEqual(['commerce7.test', 'example.com', 'shop.example.com']);
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
      const shown = await waitForVerdict(popup);
      expect(FINAL_VERDICTS).toContain(shown.verdict);
      expect(['in_scope', 'out_of_scope']).not.toContain(shown.verdict);
      expect(shown.host).toBeNull();
      expect(shown.text).not.toContain('commerce7.test');
      await popup.screenshot(session.screenshotPath('popup-denied'));
      await expectNoCspViolations(popup);
      const fetchedByExtension = session.fixture.requests.filter((r) => r.path !== '/' && r.path !== '/favicon.ico');
      expect(fetchedByExtension).toEqual([]);
      await Promise.all([popup.close(), site.close()]);
    });
  });
}
