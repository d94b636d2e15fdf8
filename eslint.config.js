// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserOnlyGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage',
  'DOMParser', 'XMLHttpRequest', 'chrome', 'browser', 'HTMLElement', 'Element', 'Node', 'self'];


const MARKUP_SELECTORS = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Fetched text must never become markup.' },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Fetched text must never become markup.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Fetched text must never become markup.' },
];

// The architecture (../shared/design/architecture.json) in lint. Each part is a folder of src/; `never` holds
// every forbidden arrow of the picture plus the two this project adds (the CLI never imports the platform, the
// popup never imports the background). A part outside the core enters it only through src/core/index.ts.
const PARTS = {
  Core: 'core', Platform: 'platform', Background: 'background', Popup: 'popup', Options: 'options', Cli: 'cli', Shared: 'shared',
};
const NEVER = [
  ['Core', 'Platform', 'the core knows no browser'],
  ['Core', 'Popup', 'the core knows no screen'],
  ['Core', 'Background', 'the core knows no wiring'],
  ['Core', 'Cli', 'the core knows no terminal'],
  ['Core', 'Options', 'the core knows no screen'],
  ['Core', 'Shared', 'the core knows no protocol'],
  ['Cli', 'Platform', 'the CLI runs in Node'],
  ['Popup', 'Background', 'the popup talks to the background only through messages'],
];
/** An import path that reaches into folder `dir` of src/ (relative, so `../dir/…` from any depth). */
const reaches = (dir) => `(^|/)${dir}(/|$)`;
/** A path into src/core other than its index. */
const DEEP_CORE = '(^|/)core/(?!index\\.ts$)[^/]+/';
const DEEP_CORE_MESSAGE = 'Enter the core only through src/core/index.ts (export what you need from there).';
const POLYFILL_PATH = [{ name: 'webextension-polyfill', message: 'Import browser APIs from src/platform.' }];
const NODE_BUILTINS = { group: ['node:*', 'fs', 'path', 'os', 'http', 'https', 'child_process'], message: 'src/core must run in the browser too: pass I/O in.' };

function importRules(part) {
  const rules = NEVER.filter(([from]) => from === part)
    .map(([, to, why]) => ({ regex: reaches(PARTS[to]), message: `${part} never imports ${to}: ${why}.` }));
  if (part === 'Core') rules.push({ group: ['preact', 'preact/*', '@preact/*'], message: 'src/core must not import browser or UI code.' });
  else rules.push({ regex: DEEP_CORE, message: DEEP_CORE_MESSAGE });
  return rules;
}

/** The same rules for `import('…')`, which no-restricted-imports does not see. */
function dynamicImportRules(part) {
  const regexes = importRules(part).filter((r) => r.regex);
  return regexes.map((r) => ({ selector: `ImportExpression > Literal.source[value=/${r.regex.replace(/\//g, '\\/')}/]`, message: r.message }));
}

function architectureConfigs() {
  return Object.entries(PARTS).filter(([part]) => part !== 'Core').map(([part, dir]) => ({
    files: [`src/${dir}/**`],
    rules: {
      'no-restricted-imports': ['error', { ...(part === 'Platform' ? {} : { paths: POLYFILL_PATH }), patterns: importRules(part) }],
      'no-restricted-syntax': ['error', ...MARKUP_SELECTORS, ...dynamicImportRules(part)],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'artifacts/**', 'bench/results*.json', 'bench/baseline/securitytxt-*.mjs', 'coverage/**', 'src/core/policy/eld-ngrams.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.es2024 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...MARKUP_SELECTORS],
    },
  },
  {
    files: ['src/popup/**', 'src/options/**', 'src/background/**', 'src/platform/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  ...architectureConfigs(),
  {
    // The core is pure: no browser API, no DOM, no Preact. It runs in the SW, the popup, Node and tests.
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': ['error', { paths: POLYFILL_PATH, patterns: [...importRules('Core'), NODE_BUILTINS] }],
      'no-restricted-syntax': ['error', ...MARKUP_SELECTORS, ...dynamicImportRules('Core')],
      'no-restricted-globals': ['error', ...browserOnlyGlobals.map((name) => ({ name, message: `src/core must not use the browser global "${name}".` })),
        { name: 'process', message: 'src/core must not read process: pass settings in.' }],
    },
  },
);
