import type { CheckResult } from '../../core/index.ts';

export type BannerVerdict = 'loading' | 'in_scope' | 'out_of_scope' | 'unknown' | 'no_policy' | 'error';

/** The `unreachable` reason the background records for a URL it did not request for lack of host access. */
const NOT_GRANTED = 'no_permission';

/**
 * The banner's verdict for a finished check. A decided scope verdict wins (even without a policy,
 * e.g. from the user's own program scope). Without a policy and without a decision: `no_policy`, but only
 * when every place a policy could be was read; a parent domain, registrable domain or Policy link the user
 * has not granted yet makes it `unknown` (nothing is known until it is read).
 */
export function verdictOf(result: CheckResult): Exclude<BannerVerdict, 'loading' | 'error'> {
  const verdict = result.scope?.verdict;
  if (verdict === 'in_scope' || verdict === 'out_of_scope') return verdict;
  if (!result.policy && notReadHosts(result).length === 0) return 'no_policy';
  return 'unknown';
}

/** The host names a check could not reach for lack of permission, or at all, without duplicates. */
export function unreachableUrls(result: CheckResult, reason?: string): string[] {
  return (result.unreachable ?? []).filter((u) => reason === undefined || u.reason === reason).map((u) => u.url);
}

/** The hosts the check did not read because the user has not granted them, in first-seen order. */
export function notReadHosts(result: CheckResult): string[] {
  const hosts = new Set<string>();
  for (const url of unreachableUrls(result, NOT_GRANTED)) {
    try {
      hosts.add(new URL(url).hostname);
    } catch {
      // not a URL: nothing to name
    }
  }
  return [...hosts];
}
