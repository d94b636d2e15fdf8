// Build step: derives the host index of the bug bounty platforms' programme scopes from the
// bounty-targets-data snapshot (MIT, notice kept in the index) and writes public/data/platform-index.json
// (gitignored). The extension's background fetches it from its package, the CLI reads the file; neither
// inlines it. Run before building:  npx tsx scripts/build-platform-index.ts [path/to/bounty-targets]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlatformIndex } from '../src/core/platforms/build-platform-index.ts';
import { buildPlatformSuffixTable } from '../src/core/platforms/build-platform-suffix-table.ts';
import { BOUNTY_TARGETS_PLATFORMS, checkBountyTargetsFile } from '../src/core/platforms/bounty-targets-file.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'bounty-targets'));
const output = join(root, 'public', 'data', 'platform-index.json');
const files: Record<string, unknown> = {};
for (const platform of BOUNTY_TARGETS_PLATFORMS) {
  files[platform] = JSON.parse(readFileSync(join(input, `${platform}_data.json`), 'utf8'));
  // The same check as the extension's optional refresh: a file of something else stops the build.
  const checked = checkBountyTargetsFile(files[platform]);
  if (!checked.ok) throw new Error(`${platform}_data.json: ${checked.reason}`);
}
const license = readFileSync(join(input, 'LICENSE.md'), 'utf8').trim();
const index = buildPlatformIndex(files, {
  source: 'arkadiyt/bounty-targets-data (https://github.com/arkadiyt/bounty-targets-data), commit 405209529b98, files data/{bugcrowd,intigriti,yeswehack,federacy}_data.json',
  license: 'MIT',
  notice: license,
  data_date: '2026-08-22',
});
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify(index) + '\n');
const entries = index.programmes.reduce((n, p) => n + p.in_scope.length + p.out_of_scope.length, 0);
console.log(`platform index: ${index.programmes.length} programmes, ${entries} scope entries → ${output}`);
// Which programmes file rules under which DNS suffix: the extension compiles only a host's own programmes on a
// check (selectPlatformProgrammes), so nothing is compiled when its background starts.
const suffixes = buildPlatformSuffixTable(index);
writeFileSync(join(dirname(output), 'platform-suffixes.json'), JSON.stringify(suffixes) + '\n');
console.log(`platform suffix table: ${suffixes.suffixes.length} suffixes → platform-suffixes.json`);
