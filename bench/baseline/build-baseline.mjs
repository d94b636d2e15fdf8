// Builds bench/baseline/securitytxt-dbf00cf.mjs: the security.txt validator frozen at commit dbf00cf (before the
// speed work of issue 12), bundled once into one ES module so `npm run bench` can time it against today's code in
// the same process, and test/unit/securitytxt/baseline-equivalence.test.ts can compare findings.
// Run from the repository root: `node bench/baseline/build-baseline.mjs` (needs git and the dev dependency esbuild
// that vite brings). The output is committed; this script is kept to show how it was made.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const COMMIT = 'dbf00cf';
const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'scopecheck-baseline-'));
try {
  execFileSync('sh', ['-c', `git archive ${COMMIT} src | tar -x -C ${work}`], { cwd: root });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  await build({
    stdin: {
      contents: [
        "export { analyzeSecurityTxt } from './src/core/securitytxt/validate-security-txt.ts';",
        "export { parseSecurityTxt } from './src/core/securitytxt/parse-security-txt.ts';",
      ].join('\n'),
      resolveDir: work,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['openpgp'], // only check-signature's lazy import reaches it; analyzeSecurityTxt never verifies
    target: 'node20',
    define: { __BROWSER__: '"node"' },
    legalComments: 'inline',
    banner: { js: `// Frozen copy of Scopecheck's security.txt validator at commit ${COMMIT} (bench/baseline/build-baseline.mjs). Do not edit.` },
    outfile: join(root, `bench/baseline/securitytxt-${COMMIT}.mjs`),
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
