import type { Plugin } from 'vite';

/**
 * Preact can set innerHTML through `dangerouslySetInnerHTML`. We never use it (ESLint forbids it), and
 * this plugin removes the capability from the bundle itself: the assignment becomes `textContent`, so
 * even a mistaken use renders inert text. The build fails if Preact's code changes shape, rather than
 * silently shipping the innerHTML path.
 */
export function noInnerHtml(): Plugin {
  let patched = 0;
  return {
    name: 'scopecheck:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js/.test(id)) return null;
      const out = code.replace(/\.innerHTML=/g, '.textContent=');
      if (out === code) this.error(`no-inner-html: expected an innerHTML assignment in ${id}`);
      patched++;
      return { code: out, map: null };
    },
    buildEnd() {
      if (patched === 0) this.warn('no-inner-html: Preact was not bundled, nothing patched');
    },
  };
}
