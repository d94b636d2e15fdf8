import type { CheckResult, SourceProgress } from '../core/check/check-result.ts';
import type { CoreDeps } from '../core/fetch/types.ts';

export interface CheckPageOptions {
  timeoutMs: number;
  pageLinks?: { href: string; text: string }[];
  userScope?: unknown;
  now?: Date;
  /** Aborted when the check overruns its overall deadline. */
  signal?: AbortSignal;
}

/** The core's whole pipeline for one page (`src/core/check/check-page.ts`). */
export type CheckPage = (
  url: string,
  deps: CoreDeps,
  options: CheckPageOptions,
  onProgress?: (progress: SourceProgress) => void,
) => Promise<CheckResult>;
