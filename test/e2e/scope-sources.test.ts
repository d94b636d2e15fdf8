// Issue 14 in real browsers: the platform source (a programme of the bundled bounty-targets snapshot lists the
// host, served on loopback under its real name) and the coordinator fallback (a site that publishes nothing),
// read through data- hooks. One suite per browser.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pollUntil, type HarnessPage } from './support/extension-browser.ts';
import { expectNoCspViolations } from './support/expect-clean-page.ts';
import { describeWithBrowser, type BrowserKind } from './support/find-browser.ts';
import { click, waitForVerdict } from './support/popup-hooks.ts';
import { startSession, type Session } from './support/start-session.ts';

const page = (title: string) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>` });
const text = (lines: string[]) => ({ status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: lines.join('\n') + '\n' });
const EXPIRES = new Date(Date.now() + 180 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
// app.aikido.dev is listed in scope by an Intigriti programme of the snapshot; it publishes nothing here.
// share.acorns.com is excluded by a Bugcrowd programme of the snapshot; its own policy here puts it in scope.
const SITES = {
  'app.aikido.dev': { '/': page('Programme host') },
  'quiet.example.nl': { '/': page('Publishes nothing') },
  'share.acorns.com': {
    '/': page('Excluded by a programme'),
    '/.well-known/security.txt': text(['Contact: mailto:security@acorns.com', `Expires: ${EXPIRES}`, 'Policy: https://share.acorns.com/security-policy.txt']),
    '/security-policy.txt': text([
      'Vulnerability disclosure policy', '', 'Report vulnerabilities to security@acorns.com.',
      'In scope: share.acorns.com and any other subdomain of acorns.com.', 'Do not run automated scanners.',
    ]),
  },
};
const NAMES = Object.keys(SITES);

/** The Scope tab's programmes, as [platform, verdict] pairs. */
async function readProgrammes(popup: HarnessPage): Promise<(string | null)[][]> {
  await click(popup, '#tab-scope');
  return pollUntil('the programmes section', () => popup.evaluate(() => {
    const items = [...document.querySelectorAll('[data-programme]')].map((el) => [el.getAttribute('data-programme-platform'), el.getAttribute('data-programme-verdict')]);
    return items.length > 0 ? items : null;
  }));
}

for (const kind of ['chromium', 'firefox'] as const satisfies BrowserKind[]) {
  describeWithBrowser(kind, `${kind}: platform programmes and coordinators`, (executablePath) => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession(kind, executablePath, { sites: SITES, grantHosts: true, extraCertNames: NAMES, extraDomains: NAMES });
    });
    afterAll(async () => session?.close());

    // The second: the programme's exclusion wins over the site's own policy, whose inclusion the Scope tab shows.
    it.each([
      ['shows the programme that lists the host in the Scope tab, with its verdict', 'app.aikido.dev', 'in_scope', 'intigriti', 'No policy was found', 'popup-programme'],
      ['lets a programme\'s exclusion win over a policy putting the host in scope', 'share.acorns.com', 'out_of_scope', 'bugcrowd', 'In scope: share.acorns.com and any other subdomain of acorns.com.', 'popup-programme-exclusion'],
    ])('%s', async (_, host, verdict, platform, scopeText, shot) => {
      const { tabId, page: site } = await session.browser.openTab(`https://${host}/`);
      const popup = await session.browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      const hooks = await waitForVerdict(popup, 30_000);
      expect(hooks.verdict).toBe(verdict);
      expect(hooks.rule).toBe(host);
      expect(await readProgrammes(popup)).toEqual([[platform, verdict]]);
      expect(await popup.evaluate(() => document.querySelector('#panel-scope')?.textContent ?? '')).toContain(scopeText);
      await popup.screenshot(session.screenshotPath(shot));
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
