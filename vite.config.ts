import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { createManifest, type Browser } from './scripts/create-manifest.ts';
import { noInnerHtml } from './scripts/vite-plugin-no-inner-html.ts';
import { licenceBanners } from './scripts/vite-plugin-licence-banners.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const baseManifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));

/** eld's detector without its eagerly built table (see src/core/policy/detect-language.ts); tsconfig `paths` too. */
const eldDetector = { find: /^eld-detector$/, replacement: fileURLToPath(new URL('./node_modules/eld/src/languageDetector.js', import.meta.url)) };

function extensionConfig(browser: Browser): UserConfig {
  const manifest = createManifest(baseManifest, browser, pkg.version) as unknown as ManifestV3Export;
  return {
    plugins: [noInnerHtml(), preact(), crx({ manifest, browser }), licenceBanners()],
    // Firefox's background page can import() openpgp when first needed; Chrome's worker gets it statically.
    resolve: browser === 'firefox'
      ? { alias: [eldDetector, { find: /^\.\/provide-openpgp\.ts$/, replacement: fileURLToPath(new URL('./src/background/keep-openpgp-lazy.ts', import.meta.url)) }] }
      : { alias: [eldDetector] },
    define: { __BROWSER__: JSON.stringify(browser), __VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      // Rolldown would otherwise inline tldts' large label table several times (toolchain notes §7).
      // Legal comments (openpgp's LGPL notice) stay in the minified bundles; see also licenceBanners().
      rolldownOptions: {
        optimization: { inlineConst: false },
        output: { comments: { legal: true, annotation: false, jsdoc: false } },
        // The core is pure (no module runs code on import): the popup and options, which enter it through
        // src/core/index.ts like every part, then load only what they use, not the whole pipeline.
        treeshake: { moduleSideEffects: (id: string) => !id.includes('/src/core/') },
      },
    },
  };
}

/** The disclose.io index as a data file beside the CLI bundle (read on first use, never inlined). */
function diodbDataFile(): Plugin {
  const file = new URL('./src/core/diodb/diodb-index.generated.json', import.meta.url);
  return {
    name: 'scopecheck-diodb-data-file',
    generateBundle() {
      if (existsSync(file)) this.emitFile({ type: 'asset', fileName: 'diodb-index.json', source: readFileSync(file) });
    },
  };
}

/** The Node CLI: an ESM entry plus one chunk per command (loaded with import()), dependencies stay in node_modules. */
const cliConfig: UserConfig = {
  publicDir: false,
  plugins: [diodbDataFile()],
  resolve: { alias: [eldDetector] },
  // Bundled (tree-shaken, split with the commands that use them) rather than loaded file by file from
  // node_modules at start: zod/mini alone is ~70 modules there. undici and openpgp stay external (import()).
  ssr: { noExternal: ['zod', 'tldts', 'tldts-core', 'htmlparser2', 'domhandler', 'domelementtype', 'entities', 'punycode', 'eld'] },
  define: { __BROWSER__: JSON.stringify('node'), __VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: {
      output: {
        entryFileNames: 'scopecheck.mjs',
        // The language detector's table (1.1 MB of JSON in a string) in a chunk of its own.
        advancedChunks: { groups: [{ name: 'eld-ngrams', test: /eld-ngrams\.generated/ }] },
      },
      // As in the extension: the core is pure, so `--help` and `txt` load only the core modules they use, not
      // the whole pipeline (the language detector's table above all) through src/core/index.ts.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/src/core/') },
    },
  },
};

export default defineConfig(({ mode }) => {
  if (mode === 'cli') return cliConfig;
  if (mode === 'chrome' || mode === 'firefox') return extensionConfig(mode);
  // vitest
  return {
    plugins: [preact()],
    resolve: { alias: [eldDetector] },
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
