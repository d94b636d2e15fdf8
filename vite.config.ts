import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { createManifest, type Browser } from './scripts/create-manifest.ts';
import { noInnerHtml } from './scripts/vite-plugin-no-inner-html.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const baseManifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));

function extensionConfig(browser: Browser): UserConfig {
  const manifest = createManifest(baseManifest, browser, pkg.version) as unknown as ManifestV3Export;
  return {
    plugins: [noInnerHtml(), preact(), crx({ manifest, browser })],
    define: { __BROWSER__: JSON.stringify(browser), __VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      // Rolldown would otherwise inline tldts' large label table several times (toolchain notes §7).
      rolldownOptions: {
        optimization: { inlineConst: false },
        // The core is pure (no module runs code on import): the popup and options, which enter it through
        // src/core/index.ts like every part, then load only what they use, not the whole pipeline.
        treeshake: { moduleSideEffects: (id: string) => !id.includes('/src/core/') },
      },
    },
  };
}

/** The Node CLI: one ESM file, dependencies stay in node_modules. */
const cliConfig: UserConfig = {
  publicDir: false,
  define: { __BROWSER__: JSON.stringify('node'), __VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'scopecheck.mjs' } },
  },
};

export default defineConfig(({ mode }) => {
  if (mode === 'cli') return cliConfig;
  if (mode === 'chrome' || mode === 'firefox') return extensionConfig(mode);
  // vitest
  return {
    plugins: [preact()],
    define: { __BROWSER__: JSON.stringify('node') },
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 20_000 },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.test.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
