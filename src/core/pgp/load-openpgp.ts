export type OpenPgp = typeof import('openpgp');

let provided: OpenPgp | null = null;

/**
 * Hands the core an already-loaded openpgp module. Chrome's MV3 service worker forbids `import()`, so the
 * background imports openpgp statically and provides it here; pages, Node and tests load it lazily.
 */
export function provideOpenpgp(module: OpenPgp): void {
  provided = module;
}

/** openpgp.js: the provided module, else a dynamic import (a separate chunk, off the popup's first paint). */
export function loadOpenpgp(): Promise<OpenPgp> {
  return provided ? Promise.resolve(provided) : import('openpgp');
}
