// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserOnlyGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage',
  'DOMParser', 'XMLHttpRequest', 'chrome', 'browser', 'HTMLElement', 'Element', 'Node', 'self'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'artifacts/**', 'bench/results*.json', 'bench/baseline/securitytxt-*.mjs', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.es2024 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Fetched text must never become markup.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Fetched text must never become markup.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Fetched text must never become markup.' },
      ],
    },
  },
  {
    files: ['src/popup/**', 'src/options/**', 'src/background/**', 'src/platform/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    // Only src/platform may import the polyfill.
    files: ['src/**'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import browser APIs from src/platform.' }] }],
    },
  },
  {
    // The core is pure: no browser API, no DOM, no Preact. It runs in the SW, the popup, Node and tests.
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['webextension-polyfill', 'preact', 'preact/*', '@preact/*'], message: 'src/core must not import browser or UI code.' },
          { group: ['**/platform/**', '**/popup/**', '**/options/**', '**/background/**', '**/cli/**'], message: 'src/core imports nothing from the shells.' },
          { group: ['node:*', 'fs', 'path', 'os', 'http', 'https', 'child_process'], message: 'src/core must run in the browser too: pass I/O in.' },
        ],
      }],
      'no-restricted-globals': ['error', ...browserOnlyGlobals.map((name) => ({ name, message: `src/core must not use the browser global "${name}".` })),
        { name: 'process', message: 'src/core must not read process: pass settings in.' }],
    },
  },
);
