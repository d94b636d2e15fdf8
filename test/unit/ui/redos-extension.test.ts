// Every regex literal in the extension's own code (popup, options, background, platform, shared) is checked
// with recheck: they run on fetched text (quotes, URLs, headers) and on what the user pastes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const dirs = ['src/popup', 'src/options', 'src/background', 'src/platform', 'src/shared'];

function regexLiterals(): { source: string; flags: string; where: string }[] {
  const found: { source: string; flags: string; where: string }[] = [];
  for (const dir of dirs) {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
      const file = join(entry.parentPath, entry.name);
      const text = readFileSync(file, 'utf8');
      const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(source);
          const slash = literal.lastIndexOf('/');
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          found.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), where: `${relative(root, file)}:${line}` });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

describe('ReDoS in the extension code', () => {
  it('finds the literals, and recheck calls each one safe', async () => {
    const literals = regexLiterals();
    expect(literals.length).toBeGreaterThan(10);
    const unsafe: string[] = [];
    for (const r of literals) {
      const verdict = await check(r.source, r.flags, { timeout: 2000, randomSeed: 20_261_121 });
      if (verdict.status !== 'safe') unsafe.push(`${r.where} /${r.source}/${r.flags}: ${verdict.status}`);
    }
    expect(unsafe).toEqual([]);
  }, 120_000);
});
