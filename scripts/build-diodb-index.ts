// Build step: derives the host index of the bundled disclose.io database (CC0) and writes
// src/core/diodb/diodb-index.generated.json (gitignored). Run before building the extension or the CLI:
//   npx tsx scripts/build-diodb-index.ts [path/to/program-list.json]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDiodbIndex } from '../src/core/diodb/build-diodb-index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'diodb', 'program-list.json'));
const output = join(root, 'src', 'core', 'diodb', 'diodb-index.generated.json');

const list: unknown = JSON.parse(readFileSync(input, 'utf8'));
const index = buildDiodbIndex(list, {
  snapshot_date: '2026-07-12',
  commit: '44351eee15f0',
  source: 'disclose.io diodb program-list.json (https://github.com/disclose/diodb)',
  license: 'CC0-1.0',
});
writeFileSync(output, JSON.stringify(index) + '\n');
// The extension's background fetches it from its own package, only when a site publishes nothing.
const publicCopy = join(root, 'public', 'data', 'diodb-index.json');
mkdirSync(dirname(publicCopy), { recursive: true });
writeFileSync(publicCopy, JSON.stringify(index) + '\n');
const hosts = Object.keys(index.hosts).length;
console.log(`diodb index: ${index.programs.length} programs, ${hosts} host keys → ${output}`);
