// Assertions every scenario makes about an extension page: no CSP violation, as seen by every detector.
import { expect } from 'vitest';
import { readCspReport, type HarnessPage } from './extension-browser.ts';

export async function expectNoCspViolations(page: HarnessPage): Promise<void> {
  const report = await readCspReport(page);
  // The recorder must be there, or "no violations" would mean nothing.
  expect(report.recorded, 'src/platform/record-csp-violations.ts was not loaded by this page').not.toBeNull();
  expect(report).toEqual({ recorded: [], early: report.early === null ? null : [], console: [] });
}
