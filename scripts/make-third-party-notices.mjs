// Writes THIRD_PARTY_NOTICES (repository root) and public/THIRD_PARTY_NOTICES.txt (copied into both extension
// packages by the build) from the production dependency tree in package-lock.json: every package that is not a
// dev dependency, its version, licence, source, and the licence texts it ships. Deterministic (sorted, no dates), so
// the AMO source build reproduces it byte for byte.
//   node scripts/make-third-party-notices.mjs [--check]   (--check: fail if THIRD_PARTY_NOTICES is out of date)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-.].*)?$/i;

/**
 * Texts a package's licence requires to accompany it that the package itself does not ship: the LGPL-3.0 is a set of
 * additional permissions on top of the GPL-3.0, and "a copy of the GNU GPL" must go with it (LGPL-3.0 §4).
 */
const EXTRA_TEXTS = { 'LGPL-3.0+': ['licenses/GPL-3.0.txt'], 'LGPL-3.0-or-later': ['licenses/GPL-3.0.txt'], 'LGPL-3.0': ['licenses/GPL-3.0.txt'] };
/** Data bundled inside a package under its own terms. */
const EXTRA_NOTES = {
  tldts: 'Contains data derived from the Public Suffix List (https://publicsuffix.org/list/), Mozilla Public License 2.0 (text under webextension-polyfill below).',
  'tldts-core': 'Used with the Public Suffix List data of tldts (MPL-2.0).',
};

export function productionPackages(lock) {
  return Object.entries(lock.packages ?? {})
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([path, entry]) => ({ path, name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version, license: entry.license ?? 'UNKNOWN' }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

function sourceOf(pkg) {
  const meta = JSON.parse(readFileSync(join(root, pkg.path, 'package.json'), 'utf8'));
  const repo = typeof meta.repository === 'string' ? meta.repository : meta.repository?.url;
  return { homepage: meta.homepage ?? null, repository: repo ? repo.replace(/^git\+/, '').replace(/\.git$/, '') : null };
}

export function renderNotices(lock) {
  const rule = '='.repeat(78);
  const out = [
    'THIRD-PARTY NOTICES',
    '',
    'Scopecheck (MIT, see LICENSE) includes the following packages, taken from npm at the versions pinned in',
    'package-lock.json. Their unmodified sources are on npm (https://www.npmjs.com/package/<name>/v/<version>) and at',
    'the repositories named below. Preact is bundled with one change: its innerHTML assignment is replaced by',
    'textContent (scripts/vite-plugin-no-inner-html.ts). The disclose.io program list (data/diodb-index.json) is',
    'derived from https://github.com/disclose/diodb, dedicated to the public domain (CC0-1.0).',
    '',
  ];
  const packages = productionPackages(lock);
  out.push('Packages:', ...packages.map((p) => `  ${p.name} ${p.version} (${p.license})`), '');
  for (const pkg of packages) {
    const dir = join(root, pkg.path);
    if (!existsSync(join(dir, 'package.json'))) throw new Error(`${pkg.path} is not installed: run npm ci first`);
    const { homepage, repository } = sourceOf(pkg);
    out.push(rule, `${pkg.name} ${pkg.version}`, `License: ${pkg.license}`);
    if (repository) out.push(`Source: ${repository}`);
    else if (homepage) out.push(`Homepage: ${homepage}`);
    out.push(`Package: https://www.npmjs.com/package/${pkg.name}/v/${pkg.version}`);
    if (EXTRA_NOTES[pkg.name]) out.push(EXTRA_NOTES[pkg.name]);
    out.push(rule, '');
    const files = readdirSync(dir).filter((f) => LICENCE_FILE.test(f)).sort();
    if (files.length === 0) throw new Error(`${pkg.name} ships no licence file: add its text by hand`);
    for (const file of [...files.map((f) => join(pkg.path, f)), ...(EXTRA_TEXTS[pkg.license] ?? [])]) {
      out.push(`--- ${file.replace(/^node_modules\//, '')} ---`, '', readFileSync(join(root, file), 'utf8').replace(/\r\n?/g, '\n').trimEnd(), '');
    }
  }
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = renderNotices(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')));
  const committed = join(root, 'THIRD_PARTY_NOTICES');
  if (process.argv.includes('--check')) {
    if (!existsSync(committed) || readFileSync(committed, 'utf8') !== text) {
      console.error('THIRD_PARTY_NOTICES is out of date: run node scripts/make-third-party-notices.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(committed, text);
    mkdirSync(join(root, 'public'), { recursive: true });
    writeFileSync(join(root, 'public', 'THIRD_PARTY_NOTICES.txt'), text);
    console.log(`THIRD_PARTY_NOTICES: ${productionPackages(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))).length} packages`);
  }
}
