// Records Content-Security-Policy violations of an extension page in memory, from the first module that runs.
// Imported first by the popup and options entry points, so the e2e tests can read `globalThis.__scopecheckCsp`
// and fail on any violation (Firefox gives WebDriver no other way in to moz-extension pages). It sends nothing
// anywhere and costs one listener. Violations that happen while the HTML is parsed, before any module runs
// (inline scripts or handlers in index.html), are caught by the e2e suite's static check of the built pages.

export interface CspViolationRecord {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
}

declare global {
  var __scopecheckCsp: CspViolationRecord[] | undefined;
}

/** Starts recording into `globalThis.__scopecheckCsp` (idempotent) and returns the live list. */
export function recordCspViolations(): CspViolationRecord[] {
  const existing = globalThis.__scopecheckCsp;
  if (existing) return existing;
  const list: CspViolationRecord[] = [];
  globalThis.__scopecheckCsp = list;
  globalThis.addEventListener?.('securitypolicyviolation', (event) => {
    list.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
    });
  });
  return list;
}

recordCspViolations();
