// Issue 16 in real browsers, read through the popup's data- hooks: a Portuguese policy whose "Condutas Não
// Permitidas" list shows its forbidden activities, a Japanese policy whose response and disclosure times are shown,
// and a key whose validity is stated in prose before it ("This is our PGP key which is valid until March 08,
// 2017:"), shown as expired, to which the draft does not offer to encrypt. The policies are written for the test
// (test/fixtures/e2e-policies/) and served on loopback under .test names, each linked by its site's security.txt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { htmlPage, isoSeconds } from '../support/corpus-sites.ts';
import type { Site } from '../support/fixture-server.ts';
import { pollUntil, type HarnessPage } from './support/extension-browser.ts';
import { expectNoCspViolations } from './support/expect-clean-page.ts';
import { describeWithBrowser, type BrowserKind } from './support/find-browser.ts';
import { click, waitForVerdict, type PopupHooks } from './support/popup-hooks.ts';
import { REPO_ROOT } from './support/prepare-extension.ts';
import { startSession, type Session } from './support/start-session.ts';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/e2e-policies');
const EXPIRES = isoSeconds(new Date(Date.now() + 180 * 86_400_000));

function policySite(host: string, file: string, contentType: string, extraTxt = ''): Site {
  const txt = `Contact: mailto:security@${host}\nExpires: ${EXPIRES}\n${extraTxt}Policy: https://${host}/${file}\n`;
  return {
    '/': htmlPage(`Fixture site ${host}`),
    '/.well-known/security.txt': { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: txt },
    [`/${file}`]: { status: 200, headers: { 'content-type': contentType }, body: readFileSync(join(FIXTURES, file), 'utf8') },
    '*': { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'not found\n' },
  };
}

const SITES: Record<string, Site> = {
  'lojaexemplo.test': policySite('lojaexemplo.test', 'politica-pt.html', 'text/html; charset=utf-8'),
  'sanpuru.test': policySite('sanpuru.test', 'politica-ja.md', 'text/markdown; charset=utf-8'),
  'oro-style.test': policySite('oro-style.test', 'oro-style.md', 'text/markdown; charset=utf-8', 'Encryption: https://oro-style.test/pgp-key.asc\n'),
};
const NAMES = Object.keys(SITES);

function attrs(page: HarnessPage, selector: string, name: string): Promise<string[]> {
  return page.evaluate(([s, n]) => [...document.querySelectorAll(s)].map((el) => el.getAttribute(n) ?? ''), [selector, name] as const);
}

for (const kind of ['chromium', 'firefox'] as const satisfies BrowserKind[]) {
  describeWithBrowser(kind, `${kind}: policies in Portuguese and Japanese, a key expired in prose`, (executablePath) => {
    let session: Session;
    const opened: Array<{ close: () => Promise<void> }> = [];
    beforeAll(async () => {
      session = await startSession(kind, executablePath, { sites: SITES, grantHosts: true, extraCertNames: NAMES });
    });
    afterAll(async () => {
      await Promise.all(opened.splice(0).map((p) => p.close().catch(() => {})));
      await session?.close();
    });

    async function openPopup(host: string, until: (h: PopupHooks) => boolean): Promise<{ popup: HarnessPage; shown: PopupHooks }> {
      const tab = await session.browser.openTab(`https://${host}/`);
      opened.push(tab.page);
      const popup = await session.browser.openExtensionPage(`src/popup/index.html?tab=${tab.tabId}`);
      opened.push(popup);
      let last: PopupHooks | null = null;
      const shown = await pollUntil(`the popup for ${host} to show the expected hooks`, async () => {
        last = await waitForVerdict(popup);
        return until(last) ? last : null;
      }, { timeoutMs: 20_000, intervalMs: 100 }).catch(async (error: unknown) => {
        await popup.screenshot(session.screenshotPath(`policy-timeout-${host}`));
        throw new Error(`${String(error)}; last hooks: ${JSON.stringify({ ...(last ?? {}), text: undefined, links: undefined })}`);
      });
      return { popup, shown };
    }

    async function finish(popup: HarnessPage, name: string): Promise<void> {
      await popup.screenshot(session.screenshotPath(name));
      await expectNoCspViolations(popup);
      expect(popup.messages).toEqual([]);
    }

    it('Portuguese: the "Condutas Não Permitidas" list is shown as forbidden activities', async () => {
      const { popup, shown } = await openPopup('lojaexemplo.test', (h) => h.activities.length >= 4);
      expect(shown.verdict).toBe('in_scope');
      expect(shown.activities).toEqual(expect.arrayContaining(['dos', 'social_engineering', 'physical', 'spam', 'automated_scanning']));
      expect(shown.contacts).toContain('mailto:seguranca@lojaexemplo.test');
      await click(popup, '#tab-rules');
      expect(await attrs(popup, '[data-response-days]', 'data-response-days')).toEqual(['5']);
      expect(await attrs(popup, '[data-rules-unread]', 'data-rules-unread')).toEqual([]);
      await finish(popup, 'policy-pt-forbidden');
    });

    it('Japanese: the response time (3 business days) and the disclosure wait (90 days) are shown', async () => {
      const { popup, shown } = await openPopup('sanpuru.test', (h) => h.activities.length >= 2);
      expect(shown.activities).toEqual(expect.arrayContaining(['dos', 'social_engineering']));
      await click(popup, '#tab-rules');
      expect(await attrs(popup, '[data-response-days]', 'data-response-days')).toEqual(['3']);
      expect(await attrs(popup, '[data-disclosure-days]', 'data-disclosure-days')).toEqual(['90']);
      // The policy's quotes carry its language and stand upright (Japanese has no italic).
      const styles = await popup.evaluate(() => [...document.querySelectorAll('blockquote.quote')].map((q) => `${q.getAttribute('lang')} ${getComputedStyle(q).fontStyle}`));
      expect(styles.length).toBeGreaterThan(0);
      expect(new Set(styles)).toEqual(new Set(['ja normal']));
      await finish(popup, 'policy-ja-timelines');
    });

    it('Oro style: a key "valid until March 08, 2017" in prose is shown expired and the draft does not encrypt to it', async () => {
      const { popup, shown } = await openPopup('oro-style.test', (h) => h.keys.length > 0);
      expect(shown.keys).toEqual(['3F1A9C227B04E5D81A6C90B34E27D1F08C55A2E9']);
      await click(popup, '#tab-report');
      expect(await attrs(popup, '[data-key-fingerprint="3F1A9C227B04E5D81A6C90B34E27D1F08C55A2E9"]', 'data-key-expired')).toEqual(['true']);
      // The security.txt Encryption URL is the same key (same address): one row, expired.
      expect(await attrs(popup, '#panel-report [data-key-expired]', 'data-key-expired')).toEqual(['true']);
      await popup.screenshot(session.screenshotPath('policy-oro-key-expired'));
      await click(popup, '[data-action="draft"]');
      const draft = await pollUntil('the draft with its encryption section', () => popup.evaluate(() => {
        if (!document.querySelector('[data-draft-body]') || !document.querySelector('section.encrypt')) return null;
        return {
          warnings: [...document.querySelectorAll('[data-draft-warning]')].map((el) => el.getAttribute('data-draft-warning')),
          encryptButtons: document.querySelectorAll('[data-action="encrypt"]').length,
        };
      }));
      expect(draft.warnings).toContain('pgp_key_expired');
      expect(draft.encryptButtons).toBe(0);
      await finish(popup, 'policy-oro-draft-refuses');
      // Nothing asked for the key: an expired key is never fetched to encrypt to.
      expect(session.fixture.requests.filter((r) => r.path === '/pgp-key.asc')).toEqual([]);
    });
  });
}
