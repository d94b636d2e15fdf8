// axe-core inside an extension page: the library is injected through the driver (the extension CSP forbids inline
// and eval'd scripts, and the driver's evaluate is not subject to it), then `axe.run()` over the whole document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HarnessPage } from './extension-browser.ts';
import { REPO_ROOT } from './prepare-extension.ts';

let axeSource: string | null = null;

/** One line per violation: `rule-id (impact): selector, selector`. Empty when the page passes. */
export async function runAxe(page: HarnessPage): Promise<string[]> {
  axeSource ??= readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluateScript(axeSource);
  return page.evaluate(async () => {
    type AxeResult = { violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown[] }> }> };
    const axe = (globalThis as unknown as { axe?: { run: (ctx: Document, o: object) => Promise<AxeResult> } }).axe;
    if (!axe) throw new Error('axe-core did not load into the page');
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
