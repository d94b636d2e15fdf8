// A throwaway copy of the built extension for one browser run.
//
// Why a copy: the real manifest asks for no host access up front (`activeTab` + `storage`, hosts only as
// `optional_host_permissions`, requested from a user click). A popup opened as a page
// (`src/popup/index.html?tab=<id>`) gets no activeTab grant, and WebDriver cannot click the toolbar button or
// answer a permission prompt. So to simulate "the user granted host access" the copy adds
// `host_permissions: ["http://*/*", "https://*/*"]` to its manifest (`grantHosts: true`); without it the
// copy is exactly the shipped build: the permission-denied scenario.
//
// The copy also gets a folder `__e2e__/` the product never references: `control.html` (an empty extension page the
// harness evaluates browser APIs in, such as `tabs.query`) and `csp-canary.html` (the built popup plus one script
// that calls `new Function`), which proves the CSP detectors see a violation when there is one.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export type ExtensionTarget = 'chrome' | 'firefox';

export interface PreparedExtension {
  /** Absolute path of the unpacked copy. */
  dir: string;
  /** The manifest as written to the copy. */
  manifest: Record<string, unknown>;
  remove: () => void;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const GRANTED_HOSTS = ['http://*/*', 'https://*/*'];
/** Pages the harness adds to the copy (paths relative to the extension root). */
export const CONTROL_PAGE = '__e2e__/control.html';
export const CSP_CANARY_PAGE = '__e2e__/csp-canary.html';

/** Newest modification time under `path` (files only), with the file it belongs to. */
function newestFile(path: string): { mtimeMs: number; file: string } {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { mtimeMs: stat.mtimeMs, file: path };
  let best = { mtimeMs: 0, file: path };
  for (const name of readdirSync(path)) {
    const found = newestFile(join(path, name));
    if (found.mtimeMs > best.mtimeMs) best = found;
  }
  return best;
}

/** The first source file newer than `dist/<target>/manifest.json`, or null when the build is current. */
function newerSource(dist: string): string | null {
  const built = statSync(join(dist, 'manifest.json')).mtimeMs;
  const sources = ['src', 'public', 'manifest.json', 'vite.config.ts', 'scripts/create-manifest.ts']
    .map((p) => join(REPO_ROOT, p))
    .filter((p) => existsSync(p))
    .map(newestFile);
  const newest = sources.reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  return newest.mtimeMs > built ? relative(REPO_ROOT, newest.file) : null;
}

/** Where the suite keeps its own build when dist/ is stale (reused across test files and runs). */
const PRIVATE_BUILD_ROOT = join(REPO_ROOT, 'node_modules/.cache/scopecheck-e2e');

/**
 * The build to test: `dist/<target>` when it exists and is newer than every source it is built from. Otherwise
 * (someone edited src/ since `npm run build`) the suite builds a private copy under node_modules/.cache,
 * leaving dist/ alone, so it never passes against a stale build. `E2E_USE_DIST=1` tests dist/ as it is.
 */
export function resolveBuild(target: ExtensionTarget): string {
  const dist = join(REPO_ROOT, 'dist', target);
  const hasDist = existsSync(join(dist, 'manifest.json'));
  if (process.env.E2E_USE_DIST === '1') {
    if (!hasDist) throw new Error(`dist/${target}/manifest.json is missing: run \`npm run build\`.`);
    return dist;
  }
  const stale = hasDist ? newerSource(dist) : 'no build';
  if (stale === null) return dist;
  const cached = join(PRIVATE_BUILD_ROOT, target);
  if (existsSync(join(cached, 'manifest.json')) && newerSource(cached) === null) return cached;
  console.warn(`[e2e] dist/${target} is out of date (${stale}); building a private copy in ${relative(REPO_ROOT, cached)}.`);
  mkdirSync(PRIVATE_BUILD_ROOT, { recursive: true });
  const outDir = mkdtempSync(join(PRIVATE_BUILD_ROOT, `${target}-`));
  try {
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', target,
      '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    rmSync(cached, { recursive: true, force: true });
    renameSync(outDir, cached);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return cached;
}

function writeHarnessPages(dir: string): void {
  mkdirSync(join(dir, '__e2e__'), { recursive: true });
  writeFileSync(join(dir, CONTROL_PAGE), '<!doctype html><meta charset="utf-8"><title>e2e control</title>\n');
  // The canary is the built popup page (so the real CSP recorder loads first) plus one eval attempt.
  // Vite writes root-relative asset URLs (`/assets/…`), which resolve the same from `__e2e__/`.
  const popupHtml = readFileSync(join(dir, 'src/popup/index.html'), 'utf8');
  const canary = popupHtml.replace('</body>', '<script type="module" src="./csp-canary.js"></script></body>');
  if (canary === popupHtml) throw new Error('prepareExtension: built popup page has no </body>');
  writeFileSync(join(dir, CSP_CANARY_PAGE), canary);
  writeFileSync(join(dir, '__e2e__/csp-canary.js'),
    "try { new Function('return 1')(); } catch { /* blocked: that is the point */ }\n");
}

/** Copies `dist/<target>` to a temp dir, optionally granting host access, and adds the harness pages. */
export function prepareExtension(target: ExtensionTarget, options: { grantHosts: boolean }): PreparedExtension {
  const dist = resolveBuild(target);
  const dir = mkdtempSync(join(tmpdir(), `scopecheck-ext-${target}-`));
  cpSync(dist, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  if (options.grantHosts) manifest.host_permissions = [...GRANTED_HOSTS];
  else delete manifest.host_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  writeHarnessPages(dir);
  return { dir, manifest, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
