// Which real browsers the e2e suites can drive, and the loud skip when one is missing.
import { accessSync, constants } from 'node:fs';
import { describe, it } from 'vitest';

export type BrowserKind = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserKind, { env: string; paths: string[] }> = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'] },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser binary: `$CHROMIUM_PATH` / `$FIREFOX_PATH` when set, else the Debian locations. Never downloads. */
export function findBrowser(kind: BrowserKind): string | null {
  const { env, paths } = CANDIDATES[kind];
  const fromEnv = process.env[env];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return paths.find(isExecutable) ?? null;
}

/**
 * `describe` when the browser is installed. Otherwise a loud skip (a banner on stderr), or, with
 * `REQUIRE_BROWSERS=1` (CI), a failing test, so a missing browser can never pass as green.
 */
export function describeWithBrowser(kind: BrowserKind, name: string, body: (executablePath: string) => void): void {
  const executablePath = findBrowser(kind);
  if (executablePath) {
    describe(name, () => body(executablePath));
    return;
  }
  const { env, paths } = CANDIDATES[kind];
  const why = `${kind} not found (looked at $${env} and ${paths.join(', ')})`;
  if (process.env.REQUIRE_BROWSERS === '1') {
    describe(name, () => {
      it(`needs ${kind}`, () => {
        throw new Error(`${why}; REQUIRE_BROWSERS=1 makes this a failure. Install it: npm run setup`);
      });
    });
    return;
  }
  console.warn([
    '',
    '='.repeat(78),
    `  SKIPPING the ${kind} end-to-end suite "${name}": ${why}.`,
    '  Install it with `npm run setup`; set REQUIRE_BROWSERS=1 to fail instead of skipping.',
    '='.repeat(78),
    '',
  ].join('\n'));
  describe.skip(name, () => body(''));
}
