import type { CoreDeps } from '../fetch/types.ts';
import { msg } from '../message/message.ts';
import type { UserScopeEntry } from '../scope/user-scope-entry.ts';
import { draftReport } from '../draft/draft-report.ts';
import type { DraftLanguage } from '../draft/draft-strings.ts';
import type { ResearcherProfile } from '../draft/draft-input.ts';
import type { CheckResult, SourceProgress } from './check-result.ts';
import { findSources, SOURCE_LABELS, type FindSourcesOptions, type FoundSources } from './find-sources.ts';
import { readSources, type ReadSources } from './read-sources.ts';
import { judge } from './judge.ts';
import { assembleCheckResult } from './assemble-check-result.ts';

export interface CheckPageOptions extends Omit<FindSourcesOptions, 'onProgress' | 'onDecided'> {
  /**
   * An early result, as soon as everything the verdict depends on has answered (see FindSourcesOptions.onDecided):
   * the same verdict as the final result, with security.txt's signature status and lower-ranked probes to come.
   */
  onPartial?: (result: CheckResult) => void;
  /** The researcher's own program scope (parseUserScope), which takes part in the verdict. */
  userScope?: readonly UserScopeEntry[];
  /** Draft the report too (the CLI's check); the extension drafts only when the user asks. */
  draft?: { profile?: ResearcherProfile; language?: DraftLanguage };
}

/** Whether two choices are the same fetched document (the early result's reading then stands). */
function sameDocument(a: FoundSources['chosen'], b: FoundSources['chosen']): boolean {
  return a?.kind === 'document' && b?.kind === 'document' && a.record === b.record;
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
  const judgeOptions = options.userScope ? { userScope: options.userScope } : {};
  // The chosen policy is read once: by the early result when there is one, and reused by the final one.
  let early: { chosen: FoundSources['chosen']; read: ReadSources } | null = null;
  const onDecided = options.onPartial && ((decided: FoundSources) => {
    const read = readSources(decided, now);
    early = { chosen: decided.chosen, read };
    const judged = judge(read, judgeOptions);
    const partial = assembleCheckResult(read, judged, [...progress.values()]);
    options.onPartial!(partial);
  });
  const found = await findSources(url, deps, { ...options, now, onProgress: report, ...(onDecided ? { onDecided } : {}) });
  const reused = early as { chosen: FoundSources['chosen']; read: ReadSources } | null;
  const read = reused && sameDocument(reused.chosen, found.chosen) ? { ...readSources({ ...found, chosen: null }, now), policy: reused.read.policy } : readSources(found, now);
  const judged = read.host ? judge(read, judgeOptions) : null;
  if (judged?.verdict) report({ id: 'verdict', label: SOURCE_LABELS.verdict, url: null, state: 'done', message: msg(`verdictWords_${judged.verdict.verdict}`) });
  const result = assembleCheckResult(read, judged, [...progress.values()]);
  if (options.draft && read.host) {
    result.draft = draftReport({
      pageUrl: url, txt: read.txt, policy: read.policy, profile: options.draft.profile ?? {}, language: options.draft.language ?? 'en', now,
    });
  }
  return result;
}
