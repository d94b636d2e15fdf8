import { parse } from 'tldts';
import { anyMatch, type Reader } from './compile-reader.ts';

export interface FoundAppId {
  /** The identifier as written ("com.example.wallet"), or the store's id for a store link. */
  id: string;
  /** The scope pattern: `app:<id>` (never a DNS host). */
  pattern: string;
  start: number;
  end: number;
}

// Product names that say a sentence or table row is about an app; a language's words ("mobile app") are its pack's.
const APP_CONTEXT = /\b(?:android|ios|iphone|ipad|ipados|apk|ipa)\b/;
// Reverse-DNS identifiers: three or more dot-separated labels; the first must be a top-level domain.
const TOKEN = /[A-Za-z][A-Za-z0-9_]{0,62}(?:\.[A-Za-z0-9_-]{1,63}){2,12}/g;
// Where apps (not hosts of the organisation) are published.
const STORE_HOSTS = new Set(['play.google.com', 'apps.apple.com', 'itunes.apple.com', 'appgallery.huawei.com', 'f-droid.org']);
const SOURCE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sourceforge.net', 'git.sr.ht', 'sr.ht']);

/** True when lower-cased text speaks of an app (Android, iOS, or a pack's words: a store, a bundle id …). */
export function mentionsApp(norm: string, reader: Reader): boolean {
  const head = norm.length > 2000 ? norm.slice(0, 2000) : norm;
  return APP_CONTEXT.test(head) || anyMatch(reader, (p) => p.scope.app, head);
}

function isTopLevelDomain(label: string): boolean {
  const info = parse(`x.${label}`);
  return info.isIcann === true && info.publicSuffix === label;
}

/**
 * Reverse-DNS app identifiers ("com.example.wallet", "io.example.app.android") in a text that speaks of an
 * app (see mentionsApp): tokens of three or more labels whose first label is a top-level domain. They look
 * like host names but name no host. Ranges in `skip` (URLs, e-mail addresses) are not read. Linear.
 */
export function findAppIds(text: string, skip: ReadonlyArray<{ start: number; end: number }> = []): FoundAppId[] {
  const out: FoundAppId[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && /[A-Za-z0-9@/*.-]/.test(text[start - 1]!)) continue;
    if (end < text.length && /[A-Za-z0-9@/-]/.test(text[end]!)) continue;
    if (skip.some((r) => start < r.end && end > r.start)) continue;
    const id = m[0];
    if (!isTopLevelDomain(id.slice(0, id.indexOf('.')).toLowerCase())) continue;
    out.push({ id, pattern: `app:${id}`, start, end });
  }
  return out;
}

/** An app-store link → the app it names (`app:com.example.wallet`, `app:apple:id123`), else null. */
export function appIdFromStoreUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  if (!STORE_HOSTS.has(host)) return null;
  const id = u.searchParams.get('id');
  if (id && /^[A-Za-z][\w.]{0,200}$/.test(id)) return `app:${id}`;
  const apple = /\/(id\d{1,15})(?:$|[/?#])/.exec(u.pathname);
  if (apple) return `app:apple:${apple[1]}`;
  let path = u.pathname;
  while (path.endsWith('/')) path = path.slice(0, -1);
  return `app:${host}${path}`;
}

/** A source-code or app-store host ("github.com"): a path on it names an asset, the host alone names nothing of ours. */
export function isSourceOrStoreHost(host: string): boolean {
  const h = host.toLowerCase();
  return SOURCE_HOSTS.has(h) || STORE_HOSTS.has(h);
}

/**
 * A link to a repository (or a folder in one) on a source-code host, or to an app in a store: where an
 * asset lives, not a host of the organisation. The hosts' own pages (`https://github.com/`) are not.
 */
export function isSourceOrStoreUrl(url: string): boolean {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase();
    const segments = u.pathname.split('/').filter((s) => s.length > 0).length;
    return (SOURCE_HOSTS.has(host) && segments >= 2) || (STORE_HOSTS.has(host) && segments >= 1);
  } catch {
    return false;
  }
}
