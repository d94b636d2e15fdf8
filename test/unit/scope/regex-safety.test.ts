import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { exportBurpScope } from '../../../src/core/scope/export-burp-scope.ts';
import { policyWith } from './helpers.ts';

const dir = new URL('../../../src/core/scope/', import.meta.url);

/** Every regular-expression literal in src/core/scope, found with the TypeScript parser. */
function regexLiterals(): Array<{ file: string; source: string; flags: string }> {
  const out: Array<{ file: string; source: string; flags: string }> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const end = literal.lastIndexOf('/');
        out.push({ file, source: literal.slice(1, end), flags: literal.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

describe('regex safety (recheck)', () => {
  it('no regex in src/core/scope can backtrack catastrophically', () => {
    const literals = regexLiterals();
    expect(literals.length).toBeGreaterThan(20);
    const unsafe = literals.filter((r) => checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 }).status !== 'safe');
    expect(unsafe).toEqual([]);
  });

  it('the host, port and file regexes of a Burp export are safe', () => {
    const scope = compileScope({
      policy: policyWith(
        ['*.example.com', 'example.org and all subdomains', 'api-*.example.net', '*.svc-*.example.net', '10.1.0.0/20', 'https://example.com:8443/app', 'a.*.example.io'],
        ['*.app.example.com', 'https://example.com/admin/', 'third-party services'],
      ),
    });
    const { include, exclude } = exportBurpScope(scope).document.target.scope;
    const shapes = new Set<string>();
    for (const r of [...include, ...exclude]) {
      // The platform exclusions differ only in their literal suffix: one of them stands for all.
      shapes.add(r.host.replace(/\\\.[a-z0-9-]+(?:\\\.[a-z0-9-]+)*\$$/, '\\.x$'));
      shapes.add(r.port);
      shapes.add(r.file);
    }
    const unsafe = [...shapes].filter((s) => checkSync(s, '', { timeout: 10_000 }).status !== 'safe');
    expect(unsafe).toEqual([]);
  });
});
