import type { checkPage } from '../core/check/check-page.ts';

/** The core's whole pipeline for one page (`src/core/check/check-page.ts`), injected for tests. */
export type CheckPage = typeof checkPage;
export type { CheckPageOptions } from '../core/check/check-page.ts';
