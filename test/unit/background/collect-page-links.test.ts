// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../platform/mock-browser.ts';

vi.mock('../../../src/platform/browser.ts', () => import('../platform/mock-browser.ts'));
const { collectPageLinks, readLinksInPage, sanitizePageLinks } = await import('../../../src/background/collect-page-links.ts');

const PAGE = 'https://www.shop.example.test/cart';
const withScripting = (executeScript: unknown) => Object.assign(fake.browser, { scripting: { executeScript } });

describe('page links', () => {
  afterEach(() => {
    delete (fake.browser as { scripting?: unknown }).scripting;
  });

  it('reads the page\'s resolved links, bounded', () => {
    document.body.textContent = '';
    for (const [href, text] of [['/security', '  Security  '], ['https://bugs.example.test/', 'Report a bug'], ['mailto:a@b.example', 'mail']] as const) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      document.body.append(a);
    }
    const out = readLinksInPage(2);
    expect(out.links).toHaveLength(2);
    expect(out.links[0]?.text).toBe('Security');
    expect(out.links[1]).toEqual({ href: 'https://bugs.example.test/', text: 'Report a bug' });
  });

  it('keeps only http(s) links from the same page, deduplicated and capped', () => {
    const links = [
      { href: 'https://www.shop.example.test/security', text: 'Security' },
      { href: 'https://www.shop.example.test/security', text: 'again' },
      { href: 'javascript:alert(1)', text: 'x' },
      { href: 42, text: 'x' },
      null,
      { href: `https://a.example/${'a'.repeat(3000)}`, text: 'long' },
      { href: 'http://b.example/', text: 7 },
    ];
    expect(sanitizePageLinks({ url: PAGE, links }, PAGE)).toEqual([
      { href: 'https://www.shop.example.test/security', text: 'Security' },
      { href: 'http://b.example/', text: '' },
    ]);
    expect(sanitizePageLinks({ url: 'https://elsewhere.example/', links }, PAGE)).toBeUndefined();
    expect(sanitizePageLinks('nonsense', PAGE)).toBeUndefined();
    const many = Array.from({ length: 2000 }, (_, i) => ({ href: `https://a.example/${i}`, text: '' }));
    expect(sanitizePageLinks({ url: PAGE, links: many }, PAGE)).toHaveLength(500);
  });

  it('needs the scripting API; failures and slow pages give undefined', async () => {
    expect(await collectPageLinks(1, PAGE)).toBeUndefined();
    withScripting(async () => [{ result: { url: PAGE, links: [{ href: 'https://www.shop.example.test/vdp', text: 'VDP' }] } }]);
    expect(await collectPageLinks(1, PAGE)).toEqual([{ href: 'https://www.shop.example.test/vdp', text: 'VDP' }]);
    withScripting(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await collectPageLinks(1, PAGE)).toBeUndefined();
    vi.useFakeTimers();
    try {
      withScripting(() => new Promise(() => {}));
      const pending = collectPageLinks(1, PAGE);
      await vi.advanceTimersByTimeAsync(1600);
      expect(await pending).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
