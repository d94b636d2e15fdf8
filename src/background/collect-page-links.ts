import { browser } from '../platform/browser.ts';

export interface PageLink {
  href: string;
  text: string;
}

export const MAX_PAGE_LINKS = 500;
export const LINKS_TIMEOUT_MS = 1500;

/**
 * Runs inside the page (self-contained: executeScript serialises it). Returns the page's address and
 * its first `max` links, as the browser resolved them.
 */
export function readLinksInPage(max: number): { url: string; links: PageLink[] } {
  const links: PageLink[] = [];
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    if (links.length >= max) break;
    links.push({ href: (a as HTMLAnchorElement).href, text: (a.textContent ?? '').trim().slice(0, 300) });
  }
  return { url: location.href, links };
}

/** What the page returned is as hostile as the page: keep only well-formed http(s) links, bounded. */
export function sanitizePageLinks(value: unknown, pageUrl: string): PageLink[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { url, links } = value as { url?: unknown; links?: unknown };
  if (typeof url !== 'string' || !Array.isArray(links)) return undefined;
  try {
    // The tab may have navigated since the popup opened: its links would belong to another page.
    if (new URL(url).origin !== new URL(pageUrl).origin) return undefined;
  } catch {
    return undefined;
  }
  const seen = new Set<string>();
  const out: PageLink[] = [];
  for (const link of links.slice(0, MAX_PAGE_LINKS)) {
    const { href, text } = (link ?? {}) as { href?: unknown; text?: unknown };
    if (typeof href !== 'string' || href.length > 2048 || !/^https?:\/\//i.test(href) || seen.has(href)) continue;
    seen.add(href);
    out.push({ href, text: typeof text === 'string' ? text.slice(0, 300) : '' });
  }
  return out;
}

type Scripting = {
  executeScript: (details: { target: { tabId: number }; func: (max: number) => unknown; args: [number] }) => Promise<{ result?: unknown }[]>;
};

/**
 * The links on the page the user clicked on, for policy discovery. Needs the optional "scripting"
 * permission (with activeTab it reaches only the tab the user invoked Scopecheck on); without it,
 * or on any failure, undefined: discovery then goes without page links.
 */
export async function collectPageLinks(tabId: number, pageUrl: string): Promise<PageLink[] | undefined> {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  if (!scripting?.executeScript) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const run = scripting.executeScript({ target: { tabId }, func: readLinksInPage, args: [MAX_PAGE_LINKS] });
    // A page busy in a long script must not hold the check up.
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), LINKS_TIMEOUT_MS);
    });
    const frames = await Promise.race([run, late]);
    return frames ? sanitizePageLinks(frames[0]?.result, pageUrl) : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
