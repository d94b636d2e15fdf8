// The popup in German in Firefox ESR (Debian's language pack firefox-esr-l10n-de, intl.locale.requested=de): on an
// in-scope fixture site every tab's text outside the policy's quotes (marked with their own lang) holds no word of the
// English catalogue that German never uses, and the page's lang is de. Chromium's German run is in real-click.test.ts.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCorpusSites, CORPUS_CERT_NAMES } from '../support/corpus-sites.ts';
import { ENGLISH_ONLY, wordsOf } from '../support/english-words.ts';
import { collectUiText } from './support/collect-ui-text.ts';
import { describeWithBrowser } from './support/find-browser.ts';
import { waitForVerdict } from './support/popup-hooks.ts';
import { startSession, type Session } from './support/start-session.ts';

const NOW = new Date('2026-11-21T10:00:00Z');
const LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi';

describeWithBrowser('firefox', 'firefox (de): the popup speaks German', (executablePath) => {
  let session: Session;
  beforeAll(async () => {
    if (!existsSync(LANGPACK)) throw new Error(`no German language pack (${LANGPACK}): apt-get install firefox-esr-l10n-de`);
    session = await startSession('firefox', executablePath, { sites: buildCorpusSites(NOW), grantHosts: true, extraCertNames: CORPUS_CERT_NAMES, lang: 'de' });
  });
  afterAll(async () => session?.close());

  for (const [name, url] of [['in scope', 'https://bigbank.test/'], ['out of scope', 'https://commerce7.test/']] as const) {
    it(`shows no English outside the policy's quotes: ${name}`, async () => {
      const { tabId, page: site } = await session.browser.openTab(url);
      const popup = await session.browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`, { width: 432, height: 700 });
      const shown = await waitForVerdict(popup);
      expect(shown.verdict).not.toBe('error');
      const seen = await collectUiText(popup);
      expect(seen.ui).toBe('de');
      expect([...new Set(seen.text.flatMap(wordsOf).filter((w) => ENGLISH_ONLY.has(w)))]).toEqual([]);
      await popup.screenshot(session.screenshotPath(`german-${name.replace(/ /g, '-')}`));
      await Promise.all([popup.close(), site.close()]);
    });
  }
});
