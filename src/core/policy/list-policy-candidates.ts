import { parse } from 'tldts';
import type { PolicySource } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { SHARED_PLATFORM_DOMAINS } from '../diodb/shared-platforms.ts';

/** A URL that may hold the disclosure policy, how it was found, and how much to trust it (lower is better). */
export interface PolicyCandidate {
  url: string;
  found_by: PolicySource['found_by'];
  priority: number;
}

export interface PageLink {
  href: string;
  text: string;
}

/** Paths organisations commonly publish their policy at, in several languages; short on purpose. */
export const COMMON_POLICY_PATHS = [
  '/security', '/responsible-disclosure', '/responsible-disclosure-policy', '/vulnerability-disclosure-policy',
  '/security-policy', '/bug-bounty', '/verantwoordelijke-openbaarmaking', '/coordinated-vulnerability-disclosure',
] as const;

const SECURITY_MD_PATHS = ['SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md'] as const;
const LINK_WORDS = /securit|disclos|vulnerab|bug[\s_-]?bount|responsib|kwetsba|openbaarmaking|meldpunt|sicherheit|schwachstell|sécurité|securite|vulnérab|divulgation|\bcvd\b|\bvdp\b|security\.txt/i;
const MAX_LINKS = 4;

function normalise(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** github.com/o/r/blob/ref/path → raw.githubusercontent.com/o/r/ref/path (Markdown instead of a rendered page). */
export function githubRawUrl(url: string): string | null {
  const m = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\/(.+)$/.exec(url);
  return m ? `https://raw.githubusercontent.com/${m[1]}/${m[2]}/${m[3]}` : null;
}

/** For a page on github.com/<owner>/<repo>: the repository's SECURITY.md locations, then the owner's .github repo. */
export function githubSecurityMdCandidates(pageUrl: string): PolicyCandidate[] {
  let u: URL;
  try {
    u = new URL(pageUrl);
  } catch {
    return [];
  }
  if (u.hostname !== 'github.com') return [];
  const [owner, repo] = u.pathname.split('/').filter(Boolean);
  if (!owner || !/^[A-Za-z0-9-]{1,39}$/.test(owner)) return [];
  const raw = (r: string, path: string) => `https://raw.githubusercontent.com/${owner}/${r}/HEAD/${path}`;
  const out: PolicyCandidate[] = [];
  if (repo && /^[A-Za-z0-9._-]{1,100}$/.test(repo)) {
    for (const path of SECURITY_MD_PATHS) out.push({ url: raw(repo, path), found_by: 'github_security_md', priority: 1 });
  }
  if (repo !== '.github') out.push({ url: raw('.github', 'SECURITY.md'), found_by: 'github_security_md', priority: 2 });
  return out;
}

function isSharedPlatform(host: string): boolean {
  const domain = parse(host, { allowPrivateDomains: false }).domain ?? host;
  return SHARED_PLATFORM_DOMAINS.has(domain) && domain !== 'github.com';
}

/** Links of the page whose text or address speaks of security, disclosure, vulnerabilities or bug bounties. */
export function listLinkCandidates(page: URL, links: readonly PageLink[]): PolicyCandidate[] {
  const site = parse(page.hostname).domain;
  const scored: Array<{ url: string; score: number }> = [];
  for (const link of links.slice(0, 2000)) {
    let target: URL;
    try {
      target = new URL(link.href, page);
    } catch {
      continue;
    }
    if ((target.protocol !== 'https:' && target.protocol !== 'http:') || isSharedPlatform(target.hostname)) continue;
    const text = `${link.text.slice(0, 200)} ${target.pathname}`;
    if (!LINK_WORDS.test(text) || /\.well-known\/security\.txt$/.test(target.pathname)) continue;
    if (target.origin === page.origin && target.pathname === page.pathname) continue;
    const sameSite = parse(target.hostname).domain === site;
    scored.push({ url: target.href, score: (sameSite ? 2 : 0) + (LINK_WORDS.test(link.text) ? 1 : 0) });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, MAX_LINKS).map((s) => ({ url: s.url, found_by: 'page_link', priority: 3 }));
}

/**
 * Every place the policy may be, best first: the security.txt Policy links (GitHub blob links read as raw
 * Markdown), SECURITY.md on GitHub, links on the page, then a few common paths on the page's origin.
 * Deduplicated; at most `max`.
 */
export function listPolicyCandidates(pageUrl: string, input: { txt: TxtResult | null; pageLinks?: readonly PageLink[] }, max = 16): PolicyCandidate[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  const out: PolicyCandidate[] = [];
  for (const policy of input.txt?.parsed?.policy ?? []) {
    out.push({ url: githubRawUrl(policy) ?? policy, found_by: 'securitytxt_policy', priority: 0 });
  }
  // The page itself: first when its address looks like a policy ("/security"), otherwise a last resort.
  out.push({ url: page.href, found_by: 'user', priority: LINK_WORDS.test(page.pathname) ? 0 : 5 });
  out.push(...githubSecurityMdCandidates(page.href));
  out.push(...listLinkCandidates(page, input.pageLinks ?? []));
  if (!isSharedPlatform(page.hostname) && page.hostname !== 'github.com') {
    for (const path of COMMON_POLICY_PATHS) out.push({ url: new URL(path, page.origin).href, found_by: 'common_path', priority: 4 });
  }
  const seen = new Set<string>();
  const unique: PolicyCandidate[] = [];
  for (const c of out) {
    const url = normalise(c.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    unique.push({ ...c, url });
  }
  return unique.slice(0, max);
}
