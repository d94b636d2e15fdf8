// The popup against the hostile web (test/support/hostile-routes.ts), in both browsers: whatever a site serves,
// the popup reaches a final verdict, links only to http(s) and mailto: addresses without injected headers, shows
// no script text, no raw bidi override, and records no CSP violation.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildHostileBehaviours, HOSTILE_CERT_NAMES, hostileHost, hostileSites } from '../support/hostile-routes.ts';
import { readCspReport } from './support/extension-browser.ts';
import { describeWithBrowser, type BrowserKind } from './support/find-browser.ts';
import { FINAL_VERDICTS, waitForVerdict } from './support/popup-hooks.ts';
import { startSession, type Session } from './support/start-session.ts';

const NOW = new Date();
/** Light behaviours worth seeing through the popup (tarpits and bombs are covered in test/unit/hostile). */
const SHOWN = [
  'soft-404-html', 'redirect-javascript-url', 'terminal-escapes', 'contact-mailto-header-injection', 'contact-javascript',
  'contact-data-url', 'contact-rtl-override', 'contact-homograph', 'expires-past', 'policy-script-tags', 'status-429-retry-after',
  'signed-wrong-key', 'line-1mib', 'body-10mib', 'policy-10k-items',
];
/**
 * Defects found by this suite in other areas' code and reported to the lead. The test asserts the defect is still
 * there (so it cannot pass silently once fixed): when it fails, remove the entry and the strict checks apply.
 */
const KNOWN_DEFECTS: Record<string, { what: string; present: (links: string[]) => boolean }> = {};
/** Contacts the Report tab must flag, by behaviour: the `data-contact-warning` ids expected among those shown. */
const CONTACT_WARNINGS: Record<string, string[]> = {
  'contact-mailto-header-injection': ['contact_injection'],
  'contact-homograph': ['contact_confusable', 'contact_idn'],
  'contact-rtl-override': ['contact_bidi_control'],
};
const SCREENSHOTS = new Set(['contact-rtl-override', 'contact-homograph', 'policy-script-tags', 'contact-mailto-header-injection']);
const behaviours = await buildHostileBehaviours(NOW);

for (const kind of ['chromium', 'firefox'] as const satisfies BrowserKind[]) {
  describeWithBrowser(kind, `${kind}: popup on hostile sites`, (executablePath) => {
    let session: Session;
    beforeAll(async () => {
      // Each hostile host gets a plain page at `/` for the tab; the behaviour answers every other path.
      const sites = Object.fromEntries(Object.entries(hostileSites(behaviours, NOW)).map(([host, site]) =>
        [host, { ...site, '/': { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><title>${host}</title><h1>${host}</h1>` } }]));
      session = await startSession(kind, executablePath, { sites, grantHosts: true, extraCertNames: HOSTILE_CERT_NAMES });
    });
    afterAll(async () => session?.close());

    it.each(SHOWN)('%s', async (name) => {
      const { tabId, page: site } = await session.browser.openTab(`https://${hostileHost(name)}/`);
      const popup = await session.browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      const shown = await waitForVerdict(popup);
      if (SCREENSHOTS.has(name)) await popup.screenshot(session.screenshotPath(`hostile-${name}`));
      expect(FINAL_VERDICTS).toContain(shown.verdict);
      // A dangerous contact may be shown as inert text (with a warning), never as a link.
      for (const href of shown.links) expect(href).toMatch(/^(?:https?:|mailto:|#|moz-extension:|chrome-extension:)/i);
      const defect = KNOWN_DEFECTS[name];
      if (defect) {
        expect(defect.present(shown.links), `KNOWN DEFECT no longer seen (fixed?): ${defect.what}. Remove it from KNOWN_DEFECTS.`).toBe(true);
      } else {
        for (const href of shown.links.filter((h) => h.startsWith('mailto:'))) expect(href).not.toMatch(/%0d|%0a|[?&](?:bcc|cc|to)=/i);
      }
      const expectedWarnings = CONTACT_WARNINGS[name];
      if (expectedWarnings) {
        const shownWarnings = await popup.evaluate(() => [...document.querySelectorAll('[data-contact-warning]')].map((e) => e.getAttribute('data-contact-warning')));
        expect(shownWarnings).toEqual(expect.arrayContaining(expectedWarnings));
      }
      if (name === 'contact-homograph') {
        const punycode = await popup.evaluate(() => [...document.querySelectorAll('[data-contact-punycode]')].map((e) => e.getAttribute('data-contact-punycode')));
        expect(punycode.some((p) => /^security@xn--/.test(p ?? ''))).toBe(true);
      }
      if (name === 'policy-script-tags') expect(shown.text).not.toMatch(/alert\(|document\.cookie|attacker\.test/);
      expect(shown.text).not.toMatch(/\u202e/);
      expect(shown.text.includes('\u001b')).toBe(false);
      const csp = await readCspReport(popup);
      expect(csp.recorded).toEqual([]);
      expect(csp.console).toEqual([]);
      expect(popup.messages).toEqual([]);
      await Promise.all([popup.close(), site.close()]);
    });
  });
}
