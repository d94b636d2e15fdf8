#!/usr/bin/env node
// Entry for `npx scopecheck`: runs the built CLI (npm run build writes dist/cli).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/scopecheck.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('scopecheck: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
const { runProcess } = await import(pathToFileURL(built).href);
if (typeof runProcess !== 'function') {
  process.stderr.write('scopecheck: the built CLI is out of date; run `npm run build:cli`.\n');
  process.exit(1);
}
// The same io, backpressure and exit statuses as running dist/cli/scopecheck.mjs directly.
await runProcess(process.argv.slice(2));
