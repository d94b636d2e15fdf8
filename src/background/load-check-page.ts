import type { CheckPage } from './check-page-type.ts';
import { checkPage } from '../core/index.ts';

/** The core's checkPage (a function so tests and a build without the checker can swap it). */
export function loadCheckPage(): CheckPage | null {
  return checkPage;
}
