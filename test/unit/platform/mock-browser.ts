import { createFakeBrowser } from './fake-browser.ts';

/**
 * The module that replaces src/platform/browser.ts in tests:
 * `vi.mock('…/src/platform/browser.ts', () => import('…/mock-browser.ts'))`, then use `fake` to drive it.
 */
export const fake = createFakeBrowser();
export const browser = fake.browser;
