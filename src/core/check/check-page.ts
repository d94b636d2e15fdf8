import type { CoreDeps } from '../fetch/types.ts';
import { msg } from '../message/message.ts';
import type { UserScopeEntry } from '../scope/user-scope-entry.ts';
import { draftReport } from '../draft/draft-report.ts';
import type { DraftLanguage } from '../draft/draft-strings.ts';
import type { ResearcherProfile } from '../draft/draft-input.ts';
import type { CheckResult, SourceProgress } from './check-result.ts';
import { findSources, SOURCE_LABELS, type FindSourcesOptions } from './find-sources.ts';
import { readSources } from './read-sources.ts';
import { judge } from './judge.ts';
import { assembleCheckResult } from './assemble-check-result.ts';

export interface CheckPageOptions extends Omit<FindSourcesOptions, 'onProgress'> {
  /** The researcher's own program scope (parseUserScope), which takes part in the verdict. */
  userScope?: readonly UserScopeEntry[];
  /** Draft the report too (the CLI's check); the extension drafts only when the user asks. */
  draft?: { profile?: ResearcherProfile; language?: DraftLanguage };
}

/**
 * The whole pipeline for one page, stage by stage: findSources (security.txt and policy discovery start
 * together; the Policy links security.txt names are fetched as soon as it arrives), readSources, judge, and a
 * draft only when asked. A cold check costs about two round trips, not one per candidate URL. Never throws;
 * failures are in `sources`.
 */
export async function checkPage(
  url: string,
  deps: CoreDeps,
  options: CheckPageOptions,
  onProgress: (progress: SourceProgress) => void = () => {},
): Promise<CheckResult> {
  const progress = new Map<string, SourceProgress>();
  const report = (p: SourceProgress) => {
    progress.set(p.id, p);
    onProgress(p);
  };
  const now = options.now ?? deps.now();
  const found = await findSources(url, deps, { ...options, now, onProgress: report });
  const read = readSources(found, now);
  const judged = read.host ? judge(read, options.userScope ? { userScope: options.userScope } : {}) : null;
  if (judged?.verdict) report({ id: 'verdict', label: SOURCE_LABELS.verdict, url: null, state: 'done', message: msg(`verdictWords_${judged.verdict.verdict}`) });
  const result = assembleCheckResult(read, judged, [...progress.values()]);
  if (options.draft && read.host) {
    result.draft = draftReport({
      pageUrl: url, txt: read.txt, policy: read.policy, profile: options.draft.profile ?? {}, language: options.draft.language ?? 'en', now,
    });
  }
  return result;
}
