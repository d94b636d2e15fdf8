import type { Runtime } from '../platform/browser.ts';

/** Our own pages that may talk to the background. */
export const TRUSTED_PAGES = ['src/popup/index.html', 'src/options/index.html'] as const;

/**
 * Accepts only messages from this extension (`runtime.id`) sent by one of its own pages: not from
 * other extensions, and not from a content script of ours running inside a web page.
 */
export function isTrustedSender(sender: Runtime.MessageSender | undefined, runtimeId: string, pageUrl: (path: string) => string): boolean {
  if (!sender || sender.id !== runtimeId || typeof sender.url !== 'string') return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return TRUSTED_PAGES.some((path) => {
    const trusted = new URL(pageUrl(path));
    return url.origin === trusted.origin && url.pathname === trusted.pathname;
  });
}
