import { checkPage } from '../core/check/check-page.ts';
import type { CheckPage } from './check-page-type.ts';

/** The core's checkPage (a function so tests and a build without the checker can swap it). */
export function loadCheckPage(): CheckPage | null {
  return checkPage;
}
