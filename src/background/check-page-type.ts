import type { checkPage } from '../core/index.ts';
export { type CheckPageOptions } from '../core/index.ts';

/** The core's whole pipeline for one page (`src/core/check/check-page.ts`), injected for tests. */
export type CheckPage = typeof checkPage;
