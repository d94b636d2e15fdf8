import { appIdFromStoreUrl, findAppIds, isSourceOrStoreHost, isSourceOrStoreUrl } from './find-app-ids.ts';
import { findEmails } from './find-emails.ts';
import { findHosts } from './find-hosts.ts';
import { findUrls } from './find-urls.ts';

/** A thing a scope entry can name: a URL, a host (wildcard, IP) or an app. */
export interface ScopeItem {
  /** The pattern as it goes into the policy: a URL, a host, `*.host`, an IP or `app:<id>`. */
  value: string;
  kind: 'url' | 'host' | 'app';
  start: number;
  end: number;
}

const PATH = /^\/[A-Za-z0-9._~%/?=&+-]*/;

function trimPath(path: string): string {
  let p = path;
  while (p.length > 1 && '.,;:?'.includes(p[p.length - 1]!)) p = p.slice(0, -1);
  return p;
}

/**
 * "Mocks in https://github.com/o/r/tree/main/x": a deep link inside prose, not an item of its own. Words that
 * join list items (`connectives`, the packs' "and", "or") do not make a sentence.
 */
function isEmbedded(text: string, start: number, previousEnd: number, connectives: ReadonlySet<string>): boolean {
  const before = text.slice(previousEnd, start).trim();
  if (before.length === 0 || before.endsWith(':')) return false;
  return before.split(/[^\p{L}]+/u).some((w) => w.length >= 3 && !connectives.has(w.toLowerCase()));
}

function pathDepth(url: string): number {
  try {
    return new URL(url).pathname.split('/').filter((s) => s.length > 0).length;
  } catch {
    return 0;
  }
}

/**
 * URLs, hosts, IPs and apps named in a scope sentence or cell, in text order. An app-store link is the app
 * it names (`app:<id>`); with `appContext` (the text speaks of an Android or iOS app) reverse-DNS ids such
 * as `com.example.wallet` are apps, never hosts. A link to a folder of a repository inside a sentence
 * ("test contracts in https://github.com/o/r/tree/main/test") locates something; it is not an item.
 */
export function findScopeItems(text: string, appContext: boolean, connectives: ReadonlySet<string>): ScopeItem[] {
  const emails = findEmails(text);
  const urls = findUrls(text);
  const apps = appContext ? findAppIds(text, [...emails, ...urls]) : [];
  const hosts = findHosts(text, [...emails, ...urls, ...apps]);
  const items: ScopeItem[] = [];
  let previousEnd = 0;
  for (const u of urls) {
    const app = appIdFromStoreUrl(u.url);
    if (app) items.push({ value: app, kind: 'app', start: u.start, end: u.end });
    else if (!(isSourceOrStoreUrl(u.url) && pathDepth(u.url) > 2 && isEmbedded(text, u.start, previousEnd, connectives))) {
      items.push({ value: u.url, kind: 'url', start: u.start, end: u.end });
    }
    previousEnd = u.end;
  }
  for (const a of apps) items.push({ value: a.pattern, kind: 'app', start: a.start, end: a.end });
  for (const h of hosts) {
    // "github.com/org/repo" written without a scheme is the repository, not all of github.com.
    const path = isSourceOrStoreHost(h.value) ? PATH.exec(text.slice(h.end, h.end + 300)) : null;
    if (path && path[0].length > 1) {
      const url = `https://${h.value}${trimPath(path[0])}`;
      if (isSourceOrStoreUrl(url)) { items.push({ value: appIdFromStoreUrl(url) ?? url, kind: 'url', start: h.start, end: h.end + path[0].length }); continue; }
    }
    items.push({ value: h.value, kind: 'host', start: h.start, end: h.end });
  }
  return items.sort((a, b) => a.start - b.start);
}
