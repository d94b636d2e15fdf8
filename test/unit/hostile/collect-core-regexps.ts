// Finds every regular expression in src/core: exported RegExp values (walking exported objects and arrays),
// and, statically through the TypeScript parser, every regex literal and `new RegExp('literal')` anywhere in the
// source, module-private constants and inline literals included. Dynamic `RegExp(expr)` calls are listed apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegExp {
  source: string;
  flags: string;
  /** `src/core/x/y.ts:12` (static) or `src/core/x/y.ts#EXPORT.path` (exported value). */
  where: string[];
}

export const REPO_ROOT = join(import.meta.dirname, '../../..');
const CORE = join(REPO_ROOT, 'src/core');

export function listCoreFiles(dir = CORE): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function add(found: Map<string, FoundRegExp>, source: string, flags: string, where: string): void {
  const key = `/${source}/${flags}`;
  const entry = found.get(key);
  if (entry) entry.where.push(where);
  else found.set(key, { source, flags, where: [where] });
}

/** Regex literals and `RegExp('literal', 'flags')` calls in one file; dynamic constructions go to `dynamic`. */
export function scanSource(file: string, text: string, found: Map<string, FoundRegExp>, dynamic: string[]): void {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const at = (node: ts.Node) => `${relative(REPO_ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const end = literal.lastIndexOf('/');
      add(found, literal.slice(1, end), literal.slice(end + 1), at(node));
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const literalText = (n: ts.Expression | undefined) =>
        n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : null;
      const source = literalText(pattern);
      const flagText = flags === undefined ? '' : literalText(flags);
      if (source !== null && flagText !== null) add(found, source, flagText, at(node));
      else dynamic.push(`${at(node)}: ${node.getText(sf).slice(0, 120)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/** Walks an exported value (objects, arrays, maps; depth-bounded) for RegExp instances. */
export function collectExported(value: unknown, where: string, found: Map<string, FoundRegExp>, depth = 0, seen = new Set<unknown>()): void {
  if (value instanceof RegExp) {
    add(found, value.source, value.flags, where);
    return;
  }
  if (depth > 4 || value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const entries: Array<[string, unknown]> = value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v])
    : Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, child] of entries.slice(0, 5_000)) collectExported(child, `${where}.${key}`, found, depth + 1, seen);
}

/** The first src/core frame of the current stack, as `src/core/x.ts:line`. */
function coreCaller(): string | null {
  const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes('/src/core/'));
  const match = frame?.match(/(src\/core\/[^:)]+):(\d+)/);
  return match ? `${match[1]}:${match[2]} (built at import)` : null;
}

/**
 * Imports every src/core module with `RegExp` wrapped, so expressions built at import time from computed
 * strings (`new RegExp(words.join('|'))`) are caught too; then walks the exports.
 */
async function importCore(files: string[], found: Map<string, FoundRegExp>): Promise<{ exported: number; built: number }> {
  const original = globalThis.RegExp;
  const built = new Map<string, FoundRegExp>();
  const record = (re: RegExp) => {
    const where = coreCaller();
    if (where) add(built, re.source, re.flags, where);
    return re;
  };
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args) => record(Reflect.construct(target, args) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  const exported = new Map<string, FoundRegExp>();
  try {
    for (const file of files) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) collectExported(value, `${relative(REPO_ROOT, file)}#${name}`, exported);
    }
    // Expressions compiled lazily on first use, not at import (the language packs: compiling all twenty at every
    // start cost hundreds of milliseconds); built here, still under the wrapper, so they are checked like the rest.
    const reader = (await import(join(REPO_ROOT, 'src/core/policy/compile-reader.ts'))) as typeof import('../../../src/core/policy/compile-reader.ts');
    for (const code of reader.PACK_CODES) reader.compiledPack(code);
    const allScope = (await import(join(REPO_ROOT, 'src/core/policy/compile-all-scope-words.ts'))) as typeof import('../../../src/core/policy/compile-all-scope-words.ts');
    allScope.compileAllScopeWords();
  } finally {
    globalThis.RegExp = original;
  }
  for (const map of [exported, built]) for (const r of map.values()) for (const w of r.where) add(found, r.source, r.flags, w);
  return { exported: exported.size, built: built.size };
}

export interface CoreRegExps {
  found: FoundRegExp[];
  /** `RegExp(expr)` call sites with a computed pattern (checked only if they ran at import time). */
  dynamic: string[];
  files: number;
  exported: number;
  builtAtImport: number;
}

export async function collectCoreRegExps(): Promise<CoreRegExps> {
  const found = new Map<string, FoundRegExp>();
  const dynamic: string[] = [];
  const files = listCoreFiles();
  for (const file of files) scanSource(file, readFileSync(file, 'utf8'), found, dynamic);
  const { exported, built } = await importCore(files, found);
  return { found: [...found.values()], dynamic, files: files.length, exported, builtAtImport: built };
}
