import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The architecture (../shared/design/architecture.json) is enforced by lint; these cases prove the rules
// bite. Each snippet is linted as if it were a file of the named part, with the project's own config.
const eslint = new ESLint({ cwd: process.cwd() });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('architecture lint', () => {
  it('lets the shells in through src/core/index.ts', async () => {
    expect(await messagesFor('src/cli/commands/example.ts', "import { checkPage } from '../../core/index.ts';\nvoid checkPage;\n")).toEqual([]);
    expect(await messagesFor('src/popup/lib/example.ts', "import type { CheckResult } from '../../core/index.ts';\nexport type X = CheckResult;\n")).toEqual([]);
  });

  it.each([
    ['src/cli/commands/example.ts', "import { judgeScope } from '../../core/scope/judge-scope.ts';\nvoid judgeScope;\n"],
    ['src/popup/lib/example.ts', "import type { CheckResult } from '../../core/check/check-result.ts';\nexport type X = CheckResult;\n"],
    ['src/background/example.ts', "export { checkPage } from '../core/check/check-page.ts';\n"],
    ['src/options/example.ts', "export const load = () => import('../core/scope/parse-user-scope.ts');\n"],
    ['src/shared/example.ts', "import { FindingSchema } from '../core/schemas/finding.ts';\nvoid FindingSchema;\n"],
  ])('refuses a deep core import from %s', async (file, code) => {
    const messages = await messagesFor(file, code);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toMatch(/only through src\/core\/index\.ts/);
  });

  it.each([
    ['src/core/check/example.ts', "import { browser } from '../../platform/browser.ts';\nvoid browser;\n", 'Core never imports Platform'],
    ['src/core/check/example.ts', "import { App } from '../../popup/app.tsx';\nvoid App;\n", 'Core never imports Popup'],
    ['src/core/check/example.ts', "import { x } from '../../background/index.ts';\nvoid x;\n", 'Core never imports Background'],
    ['src/core/check/example.ts', "import { runCli } from '../../cli/main.ts';\nvoid runCli;\n", 'Core never imports Cli'],
    ['src/core/check/example.ts', "import type { Settings } from '../../shared/settings-schema.ts';\nexport type S = Settings;\n", 'Core never imports Shared'],
    ['src/cli/commands/example.ts', "import { browser } from '../../platform/browser.ts';\nvoid browser;\n", 'Cli never imports Platform'],
    ['src/popup/components/example.ts', "import { createCheckService } from '../../background/check-service.ts';\nvoid createCheckService;\n", 'Popup never imports Background'],
    ['src/popup/example.ts', "export const load = () => import('../background/check-service.ts');\n", 'Popup never imports Background'],
  ])('refuses a forbidden arrow in %s (%s)', async (file, code, expected) => {
    expect((await messagesFor(file, code)).join('\n')).toContain(expected);
  });

  it('keeps the polyfill in the platform', async () => {
    const code = "import browser from 'webextension-polyfill';\nvoid browser;\n";
    expect(await messagesFor('src/popup/example.ts', code)).not.toEqual([]);
    expect(await messagesFor('src/platform/example.ts', code)).toEqual([]);
  });
});
