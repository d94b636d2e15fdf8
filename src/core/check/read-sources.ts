import { readPolicyDocument } from '../policy/discover-policy.ts';
import type { PolicyResult, PolicySource } from '../schemas/policy-result.ts';
import type { TxtResult } from '../schemas/txt-result.ts';
import type { FoundSources } from './find-sources.ts';
import type { CompiledPlatformIndex } from '../platforms/compile-platform-index.ts';

/** What the sources say: security.txt with its findings (read as it was found), the chosen policy read. */
export interface ReadSources {
  url: string;
  host: string;
  checked_at: string;
  txt: TxtResult | null;
  policy: PolicyResult | null;
  policy_sources: PolicySource[];
  reached: boolean;
  /** The platforms' programme index, passed on to judge. */
  platforms: CompiledPlatformIndex | null;
}

/**
 * The second stage: reads what findSources chose. security.txt was validated as it arrived (its findings
 * travel with it); the chosen policy document is extracted here, and its source marked `chosen`.
 */
export function readSources(found: FoundSources, now: Date): ReadSources {
  const { url, host, checked_at, txt, policy_sources, reached, chosen, platforms } = found;
  const policy = chosen === null ? null : chosen.kind === 'community' ? chosen.policy : readPolicyDocument(chosen, now);
  return { url, host, checked_at, txt, policy, policy_sources, reached, platforms };
}
