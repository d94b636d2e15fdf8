import type { DiodbIndex } from '../diodb/diodb-index.ts';
import { diodbPolicyResult } from '../diodb/diodb-policy-result.ts';
import { findDiodbPrograms } from '../diodb/find-diodb-programs.ts';
import type { PolicyResult, PolicySource } from '../schemas/policy-result.ts';

interface Found {
  policy: PolicyResult | null;
  sources: PolicySource[];
}

/**
 * The policy a check goes by: the one security.txt links to (the site's own word), else the one found on the
 * site (page link, SECURITY.md, common path), else the disclose.io community entry, which is a hint and
 * never permission to test. Sources of both rounds are kept, each URL once.
 */
export function pickPolicy(linked: Found, other: Found, host: string, diodb: DiodbIndex | null): Found {
  const seen = new Set<string>();
  const sources = [...linked.sources, ...other.sources].filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
  const policy = linked.policy ?? other.policy;
  if (policy) return { policy, sources };
  const program = diodb ? findDiodbPrograms(host, diodb)[0] : undefined;
  if (!program || !diodb) return { policy: null, sources };
  const fallback = diodbPolicyResult(program, diodb);
  return { policy: fallback.policy, sources: [...sources, fallback.source] };
}
