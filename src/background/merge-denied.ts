import type { CheckResult } from '../core/index.ts';

/** The reason recorded for URLs the extension did not request because the host was not granted. */
export const NO_PERMISSION_REASON = 'no_permission';

/** Adds the URLs the guard refused to the result's `unreachable`, marking why. */
export function mergeDenied(result: CheckResult, denied: readonly string[]): CheckResult {
  if (denied.length === 0) return result;
  const unreachable = (result.unreachable ?? []).map((u) =>
    denied.includes(u.url) ? { ...u, reason: NO_PERMISSION_REASON } : u,
  );
  for (const url of denied) {
    if (!unreachable.some((u) => u.url === url)) unreachable.push({ url, reason: NO_PERMISSION_REASON });
  }
  return { ...result, unreachable };
}
