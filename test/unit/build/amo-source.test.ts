// The AMO source package rebuilds the Firefox add-on byte for byte: the zip written by `npm run package` is
// unpacked into an empty directory, built there with its own instructions (the installed node_modules stand in
// for `npm ci` from the same lockfile: tests never reach the network), and every file is compared by hash with the
// build of this checkout. The rebuilt package also passes `web-ext lint` with 0 errors and 0 warnings.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_COMMAND, makeSourceZip } from '../../../scripts/make-source-zip.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'scopecheck-amo-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A shell's environment, not vitest's: NODE_ENV=test would make the Preact preset add dev-only source paths. */
const SHELL_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
const node = (cwd: string, ...args: string[]) =>
  execFileSync(process.execPath, args, { cwd, env: SHELL_ENV, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

describe('AMO source package', () => {
  it('holds the sources, the licences and build instructions, and nothing built or fetched', () => {
    const { files } = makeSourceZip(join(work, 'listing.zip'));
    expect(files).toEqual(expect.arrayContaining(['SOURCE-BUILD.md', 'LICENSE', 'THIRD_PARTY_NOTICES', 'package-lock.json',
      'manifest.json', 'vite.config.ts', 'src/popup/index.html', 'public/_locales/en/messages.json', 'public/data/diodb-index.json']));
    expect(files.filter((f) => /^(node_modules|dist|artifacts|test)\//.test(f))).toEqual([]);
  });

  it('rebuilds dist/firefox byte for byte in an empty directory, and the result lints 0/0', () => {
    // THIRD_PARTY_NOTICES must match the dependency tree, or the packages would carry stale licence texts.
    node(ROOT, 'scripts/make-third-party-notices.mjs', '--check');
    node(ROOT, 'scripts/make-third-party-notices.mjs'); // public/THIRD_PARTY_NOTICES.txt for the reference build
    const reference = join(work, 'reference');
    node(ROOT, 'node_modules/vite/bin/vite.js', 'build', '--mode', 'firefox', '--outDir', reference, '--emptyOutDir', '--logLevel', 'warn');

    const zip = makeSourceZip(join(work, 'scopecheck-source.zip')).out;
    const fresh = join(work, 'fresh');
    execFileSync('unzip', ['-q', zip, '-d', fresh]);
    const instructions = readFileSync(join(fresh, 'SOURCE-BUILD.md'), 'utf8');
    expect(instructions).toContain('npm ci');
    expect(instructions).toContain(BUILD_COMMAND);
    symlinkSync(join(ROOT, 'node_modules'), join(fresh, 'node_modules'), 'dir');
    // What `npm run build:amo` runs, spelled out so the test does not depend on npm's own lookup.
    const script = (JSON.parse(readFileSync(join(fresh, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build:amo'];
    expect(script).toBe('tsx scripts/build-eld-data.ts && node scripts/make-third-party-notices.mjs && vite build --mode firefox');
    node(fresh, 'node_modules/tsx/dist/cli.mjs', 'scripts/build-eld-data.ts');
    node(fresh, 'scripts/make-third-party-notices.mjs');
    node(fresh, 'node_modules/vite/bin/vite.js', 'build', '--mode', 'firefox', '--logLevel', 'warn');

    const built = hashes(join(fresh, 'dist/firefox'));
    expect(Object.keys(built).length).toBeGreaterThan(10);
    expect(built).toEqual(hashes(reference));
    expect(Object.keys(built)).toContain('THIRD_PARTY_NOTICES.txt');

    const lint = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint',
      '--source-dir', join(fresh, 'dist/firefox'), '--self-hosted', '--output', 'json'], { encoding: 'utf8' })) as { summary: Record<string, number> };
    expect(lint.summary).toEqual({ errors: 0, notices: 0, warnings: 0 });
  }, 240_000);
});
