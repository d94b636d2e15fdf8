// @vitest-environment happy-dom
// The German popup shows no English outside quotes from the policy (marked with the policy's own `lang`), and the
// page's `lang` is the UI's. English words are those of the en catalogue that no de message uses; the same check
// over the English popup must find some, or it could not fail.
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../platform/mock-browser.ts';
import { formatMessage, loadMessages } from '../platform/fake-browser.ts';
import { ENGLISH_ONLY, wordsOf as words } from '../../support/english-words.ts';
import { bigbankCheck, bigbankOutOfScope, bigbankUnknown } from './fixtures/bigbank.ts';
import { noPolicyCheck } from './fixtures/no-policy.ts';
import { backgroundWith, entryOf, installBackground, NOW, showEveryPanel } from './popup-harness.ts';
import type { CheckResult } from '../../../src/core/index.ts';

vi.mock('../../../src/platform/browser.ts', () => import('../platform/mock-browser.ts'));
const { App } = await import('../../../src/popup/app.tsx');
const { localizeDocument } = await import('../../../src/platform/localize-document.ts');

function speak(locale: 'en' | 'de') {
  const messages = loadMessages(locale);
  fake.browser.i18n.getMessage = (key: string, subs?: string | string[]) => formatMessage(messages, key, subs);
  (fake.browser.i18n as { getUILanguage: () => string }).getUILanguage = () => (locale === 'de' ? 'de-DE' : 'en-US');
}

/** Text outside elements marked as another language than the UI's. */
function uiText(root: Element, ui: string): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const lang = el.getAttribute('lang');
    if (lang && !lang.toLowerCase().startsWith(ui)) return;
    // ids, hosts, URLs, the raw file: data in no language
    if (el.tagName === 'CODE' || el.tagName === 'PRE' || el.classList.contains('url') || el.classList.contains('raw') || el.getAttribute('translate') === 'no') return;
    el.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

async function englishIn(result: CheckResult, locale: 'en' | 'de'): Promise<string[]> {
  speak(locale);
  localizeDocument('extName');
  installBackground(fake, backgroundWith({ cached: entryOf(result) }));
  fake.tabs.set(7, { id: 7, url: `https://${result.host}/`, active: true });
  const { container } = render(<App search="" now={() => NOW} />);
  await waitFor(() => expect(container.querySelector('[data-verdict]')?.getAttribute('data-verdict')).not.toBe('loading'));
  await showEveryPanel();
  const found = uiText(container, locale).flatMap(words).filter((w) => ENGLISH_ONLY.has(w));
  cleanup();
  return [...new Set(found)];
}

const fixtures: Array<[string, () => CheckResult]> = [
  ['in scope, with findings, contacts and keys', () => bigbankCheck()],
  ['out of scope on a third-party platform', bigbankOutOfScope],
  ['unknown, with reasons', bigbankUnknown],
  ['no policy, security.txt errors and progress words', noPolicyCheck],
];

describe('the popup in German', () => {
  beforeEach(() => fake.reset());
  afterEach(() => {
    cleanup();
    speak('en');
  });

  it('the stoplist is English: it holds the UI words German does not use', () => {
    expect(ENGLISH_ONLY.size).toBeGreaterThan(200);
    for (const w of ['scope', 'security']) expect(ENGLISH_ONLY.has(w)).toBe(false);
    for (const w of ['found', 'should', 'testing', 'unknown']) expect(ENGLISH_ONLY.has(w)).toBe(true);
  });

  for (const [name, fixture] of fixtures) {
    it(`shows no English outside the policy's quotes: ${name}`, async () => {
      expect(await englishIn(fixture(), 'de')).toEqual([]);
      expect(document.documentElement.lang).toBe('de');
    });
  }

  it('the same check finds English in the English popup (it can fail)', async () => {
    expect((await englishIn(bigbankUnknown(), 'en')).length).toBeGreaterThan(5);
    expect(document.documentElement.lang).toBe('en');
  });

  it('marks quotes from the policy with the policy\'s language', async () => {
    speak('de');
    installBackground(fake, backgroundWith({ cached: entryOf(bigbankOutOfScope()) }));
    fake.tabs.set(7, { id: 7, url: 'https://bigbank.zendesk.com/', active: true });
    const { container } = render(<App search="" now={() => NOW} />);
    await waitFor(() => expect(container.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('out_of_scope'));
    expect(container.querySelector('[data-verdict] blockquote.quote')?.getAttribute('lang')).toBe('en');
    const inline = container.querySelector('.reasons [data-quote="policy"]');
    expect(inline?.getAttribute('lang')).toBe('en');
    expect(inline?.textContent).toBe('Third party domains, platforms and services not operated by Bigbank');
  });
});
