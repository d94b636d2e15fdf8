// `npm run package`: store-ready zips of the built extension, one per browser, in artifacts/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const browser of ['chrome', 'firefox']) {
  const dir = `dist/${browser}`;
  if (!existsSync(`${dir}/manifest.json`)) {
    console.error(`${dir} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  execFileSync('npx', ['--no-install', 'web-ext', 'build', '--source-dir', dir, '--artifacts-dir', 'artifacts',
    '--filename', `scopecheck-${browser}-${version}.zip`, '--overwrite-dest'], { stdio: 'inherit' });
}
