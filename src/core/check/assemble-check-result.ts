import { findCoordinators } from '../coordinators/find-coordinators.ts';
import type { CheckResult, SourceProgress } from './check-result.ts';
import { collectContacts } from './collect-contacts.ts';
import { collectSiteKeys } from '../draft/collect-site-keys.ts';
import type { Judgement } from './judge.ts';
import type { ReadSources } from './read-sources.ts';

function checkedAt(iso: string): Date {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? new Date(0) : at;
}

/**
 * One check result from the stages' output, for the extension (checkPage) and the CLI's check alike: the
 * verdict, every scope entry that could not be read, and, when the site publishes nothing (no security.txt, no
 * policy, no platform programme, no disclose.io entry), the coordinators who can help.
 */
export function assembleCheckResult(read: ReadSources, judged: Judgement | null, sources: SourceProgress[]): CheckResult {
  const verdict = judged?.verdict ?? null;
  const unreadable = judged?.scope.unreadable ?? [];
  const nothingPublished = read.host !== '' && !read.txt?.parsed && !read.policy && (verdict?.programmes ?? []).length === 0;
  return {
    schema: 'scopecheck.check/1',
    url: read.url,
    host: read.host,
    checked_at: read.checked_at,
    txt: read.txt,
    policy: read.policy,
    ...(read.host ? { policy_sources: read.policy_sources } : {}),
    scope: verdict,
    contacts: collectContacts(read.txt, read.policy, read.host),
    keys: collectSiteKeys(read.txt, read.policy, checkedAt(read.checked_at)),
    ...(unreadable.length > 0 ? { scope_unreadable: unreadable.map((u) => ({ effect: u.effect, entry: u.text })) } : {}),
    ...(nothingPublished ? { coordinators: findCoordinators(read.host) } : {}),
    sources,
  };
}
