// The path a real user takes, in Chromium: the unmodified build (no host_permissions added, nothing copied or
// patched), the popup opened by clicking the toolbar button (`page.triggerExtensionAction`: Chrome grants
// activeTab for the tab's origin and nothing else). Every scenario that needs only the tab's origin reaches its
// final verdict; a host whose answer depends on another host (parent domain, registrable domain, a Policy link
// elsewhere) is `unknown`, names the host it has not read, and offers `data-action="grant-hosts"`. The test then
// grants that host the way Chrome lets a user (chrome://extensions → Site access), clicks the grant button for
// real, and reads the final verdict. The same run writes the README's screenshots (docs/) in English and German,
// light and dark.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCerts, type Certs } from '../support/make-certs.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { buildCorpusSites, CORPUS_CERT_NAMES, CORPUS_EXTRA_DOMAINS } from '../support/corpus-sites.ts';
import { pollUntil, type HarnessPage } from './support/extension-browser.ts';
import { expectNoCspViolations } from './support/expect-clean-page.ts';
import { describeWithBrowser } from './support/find-browser.ts';
import { waitForVerdict, type PopupHooks } from './support/popup-hooks.ts';
import { REPO_ROOT } from './support/prepare-extension.ts';
import { launchRealClickChromium, screenshotPopup, type RealClickBrowser } from './support/real-click-chromium.ts';
import { writeStoreImages } from './support/store-images.ts';
import { ENGLISH_ONLY, wordsOf } from '../support/english-words.ts';
import { collectUiText } from './support/collect-ui-text.ts';

const NOW = new Date();
const RESULTS = join(REPO_ROOT, 'test-results');
const DOCS = join(REPO_ROOT, 'docs');

interface Rig {
  certs: Certs;
  fixture: FixtureServer;
  chrome: RealClickBrowser;
  close: () => Promise<void>;
}

async function startRig(executablePath: string, lang: string): Promise<Rig> {
  const certs = makeCerts({ extraNames: CORPUS_CERT_NAMES });
  let fixture: FixtureServer | null = null;
  try {
    fixture = await startFixtureServer({ sites: buildCorpusSites(NOW), certs });
    const chrome = await launchRealClickChromium({
      executablePath, fixture, certs, lang, mappedDomains: ['test', ...CORPUS_EXTRA_DOMAINS],
    });
    const f = fixture;
    return { certs, fixture: f, chrome, close: async () => {
      await chrome.close().catch(() => {});
      await f.close();
      certs.remove();
    } };
  } catch (error) {
    await fixture?.close();
    certs.remove();
    throw error;
  }
}

/** The popup's banner text and the hosts it says it has not read. */
function bannerOf(popup: HarnessPage): Promise<{ title: string; text: string; notRead: string | null; grant: string | null }> {
  return popup.evaluate(() => ({
    title: document.querySelector('[data-verdict] .banner-title')?.textContent?.trim() ?? '',
    text: document.querySelector('[data-verdict]')?.textContent ?? '',
    notRead: document.querySelector('[data-verdict] [data-not-read]')?.getAttribute('data-not-read') ?? null,
    grant: document.querySelector('[data-action="grant-hosts"]')?.textContent?.trim() ?? null,
  }));
}

async function settled(popup: HarnessPage, until: (h: PopupHooks) => boolean = () => true): Promise<PopupHooks> {
  return pollUntil('the popup to settle on the expected hooks', async () => {
    const h = await waitForVerdict(popup);
    return until(h) ? h : null;
  }, { timeoutMs: 20_000, intervalMs: 100 });
}

describeWithBrowser('chromium', 'chromium: the real click on the unmodified build', (executablePath) => {
  let rig: Rig;
  const sites: Page[] = [];
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    rig = await startRig(executablePath, 'en');
  });
  afterAll(async () => {
    await Promise.all(sites.splice(0).map((p) => p.close().catch(() => {})));
    await rig?.close();
  });

  async function clickOn(url: string, until?: (h: PopupHooks) => boolean) {
    const site = await rig.chrome.openSite(url);
    sites.push(site);
    const { page, harness } = await rig.chrome.clickAction(site);
    const shown = await settled(harness, until);
    return { site, page, popup: harness, shown };
  }

  const shot = (name: string) => join(RESULTS, `chromium-real-click-${name}.png`);

  it('loads the build as shipped: no host_permissions, hosts only optional', () => {
    expect(rig.chrome.manifest.host_permissions).toBeUndefined();
    expect(rig.chrome.manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(rig.chrome.manifest.permissions).toEqual(['activeTab', 'storage', 'scripting']);
  });

  it('in scope: bigbank.test, its own security.txt and Policy on the same origin', async () => {
    const { popup, shown } = await clickOn('https://bigbank.test/', (h) => h.activities.length > 0);
    expect(shown.verdict).toBe('in_scope');
    expect(shown.rule).toBe('bigbank.test');
    expect(shown.contacts).toContain('mailto:security@bigbank.test');
    expect((await bannerOf(popup)).grant).toBeNull();
    await popup.screenshot(shot('in-scope'));
    await expectNoCspViolations(popup);
    expect(popup.messages).toEqual([]);
  });

  it('out of scope: commerce7.test, the marketing site its policy excludes', async () => {
    const { popup, shown } = await clickOn('https://commerce7.test/', (h) => h.activities.length >= 3);
    expect(shown.verdict).toBe('out_of_scope');
    expect(shown.rule).toBe('https://commerce7.test/');
    expect(shown.activities).toEqual(expect.arrayContaining(['dos', 'social_engineering', 'physical']));
    await popup.screenshot(shot('out-of-scope'));
    await expectNoCspViolations(popup);
  });

  it('soft 404: every path is 200 HTML: no policy, with the html_response finding', async () => {
    const { popup, shown } = await clickOn('https://soft404.test/');
    expect(shown.verdict).toBe('no_policy');
    expect(shown.findings).toContain('html_response');
    await popup.screenshot(shot('soft-404'));
  });

  it('expired: internet.test\'s file expired in 2023', async () => {
    const { popup, shown } = await clickOn('https://internet.test/', (h) => h.findings.includes('expired'));
    expect(shown.findings).toContain('expired');
    await popup.screenshot(shot('expired'));
  });

  it('signed: example.com\'s signature is verified with the key from its own origin', async () => {
    const { popup } = await clickOn('https://example.com/');
    const status = await pollUntil('a final signature status', () => popup.evaluate(() => {
      const s = document.querySelector('[data-signature]')?.getAttribute('data-signature');
      return s && s !== 'pending' ? s : null;
    }));
    expect(status).toBe('verified');
    await popup.screenshot(shot('signed'));
  });

  it('draft: what is typed survives closing the popup and clicking again', async () => {
    const { site, page } = await clickOn('https://bigbank.test/');
    await page.click('#tab-report');
    await page.click('[data-action="draft"]');
    await page.waitForSelector('[data-draft-body]');
    const marker = `Typed for real ${Date.now()}`;
    await page.type('[data-draft-body]', marker);
    await page.close();
    const again = await rig.chrome.clickAction(site);
    await settled(again.harness);
    await again.page.click('#tab-report');
    await again.page.click('[data-action="draft"]');
    const body = await pollUntil('the restored draft', () => again.harness.evaluate(() => {
      const el = document.querySelector('[data-draft-body]');
      return el instanceof HTMLTextAreaElement && el.value ? el.value : null;
    }));
    expect(body).toContain(marker);
    await again.page.close();
  });

  for (const scenario of [
    { url: 'https://api.commerce7.test/', reads: 'commerce7.test', then: { verdict: 'in_scope', rule: '*.commerce7.test' } },
    { url: 'https://www.shop.gradle.test/', reads: 'gradle.test', then: { verdict: 'in_scope', rule: '*.gradle.test' } },
    { url: 'https://github.com/microsoft/TypeScript', reads: 'raw.githubusercontent.com', then: { verdict: 'unknown', rule: null } },
  ]) {
    const host = new URL(scenario.url).hostname;
    it(`${host}: unknown until ${scenario.reads} is read, then ${scenario.then.verdict} after the user grants it`, async () => {
      const before = rig.fixture.requests.filter((r) => r.host === scenario.reads).length;
      const { site, popup, shown } = await clickOn(scenario.url);
      expect(shown.verdict).toBe('unknown');
      const banner = await bannerOf(popup);
      expect(banner.notRead?.split(' ')).toContain(scenario.reads);
      expect(banner.text).toContain(scenario.reads);
      expect(banner.text).not.toMatch(/no disclosure policy/i);
      expect(banner.grant).toContain(scenario.reads);
      // Nothing was requested from the host the click did not grant.
      expect(rig.fixture.requests.filter((r) => r.host === scenario.reads).length).toBe(before);
      await popup.screenshot(shot(`not-granted-${host}`));

      // Every host the popup names (www.shop.gradle.test names shop.gradle.test too): one left out would make
      // Chrome prompt, and its prompt closes the popup.
      for (const notRead of banner.notRead?.split(' ') ?? []) await rig.chrome.allowSiteInExtensionsPage(notRead);
      const { page, harness } = await rig.chrome.clickAction(site);
      await settled(harness);
      // A real mouse click on the popup's button: permissions.request, answered by the user's earlier grant.
      await page.click('[data-action="grant-hosts"]');
      const final = await settled(harness, (h) => h.verdict === scenario.then.verdict && (h.rule === scenario.then.rule));
      expect(final.verdict).toBe(scenario.then.verdict);
      expect(final.rule).toBe(scenario.then.rule);
      expect((await bannerOf(harness)).notRead).toBeNull();
      expect(rig.fixture.requests.filter((r) => r.host === scenario.reads && r.status === 200).length).toBeGreaterThan(0);
      await harness.screenshot(shot(`granted-${host}`));
      await expectNoCspViolations(harness);
    });
  }
});

describe.sequential('screenshots for the README and the stores', () => {
  for (const lang of ['en', 'de'] as const) {
    describeWithBrowser('chromium', `chromium (${lang}): README and store screenshots from the build`, (executablePath) => {
      let rig: Rig;
      beforeAll(async () => {
        mkdirSync(DOCS, { recursive: true });
        rig = await startRig(executablePath, lang);
      });
      afterAll(async () => rig?.close());

      it(`writes docs/popup-*-${lang}-{light,dark}.png${lang === 'en' ? ' and the store images' : ''}`, async () => {
        const shots: Record<string, string> = {};
        const catalogue = JSON.parse(readFileSync(join(REPO_ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
        for (const [name, url, minActivities] of [['in-scope', 'https://bigbank.test/', 1], ['out-of-scope', 'https://commerce7.test/', 3]] as const) {
          const site = await rig.chrome.openSite(url);
          const clicked = await rig.chrome.clickAction(site);
          await settled(clicked.harness, (h) => h.activities.length >= minActivities);
          // The popup speaks the browser's language: a message as the catalogue of `lang` has it.
          expect(await clicked.harness.evaluate(() => chrome.i18n.getMessage('tabRules'))).toBe(catalogue.tabRules?.message);
          // The toolbar popup as the user sees it (its window's height), for the store images.
          for (const scheme of ['light', 'dark'] as const) {
            await clicked.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
            const path = join(RESULTS, `chromium-real-click-window-${name}-${lang}-${scheme}.png`);
            await screenshotPopup(clicked.page, path);
            shots[`${name}-${scheme}`] = path;
          }
          // The whole popup for the README: the same build opened as a page for the clicked tab (the click's
          // activeTab grant lets it read that tab), so the rules below the fold are in the picture too.
          const tabId = await clicked.harness.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
          expect(tabId).not.toBeNull();
          await clicked.page.close();
          const full = await rig.chrome.openExtensionPage(`src/popup/index.html?tab=${tabId}`, { width: 432, height: 700 });
          const hooks = await settled(full.harness, (h) => h.activities.length >= minActivities);
          expect(hooks.verdict).toBe(name.replace(/-/g, '_'));
          // Obligations ("You must") hold no forbidden activity: none of their sentences is a forbidden one.
          const overlap = await full.harness.evaluate(() => {
            const texts = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent?.trim() ?? '');
            const forbidden = new Set(texts('.item.forbidden blockquote, .item.forbidden .quote'));
            return texts('.item.obligation').filter((o) => [...forbidden].some((f) => f && o.includes(f)));
          });
          expect(overlap).toEqual([]);
          // The page's lang is the UI's; every tab's visible text outside the policy's quotes (marked with their own
          // lang) has no English word in German, and some in English (so the check can fail).
          const seen = await collectUiText(full.harness);
          expect(seen.ui).toBe(lang);
          const english = [...new Set(seen.text.flatMap(wordsOf).filter((w) => ENGLISH_ONLY.has(w)))];
          if (lang === 'de') expect(english).toEqual([]);
          else expect(english.length).toBeGreaterThan(5);
          for (const scheme of ['light', 'dark'] as const) {
            await full.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
            await full.page.screenshot({ path: join(DOCS, `popup-${name}-${lang}-${scheme}.png`), fullPage: true });
          }
          await full.page.close();
          await site.close();
        }
        if (lang === 'en') {
          const written = await writeStoreImages(rig.chrome, shots, DOCS);
          expect(written.map((w) => `${w.width}x${w.height}`)).toEqual(['1280x800', '1280x800', '440x280']);
        }
      });
    });
  }
});
