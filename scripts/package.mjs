// `npm run package`: store-ready zips of the built extension, one per browser, and the source zip AMO asks for
// (with SOURCE-BUILD.md), all in artifacts/. THIRD_PARTY_NOTICES is regenerated first and checked into both
// packages, so the stores get the licence texts of everything bundled.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { makeSourceZip } from './make-source-zip.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
execFileSync(process.execPath, ['scripts/make-third-party-notices.mjs', '--check'], { stdio: 'inherit' });
for (const browser of ['chrome', 'firefox']) {
  const dir = `dist/${browser}`;
  if (!existsSync(`${dir}/manifest.json`)) {
    console.error(`${dir} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  if (readFileSync(`${dir}/THIRD_PARTY_NOTICES.txt`, 'utf8') !== readFileSync('THIRD_PARTY_NOTICES', 'utf8')) {
    console.error(`${dir}/THIRD_PARTY_NOTICES.txt is missing or stale: run \`npm run build\` again.`);
    process.exit(1);
  }
  execFileSync('npx', ['--no-install', 'web-ext', 'build', '--source-dir', dir, '--artifacts-dir', 'artifacts',
    '--filename', `scopecheck-${browser}-${version}.zip`, '--overwrite-dest'], { stdio: 'inherit' });
}
const { out, files } = makeSourceZip(`artifacts/scopecheck-firefox-${version}-source.zip`);
console.log(`AMO source: ${out} (${files.length} files; build instructions in SOURCE-BUILD.md)`);
