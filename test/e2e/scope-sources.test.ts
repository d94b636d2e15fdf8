// Issue 14 in real browsers: the platform source (a programme of the bundled bounty-targets snapshot lists the
// host, served on loopback under its real name) and the coordinator fallback (a site that publishes nothing),
// read through data- hooks. One suite per browser.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pollUntil } from './support/extension-browser.ts';
import { expectNoCspViolations } from './support/expect-clean-page.ts';
import { describeWithBrowser, type BrowserKind } from './support/find-browser.ts';
import { click, waitForVerdict } from './support/popup-hooks.ts';
import { startSession, type Session } from './support/start-session.ts';

const page = (title: string) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>` });
// app.aikido.dev is listed in scope by an Intigriti programme of the snapshot; it publishes nothing here.
const SITES = { 'app.aikido.dev': { '/': page('Programme host') }, 'quiet.example.nl': { '/': page('Publishes nothing') } };
const NAMES = Object.keys(SITES);

for (const kind of ['chromium', 'firefox'] as const satisfies BrowserKind[]) {
  describeWithBrowser(kind, `${kind}: platform programmes and coordinators`, (executablePath) => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(kind, executablePath, { sites: SITES, grantHosts: true, extraCertNames: NAMES, extraDomains: NAMES });
    });
    afterAll(async () => session?.close());

    it('shows the programme that lists the host in the Scope tab, with its verdict', async () => {
      const { tabId, page: site } = await session.browser.openTab('https://app.aikido.dev/');
      const popup = await session.browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      const hooks = await waitForVerdict(popup, 30_000);
      expect(hooks.verdict).toBe('in_scope');
      expect(hooks.rule).toBe('app.aikido.dev');
      await click(popup, '#tab-scope');
      const programmes = await pollUntil('the programmes section', () => popup.evaluate(() => {
        const items = [...document.querySelectorAll('[data-programme]')].map((el) => [el.getAttribute('data-programme-platform'), el.getAttribute('data-programme-verdict')]);
        return items.length > 0 ? items : null;
      }));
      expect(programmes).toEqual([['intigriti', 'in_scope']]);
      await popup.screenshot(session.screenshotPath('popup-programme'));
      await expectNoCspViolations(popup);
      await Promise.all([popup.close(), site.close()]);
    });

    it('names the national CSIRT and CERT/CC, labelled as coordinators, for a site that publishes nothing', async () => {
      const { tabId, page: site } = await session.browser.openTab('https://quiet.example.nl/');
      const popup = await session.browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      const hooks = await waitForVerdict(popup, 30_000);
      expect(hooks.verdict).toBe('no_policy');
      await click(popup, '#tab-report');
      const shown = await pollUntil('the coordinators section', () => popup.evaluate(() => {
        const roles = [...document.querySelectorAll('[data-coordinator]')].map((el) => el.getAttribute('data-coordinator'));
        const note = document.querySelector('[data-coordinator-note]')?.textContent ?? '';
        return roles.length > 0 ? { roles, note } : null;
      }));
      expect(shown.roles).toEqual(['national_csirt', 'fallback']);
      expect(shown.note).toMatch(/not the site owner: this gives no permission to test/);
      await popup.screenshot(session.screenshotPath('popup-coordinators'));
      await expectNoCspViolations(popup);
      await Promise.all([popup.close(), site.close()]);
    });
  });
}
