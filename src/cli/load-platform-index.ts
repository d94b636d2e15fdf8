import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from './command.ts';
import { PlatformIndexSchema, compilePlatformIndex, type CompiledPlatformIndex } from '../core/index.ts';

const FILE = 'platform-index.json';
const cache = new Map<string, CompiledPlatformIndex>();

/**
 * The platforms' programme index (scripts/build-platform-index.ts), read from its file when a command needs
 * it, never inlined into the CLI: `path` if given, else public/data/ of the package the CLI runs from (both
 * from src/cli and from dist/cli). Validated with zod; a missing or malformed file is an input error.
 */
export function loadPlatformIndex(path?: string): CompiledPlatformIndex {
  const file = path ? resolve(path) : findIndexFile();
  if (!file) throw new InputError(`the platform index (public/data/${FILE}) is not built yet; run \`npm run build:data\``);
  const cached = cache.get(file);
  if (cached) return cached;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read the platform index ${file}: ${(error as Error).message}`);
  }
  const parsed = PlatformIndexSchema.safeParse(doc);
  if (!parsed.success) throw new InputError(`${file} is not a scopecheck platform index`);
  const compiled = compilePlatformIndex(parsed.data);
  cache.set(file, compiled);
  return compiled;
}

function findIndexFile(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'public', 'data', FILE);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return null;
}

/** The index for commands that use it by default (live check and scope): off, with a note, when it is missing. */
export function loadPlatformIndexOrNull(path: string | undefined, onMissing: (message: string) => void): CompiledPlatformIndex | null {
  try {
    return loadPlatformIndex(path);
  } catch (error) {
    onMissing(`platform data not used: ${(error as Error).message}`);
    return null;
  }
}
