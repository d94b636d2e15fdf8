import { browser } from './browser.ts';
import { exactOriginPatternFor } from '../shared/origin-patterns.ts';

/** Whether every pattern is granted (optional host permissions; activeTab grants do not show here). */
export async function hasOrigins(patterns: string[]): Promise<boolean> {
  if (patterns.length === 0) return true;
  try {
    return await browser.permissions.contains({ origins: patterns });
  } catch {
    return false;
  }
}

/**
 * Asks the user for host permissions. Call it directly from the click handler, before any await:
 * Firefox only shows the prompt during the user's gesture.
 */
export function requestOrigins(patterns: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: patterns }).catch(() => false);
}

export async function removeOrigins(patterns: string[]): Promise<boolean> {
  return browser.permissions.remove({ origins: patterns }).catch(() => false);
}

/** The host patterns the user has granted, sorted. */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return [...(all.origins ?? [])].sort();
}

/** Whether the extension may fetch `url`: a granted host, or the tab's own origin after the click (activeTab). */
export async function mayFetch(url: string, activeTabOrigin: string | null): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (activeTabOrigin !== null && parsed.hostname === safeHostname(activeTabOrigin)) return true;
  const pattern = exactOriginPatternFor(url);
  return pattern !== null && hasOrigins([pattern]);
}

function safeHostname(origin: string): string | null {
  try {
    return new URL(origin).hostname;
  } catch {
    return null;
  }
}
