// The built extension pages carry nothing that runs during parsing: the runtime CSP recorder cannot see those
// violations in Firefox, so this static check is their guard (Chromium's document-start listener sees them too).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInlineScript } from './support/find-inline-script.ts';
import { resolveBuild } from './support/prepare-extension.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('findInlineScript', () => {
  it('finds inline code, handlers, javascript: URLs and foreign scripts', () => {
    const html = '<script>alert(1)</script><img src=x onerror="y()"><a href=" JavaScript:z()">a</a>' +
      '<script src="https://cdn.example/x.js"></script><script src="//cdn.example/y.js"></script>';
    expect(findInlineScript(html)).toEqual([
      '<script> with inline code',
      '<img onerror="…">: inline event handler',
      '<a href>: javascript: URL',
      '<script src="https://cdn.example/x.js">: not the extension\'s own file',
      '<script src="//cdn.example/y.js">: not the extension\'s own file',
    ]);
  });

  it('accepts module scripts from the extension and plain markup', () => {
    const html = '<script type="module" crossorigin src="/assets/index.js"></script><script src="./a.js"></script>' +
      '<link rel="stylesheet" href="/assets/a.css"><div id="app" data-on="x"></div><script> </script>';
    expect(findInlineScript(html)).toEqual([]);
  });
});

for (const target of ['chrome', 'firefox'] as const) {
  describe(`built ${target} extension pages`, () => {
    const dir = resolveBuild(target);
    const files = htmlFiles(dir);

    it('include the popup and the options page', () => {
      const names = files.map((f) => relative(dir, f)).sort();
      expect(names).toEqual(expect.arrayContaining(['src/options/index.html', 'src/popup/index.html']));
    });

    it.each(files.map((f) => [relative(dir, f), f]))('%s runs no inline script', (_name, file) => {
      expect(findInlineScript(readFileSync(file, 'utf8'))).toEqual([]);
    });
  });
}
