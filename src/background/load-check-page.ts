import type { CheckPage } from './check-page-type.ts';

// The core's checkPage is wired by the lead; an eager glob compiles to a static import when the file
// exists and to nothing when it does not yet, so the extension builds either way.
// TODO [when check-page.ts lands]: replace with `import { checkPage } from '../core/check/check-page.ts'`.
const modules = import.meta.glob<{ checkPage?: CheckPage }>('../core/check/check-page.ts', { eager: true });

/** The core's checkPage, or null in a build without it (the popup then reports the error). */
export function loadCheckPage(): CheckPage | null {
  return Object.values(modules)[0]?.checkPage ?? null;
}
