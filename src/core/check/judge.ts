import type { PolicyResult } from '../schemas/policy-result.ts';
import type { ScopeVerdict } from '../schemas/scope-verdict.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import { compileScope } from '../scope/compile-scope.ts';
import type { CompiledScope } from '../scope/compiled-scope.ts';
import type { CompiledPlatformIndex } from '../platforms/compile-platform-index.ts';
import { judgeWithPlatforms } from '../platforms/judge-with-platforms.ts';
import type { UserScopeEntry } from '../scope/user-scope-entry.ts';
import { parseWebUrl } from '../url/is-web-url.ts';

/**
 * The single rule of "this site": the host the policy was published on. Community data (disclose.io) and a
 * file read without a --base-url were published nowhere we know, so "this site" stays unresolved there.
 */
export function thisSiteOf(policy: PolicyResult | null): string | null {
  const source = policy?.source;
  if (!source || source.found_by === 'diodb' || source.found_by === 'file') return null;
  return parseWebUrl(source.url)?.hostname ?? null;
}

export interface Judgement {
  /** The scope every host is judged against (the policy, security.txt and the user's own scope). */
  scope: CompiledScope;
  /** The verdict for the page's own host; null when there is no page host. */
  verdict: ScopeVerdict | null;
}

/**
 * The third stage: the scope the sources give, and the verdict for the page's host. The platforms' programmes
 * take part when their index is there (a platform exclusion means out of scope; the stricter answer wins).
 */
export function judge(
  read: { host: string; txt: TxtResult | null; policy: PolicyResult | null; platforms?: CompiledPlatformIndex | null },
  options: { userScope?: readonly UserScopeEntry[] } = {},
): Judgement {
  const scope = compileScope({
    policy: read.policy,
    txt: read.txt,
    pageHost: thisSiteOf(read.policy),
    ...(options.userScope ? { userScope: options.userScope } : {}),
  });
  return { scope, verdict: read.host ? judgeWithPlatforms(read.host, scope, read.platforms ?? null) : null };
}
