#!/usr/bin/env node
// Entry for `npx scopecheck`: runs the built CLI (npm run build writes dist/cli).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/scopecheck.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('scopecheck: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
const { runCli } = await import(pathToFileURL(built).href);
async function* stdin() { for await (const chunk of process.stdin) yield chunk; }
const code = await runCli(process.argv.slice(2), {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  stdin,
  fetch: globalThis.fetch,
  now: () => new Date(),
});
process.exitCode = code;
