import type { CoreDeps } from '../fetch/types.ts';
import type { DiodbIndex } from '../diodb/diodb-index.ts';
import { discoverPolicy } from '../policy/discover-policy.ts';
import type { PageLink } from '../policy/list-policy-candidates.ts';
import type { PolicyResult, PolicySource } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { compileScope } from '../scope/compile-scope.ts';
import type { UserScopeEntry } from '../scope/user-scope-entry.ts';
import { discoverSecurityTxt } from '../securitytxt/discover-security-txt.ts';
import { draftReport } from '../draft/draft-report.ts';
import type { DraftLanguage } from '../draft/draft-strings.ts';
import type { ResearcherProfile } from '../draft/draft-input.ts';
import type { CheckResult, SourceProgress } from './check-result.ts';
import { pickPolicy } from './pick-policy.ts';
import type { CompiledPlatformIndex } from '../platforms/compile-platform-index.ts';
import { judgeWithPlatforms } from '../platforms/judge-with-platforms.ts';
import { findCoordinators } from '../coordinators/find-coordinators.ts';

export interface CheckPageOptions {
  /** Per request. */
  timeoutMs: number;
  /** Links of the page the user is on (policy discovery by page link). */
  pageLinks?: PageLink[];
  /** The researcher's own program scope (parseUserScope), which takes part in the verdict. */
  userScope?: readonly UserScopeEntry[];
  /** The clock of this check (defaults to deps.now()). */
  now?: Date;
  /** The bundled disclose.io index, for "the site publishes nothing"; null or absent skips it. */
  diodb?: DiodbIndex | null;
  /** Loads that index only when it is needed (the extension fetches it from its package). */
  loadDiodb?: () => Promise<DiodbIndex | null>;
  /** The platforms' programme index (a source of its own beside security.txt and the policy). */
  platforms?: CompiledPlatformIndex | null;
  /** Loads that index on the first check that needs it (the extension fetches it from its package). */
  loadPlatforms?: () => Promise<CompiledPlatformIndex | null>;
  /** Fill the draft with this profile and language. */
  profile?: ResearcherProfile;
  language?: DraftLanguage;
  signal?: AbortSignal;
}

const LABELS = {
  securitytxt: 'security.txt',
  policy: 'Disclosure policy (page links, SECURITY.md, common paths)',
  policy_link: 'Policy linked from security.txt',
  verdict: 'Scope verdict',
} as const;

function isWebUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * The whole pipeline for one page: security.txt and policy discovery start together, the Policy links
 * security.txt names are fetched as soon as it arrives, then the verdict and a draft. A cold check costs
 * about two round trips, not one per candidate URL. Never throws; failures are in `sources`.
 */
export async function checkPage(
  url: string,
  deps: CoreDeps,
  options: CheckPageOptions,
  onProgress: (progress: SourceProgress) => void = () => {},
): Promise<CheckResult> {
  const now = options.now ?? deps.now();
  const page = isWebUrl(url);
  const sources = new Map<string, SourceProgress>();
  const report = (p: SourceProgress) => {
    sources.set(p.id, p);
    onProgress(p);
  };
  const base = { schema: 'scopecheck.check/1' as const, url, checked_at: now.toISOString() };
  if (!page) {
    report({ id: 'securitytxt', label: LABELS.securitytxt, url: null, state: 'skipped', message: 'Not a web page (only http and https pages can be checked).' });
    return { ...base, host: '', txt: null, policy: null, scope: null, draft: null, sources: [...sources.values()] };
  }
  const host = page.hostname;
  const signal = options.signal ? { signal: options.signal } : {};
  const wellKnown = `${page.origin}/.well-known/security.txt`;

  report({ id: 'securitytxt', label: LABELS.securitytxt, url: wellKnown, state: 'pending' });
  report({ id: 'policy', label: LABELS.policy, url: null, state: 'pending' });

  // Loaded while the sources are fetched; a failure only turns the platform source off.
  const platformsPromise = options.platforms !== undefined ? Promise.resolve(options.platforms) : options.loadPlatforms ? options.loadPlatforms().catch(() => null) : Promise.resolve(null);
  const txtPromise = discoverSecurityTxt(url, deps, { timeoutMs: options.timeoutMs, now, ...signal }).then((txt) => {
    const found = txt.source !== null && txt.parsed !== null;
    report({
      id: 'securitytxt', label: LABELS.securitytxt, url: txt.source?.final_url ?? wellKnown,
      state: found ? 'done' : 'failed',
      message: found
        ? txt.source?.inherited_from_parent ? `Inherited from ${txt.source.applies_to_host}` : txt.valid ? 'Valid' : `${txt.errors.length} error(s)`
        : 'No security.txt found',
    });
    return txt;
  });
  // Everything that does not depend on security.txt, in the same round.
  const otherPromise = discoverPolicy(url, { txt: null, ...(options.pageLinks ? { pageLinks: options.pageLinks } : {}) }, deps, {
    timeoutMs: options.timeoutMs, diodb: null, ...signal,
  }).then((found) => {
    report({
      id: 'policy', label: LABELS.policy, url: found.policy?.source?.url ?? null,
      state: found.policy ? 'done' : 'failed',
      message: found.policy ? `Found by ${found.policy.source?.found_by ?? 'search'}` : `None of ${found.sources.length} places held a policy`,
    });
    return found;
  });

  const txt: TxtResult = await txtPromise;
  const policyLinks = txt.parsed?.policy.filter((u) => isWebUrl(u)) ?? [];
  let linked: { policy: PolicyResult | null; sources: PolicySource[] } = { policy: null, sources: [] };
  if (policyLinks.length > 0) {
    report({ id: 'policy_link', label: LABELS.policy_link, url: policyLinks[0] ?? null, state: 'pending' });
    // No page links and no common paths: only what security.txt names (plus SECURITY.md on github.com pages).
    linked = await discoverPolicy(url, { txt }, deps, { timeoutMs: options.timeoutMs, diodb: null, commonPaths: false, ...signal });
    report({
      id: 'policy_link', label: LABELS.policy_link, url: linked.policy?.source?.url ?? policyLinks[0] ?? null,
      state: linked.policy ? 'done' : 'failed',
      message: linked.policy ? 'Read' : 'The linked policy could not be read',
    });
  }
  const other = await otherPromise;
  const published = linked.policy !== null || other.policy !== null;
  const diodb = options.diodb ?? (!published && options.loadDiodb ? await options.loadDiodb().catch(() => null) : null);
  const chosen = pickPolicy(linked, other, host, diodb);

  const compiled = compileScope({
    policy: chosen.policy,
    txt,
    pageHost: chosen.policy?.source?.url ? isWebUrl(chosen.policy.source.url)?.hostname ?? null : null,
    ...(options.userScope ? { userScope: options.userScope } : {}),
  });
  const scope = judgeWithPlatforms(host, compiled, await platformsPromise);
  report({ id: 'verdict', label: LABELS.verdict, url: null, state: 'done', message: scope.verdict });

  const draft = draftReport({
    pageUrl: url, txt, policy: chosen.policy, profile: options.profile ?? {}, language: options.language ?? 'en', now,
  });
  return {
    ...base,
    host,
    txt,
    policy: chosen.policy,
    policy_sources: chosen.sources,
    scope,
    ...(compiled.unreadable.length > 0 ? { scope_unreadable: compiled.unreadable.map((u) => ({ effect: u.effect, entry: u.text })) } : {}),
    // Nothing published (no security.txt, no policy, no programme, no disclose.io entry): who can coordinate.
    ...(!txt.parsed && !chosen.policy && (scope.programmes ?? []).length === 0 ? { coordinators: findCoordinators(host) } : {}),
    draft,
    sources: [...sources.values()],
  };
}
