import { getDomain } from 'tldts';
import { msg } from '../message/message.ts';
import type { DiodbIndex } from '../diodb/diodb-index.ts';
import { diodbPolicyResult } from '../diodb/diodb-policy-result.ts';
import { findDiodbPrograms } from '../diodb/find-diodb-programs.ts';
import { collectHtmlLinks } from '../document/collect-html-links.ts';
import { fetchSafely } from '../fetch/fetch-safely.ts';
import { holdSpeculativeFetches } from '../fetch/hold-speculative-fetches.ts';
import type { CoreDeps } from '../fetch/types.ts';
import { findPolicyDocument, type FoundPolicyDocument } from '../policy/discover-policy.ts';
import {
  COMMON_POLICY_PATHS, listLinkCandidates, listPolicyCandidates, type PageLink, type PolicyCandidate,
} from '../policy/list-policy-candidates.ts';
import type { FetchRecord } from '../schemas/fetch-record.ts';
import type { PolicyResult, PolicySource } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { discoverSecurityTxt } from '../securitytxt/discover-security-txt.ts';
import { parseWebUrl } from '../url/is-web-url.ts';
import type { CompiledPlatformIndex } from '../platforms/compile-platform-index.ts';
import type { SourceProgress } from './check-result.ts';
import { primePolicyReader } from '../policy/prime-policy-reader.ts';

export interface FindSourcesOptions {
  /** Per request. */
  timeoutMs: number;
  /** The clock of this check (defaults to deps.now()). */
  now?: Date;
  /**
   * Links of the page the user is on (policy discovery by page link); a promise when they are still being read
   * (security.txt does not wait for them). Absent or resolving to undefined: the page is fetched and read instead.
   */
  pageLinks?: PageLink[] | Promise<PageLink[] | undefined>;
  /** The bundled disclose.io index, for "the site publishes nothing"; null or absent skips it. */
  diodb?: DiodbIndex | null;
  /** Loads that index only when it is needed (the extension fetches it from its package). */
  loadDiodb?: () => Promise<DiodbIndex | null>;
  /** The bug bounty platforms' programme index (a source of its own beside security.txt and the policy). */
  platforms?: CompiledPlatformIndex | null;
  /** Loads that index on the first check that needs it (the extension reads it from its package). */
  loadPlatforms?: () => Promise<CompiledPlatformIndex | null>;
  /** On a subdomain, also probe the registrable domain's common policy paths and home-page links (default true). */
  parentDomain?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: SourceProgress) => void;
  /**
   * Called once, before findSources returns, when the policy a check goes by can no longer change (the linked
   * policy was read; or every place that outranks the chosen one has answered) while other requests that cannot
   * change it are still out (a signature's key, a detached signature, lower-ranked discovery probes). `txt` is
   * then the file's preview (fields and findings, no signature status). Everything the verdict depends on is in.
   */
  onDecided?: (found: FoundSources) => void;
}

/** The policy a check goes by, before it is read: a fetched document, or the community entry (already data). */
export type ChosenPolicy =
  | { kind: 'document'; record: FetchRecord; source: PolicySource }
  | { kind: 'community'; policy: PolicyResult };

export interface FoundSources {
  url: string;
  /** The page's host; empty when the URL is not a web page. */
  host: string;
  checked_at: string;
  txt: TxtResult | null;
  chosen: ChosenPolicy | null;
  /** Every place tried, each URL once; the chosen one is the same object as `chosen.source`. */
  policy_sources: PolicySource[];
  /** Whether any request got an HTTP answer (false: network, DNS or TLS failed everywhere). */
  reached: boolean;
  /** The registrable domain probed for the page's subdomain, if any. */
  parent: string | null;
  /** The platforms' programme index, when one was given or loaded (null: the platform source is off). */
  platforms: CompiledPlatformIndex | null;
}

/** Progress ids and labels (the popup shows one line per source). */
export const SOURCE_LABELS = {
  securitytxt: 'security.txt',
  policy: 'Disclosure policy (page links, SECURITY.md, common paths)',
  policy_link: 'Policy linked from security.txt',
  policy_parent: 'Disclosure policy on the parent domain',
  verdict: 'Scope verdict',
} as const;

const HOME_PAGE_BYTES = 512 * 1024;
/** Discovery requests out before the Policy links: with security.txt's two, the six connections of HTTP/1.1. */
const PROBES_BEFORE_POLICY_LINKS = 4;

/**
 * The one place that finds where a page's rules are: security.txt on the host and its parents (inheritance,
 * RFC 9116 precedence, the http fallback), the policy it links to, else the policy found on the site (page
 * links, SECURITY.md, common paths), else on the registrable domain (its common paths and home-page links,
 * labelled as found on the parent; probed only when the site holds nothing), else the disclose.io community
 * entry. security.txt and every candidate that does not depend on it go out in the same round; the Policy
 * links as soon as security.txt arrives.
 * Hosts the caller may not read (the extension's ungranted hosts) simply fail here; the caller's fetch
 * records them. Platform programmes are another source and join here (see the marked hook). Never throws.
 */
export async function findSources(url: string, deps: CoreDeps, options: FindSourcesOptions): Promise<FoundSources> {
  const now = options.now ?? deps.now();
  const report = options.onProgress ?? (() => {});
  const page = parseWebUrl(url);
  const base = { url, checked_at: now.toISOString(), txt: null, chosen: null, policy_sources: [], reached: false, parent: null, platforms: null };
  if (!page) {
    report({ id: 'securitytxt', label: SOURCE_LABELS.securitytxt, url: null, state: 'skipped', message: msg('progress_notWebPage') });
    return { ...base, host: '' };
  }
  const host = page.hostname;
  const signal = options.signal ? { signal: options.signal } : {};
  const round = { timeoutMs: options.timeoutMs, ...signal };
  // The site's own discovery probes go out at once but yield to security.txt and its Policy links, which
  // outrank them: over HTTP/1.1's six connections per host the linked policy must not queue behind them. So
  // they are low priority, and at most four are out until the Policy links have been followed.
  const probes = { ...round, priority: 'low' as const };
  const speculative = holdSpeculativeFetches(deps, PROBES_BEFORE_POLICY_LINKS);
  const wellKnown = `${page.origin}/.well-known/security.txt`;
  report({ id: 'securitytxt', label: SOURCE_LABELS.securitytxt, url: wellKnown, state: 'pending' });
  report({ id: 'policy', label: SOURCE_LABELS.policy, url: null, state: 'pending' });

  // The fields as soon as the file is read: its Policy links go out then, beside its key or detached signature.
  let preview: (value: TxtResult) => void = () => {};
  const previewPromise = new Promise<TxtResult>((resolve) => { preview = resolve; });
  // The chosen file's fields as soon as it is chosen, before lower-ranked candidates answer: for its Policy links
  // (discoverSecurityTxt calls onChosen once the https round has decided, with null when it holds no file).
  let chosenTxt: (value: TxtResult | null) => void = () => {};
  const chosenPromise = new Promise<TxtResult | null>((resolve) => { chosenTxt = resolve; });
  let linkedRead: () => void = () => {};
  const signatureLookupsAfter = new Promise<void>((resolve) => { linkedRead = resolve; });
  let txtDone = false;
  const txtPromise = discoverSecurityTxt(url, deps, { timeoutMs: options.timeoutMs, now, ...signal, onChosen: (p) => chosenTxt(p), onParsed: (p) => preview(p), signatureLookupsAfter }).then((txt) => {
    txtDone = true;
    chosenTxt(txt);
    preview(txt);
    const found = txt.source !== null && txt.parsed !== null;
    report({
      id: 'securitytxt', label: SOURCE_LABELS.securitytxt, url: txt.source?.final_url ?? wellKnown,
      state: found ? 'done' : 'failed',
      message: found
        ? txt.source?.inherited_from_parent ? msg('progress_inheritedFrom', { host: txt.source.applies_to_host }) : txt.valid ? msg('progress_valid') : msg('progress_errors', { count: txt.errors.length })
        : msg('progress_noSecurityTxt'),
    });
    return txt;
  });
  // Everything that does not depend on security.txt, in the same round.
  // The page's links: given by the extension (read from the live page), else read from the page as fetched.
  // Common paths and SECURITY.md go out at once; the links read from the fetched page follow as they arrive.
  const givenLinks = Promise.resolve(options.pageLinks).catch(() => undefined);
  const ownPromise = givenLinks.then((pageLinks) => findPolicyDocument(url, { txt: null, ...(pageLinks ? { pageLinks } : {}) }, speculative.deps, probes));
  const linksPromise = givenLinks.then((given) => given ? null : readPageLinks(page.href, speculative.deps, probes).then(async ({ links, finalUrl }) => {
    const known = new Set(listPolicyCandidates(url, { txt: null }).map((c) => c.url));
    const candidates = listLinkCandidates(new URL(finalUrl), links).filter((c) => !known.has(c.url));
    return candidates.length > 0 ? findPolicyDocument(url, { txt: null, candidates }, speculative.deps, probes) : null;
  }));
  let otherDone = false;
  const otherPromise = Promise.all([ownPromise, linksPromise]).then(([own, byLink]) => mergeRounds(own, byLink)).then((found) => {
    otherDone = true;
    report({
      id: 'policy', label: SOURCE_LABELS.policy, url: found.best?.source.url ?? null,
      state: found.best ? 'done' : 'failed',
      message: found.best ? msg('progress_foundBy', { how: msg(`foundBy_${found.best.source.found_by}`) }) : msg('progress_noPolicy', { count: found.sources.length }),
    });
    return found;
  });
  // Platform programmes (bug bounty platforms' published scopes) join this first round as another source; a
  // failure to load the index only turns that source off.
  const platformsPromise = options.platforms !== undefined ? Promise.resolve(options.platforms)
    : options.loadPlatforms ? options.loadPlatforms().catch(() => null) : Promise.resolve(null);

  const parent = options.parentDomain === false ? null : parentDomainOf(host);
  // No https file: the probes may be what finds the policy, so they all go out now.
  const chosenEarly = await chosenPromise;
  if (!chosenEarly) speculative.release();
  // Whichever document is read next arrives a round trip from now: the reader gets ready meanwhile.
  primePolicyReader();
  const chosen = chosenEarly ?? await previewPromise;
  const linkCandidates = listPolicyCandidates(url, { txt: chosen }).filter((c) => c.found_by === 'securitytxt_policy');
  let linked: FoundPolicyDocument = { best: null, sources: [] };
  if (linkCandidates.length > 0) {
    report({ id: 'policy_link', label: SOURCE_LABELS.policy_link, url: linkCandidates[0]!.url, state: 'pending' });
    linked = await findPolicyDocument(url, { txt: chosen, candidates: linkCandidates }, deps, round).finally(linkedRead);
    report({
      id: 'policy_link', label: SOURCE_LABELS.policy_link, url: linked.best?.source.url ?? linkCandidates[0]!.url,
      state: linked.best ? 'done' : 'failed',
      message: linked.best ? msg('progress_read') : msg('progress_linkUnreadable'),
    });
  }
  speculative.release();
  linkedRead();
  const early = await previewPromise;
  const platforms = await platformsPromise;
  // The linked policy outranks everything else: once it is read, the rest cannot change the choice.
  const decide = (best: NonNullable<FoundPolicyDocument['best']>, sources: PolicySource[]) => {
    if (txtDone && otherDone) return;
    options.onDecided?.({
      ...base, host, txt: early, parent, reached: true, platforms,
      policy_sources: dedupeSources(sources, best.source), chosen: { kind: 'document', ...best },
    });
  };
  if (linked.best) decide(linked.best, linked.sources);
  const other = await otherPromise;
  // Only when the site itself holds nothing: the registrable domain, one more round (fewer requests on every
  // site that publishes its own policy, and the parent's policy never outranks the site's own anyway).
  const onParent = parent && !linked.best && !other.best ? await findOnParent(page, parent, deps, round, report) : null;
  const rounds = [linked, other, ...(onParent ? [onParent] : [])];
  const best = rounds.find((r) => r.best !== null)?.best ?? null;
  if (best && !linked.best) decide(best, rounds.flatMap((r) => r.sources));
  const txt = await txtPromise;
  const policy_sources = dedupeSources(rounds.flatMap((r) => r.sources), best?.source ?? null);
  const reached = (txt.source?.attempts ?? []).some((a) => a.status !== null) || policy_sources.some((s) => s.status !== null);
  if (best) return { ...base, host, txt, parent, reached, platforms, policy_sources, chosen: { kind: 'document', ...best } };

  const diodb = options.diodb ?? (options.loadDiodb ? await options.loadDiodb().catch(() => null) : null);
  const program = diodb ? findDiodbPrograms(host, diodb)[0] : undefined;
  if (!program || !diodb) return { ...base, host, txt, parent, reached, platforms, policy_sources };
  const fallback = diodbPolicyResult(program, diodb);
  return { ...base, host, txt, parent, reached, platforms, policy_sources: [...policy_sources, fallback.source], chosen: { kind: 'community', policy: fallback.policy } };
}

/** The registrable domain when `host` is one of its subdomains (private suffixes count), else null. */
function parentDomainOf(host: string): string | null {
  const registrable = getDomain(host, { allowPrivateDomains: true });
  return registrable && registrable !== host && host.endsWith(`.${registrable}`) ? registrable : null;
}

/** The registrable domain's common policy paths and the security links of its home page, as one round. */
async function findOnParent(
  page: URL, parent: string, deps: CoreDeps, round: { timeoutMs: number; signal?: AbortSignal },
  report: (progress: SourceProgress) => void,
): Promise<FoundPolicyDocument> {
  const origin = `${page.protocol}//${parent}${page.port ? `:${page.port}` : ''}`;
  const home = `${origin}/`;
  report({ id: 'policy_parent', label: SOURCE_LABELS.policy_parent, url: home, state: 'pending' });
  const candidates: PolicyCandidate[] = COMMON_POLICY_PATHS.map((path) => ({ url: `${origin}${path}`, found_by: 'common_path', priority: 4 }));
  const { links, finalUrl } = await readPageLinks(home, deps, round);
  const known = new Set(candidates.map((c) => c.url));
  for (const c of listLinkCandidates(new URL(finalUrl), links)) if (!known.has(c.url)) candidates.push(c);
  const found = await findPolicyDocument(home, { txt: null, candidates }, deps, round);
  const note = `on the parent domain ${parent}`;
  for (const source of found.sources) source.note = source.note ? `${note}; ${source.note}` : note;
  report({
    id: 'policy_parent', label: SOURCE_LABELS.policy_parent, url: found.best?.source.url ?? home,
    state: found.best ? 'done' : 'failed',
    message: found.best ? msg('progress_foundByOn', { how: msg(`foundBy_${found.best.source.found_by}`), parent }) : msg('progress_nothingOn', { parent }),
  });
  return found;
}

/** The links of a page as fetched (HTML read without a DOM; scripts never run); none when it does not answer. */
async function readPageLinks(url: string, deps: CoreDeps, round: { timeoutMs: number; priority?: 'high' | 'low'; signal?: AbortSignal }): Promise<{ links: PageLink[]; finalUrl: string }> {
  const record = await fetchSafely(url, deps, { ...round, maxBytes: HOME_PAGE_BYTES, maxRedirects: 5, accept: 'text/html, */*;q=0.1' });
  if (record.error || record.status !== 200 || !record.body) return { links: [], finalUrl: url };
  return { links: collectHtmlLinks(record.body, record.content_type), finalUrl: record.final_url };
}

/** Two rounds as one: every source, and the more trusted of the two best documents (the first on a tie). */
function mergeRounds(first: FoundPolicyDocument, second: FoundPolicyDocument | null): FoundPolicyDocument {
  if (!second) return first;
  const best = !first.best ? second.best : !second.best || first.best.priority <= second.best.priority ? first.best : second.best;
  return { best, sources: [...first.sources, ...second.sources] };
}

/** Each URL once, first seen first; the chosen source keeps its place under its URL. */
function dedupeSources(sources: readonly PolicySource[], chosen: PolicySource | null): PolicySource[] {
  const byUrl = new Map<string, PolicySource>();
  for (const s of sources) if (!byUrl.has(s.url)) byUrl.set(s.url, s);
  if (chosen) byUrl.set(chosen.url, chosen);
  return [...byUrl.values()];
}
