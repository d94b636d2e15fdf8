import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileError, InputError } from './command.ts';
import { PlatformIndexSchema, compilePlatformIndex, msg, type CompiledPlatformIndex, type Message } from '../core/index.ts';

const FILE = 'platform-index.json';
const cache = new Map<string, CompiledPlatformIndex>();

/**
 * The platforms' programme index (scripts/build-platform-index.ts), read from its file when a command needs
 * it, never inlined into the CLI: `path` if given, else public/data/ of the package the CLI runs from (both
 * from src/cli and from dist/cli). Validated with zod; a missing or malformed file is an input error.
 */
export function loadPlatformIndex(path?: string): CompiledPlatformIndex {
  const file = path ? resolve(path) : findIndexFile();
  if (!file) throw new InputError(msg('cli_err_platformIndexMissing'));
  const cached = cache.get(file);
  if (cached) return cached;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw error instanceof SyntaxError ? new InputError(msg('cli_err_notJson', { what: file })) : fileError('cli_err_cannotRead', file, error);
  }
  const parsed = PlatformIndexSchema.safeParse(doc);
  if (!parsed.success) throw new InputError(msg('cli_err_notSchema', { what: file, kind: msg('cli_input_platformIndex'), where: parsed.error.issues[0]?.path.join('.') || '/', issue: parsed.error.issues[0]?.code ?? '' }));
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
export function loadPlatformIndexOrNull(path: string | undefined, onMissing: (message: Message) => void): CompiledPlatformIndex | null {
  try {
    return loadPlatformIndex(path);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    onMissing(msg('cli_note_platformsOff', { reason: error.said }));
    return null;
  }
}
