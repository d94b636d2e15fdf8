import type { CheckResult } from '../../core/index.ts';

export type BannerVerdict = 'loading' | 'in_scope' | 'out_of_scope' | 'unknown' | 'no_policy' | 'error';

/**
 * The banner's verdict for a finished check. A decided scope verdict wins (even without a policy,
 * e.g. from the user's own program scope); without a policy and without a decision: no_policy.
 */
export function verdictOf(result: CheckResult): Exclude<BannerVerdict, 'loading' | 'error'> {
  const verdict = result.scope?.verdict;
  if (verdict === 'in_scope' || verdict === 'out_of_scope') return verdict;
  if (!result.policy) return 'no_policy';
  return 'unknown';
}

/** The host names a check could not reach for lack of permission, or at all, without duplicates. */
export function unreachableUrls(result: CheckResult, reason?: string): string[] {
  return (result.unreachable ?? []).filter((u) => reason === undefined || u.reason === reason).map((u) => u.url);
}
