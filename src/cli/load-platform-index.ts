import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileError, InputError } from './command.ts';
import { PlatformIndexSchema, compilePlatformIndex, matchingSuffixTable, msg, readPlatformSuffixTable, selectPlatformProgrammes, type CompiledPlatformIndex, type Message, type PlatformIndex } from '../core/index.ts';

const FILE = 'platform-index.json';
const TABLE = 'platform-suffixes.json';
const cache = new Map<string, CompiledPlatformIndex>();

/**
 * The platforms' programme index (scripts/build-platform-index.ts), read from its file when a command needs
 * it, never inlined into the CLI: `path` if given, else public/data/ of the package the CLI runs from (both
 * from src/cli and from dist/cli). Validated with zod; a missing or malformed file is an input error.
 * Given the hosts a command will judge (one page, one `programs` host), only the programmes that can say anything
 * about them are compiled, as the extension does: those the suffix table written beside the index
 * (`platform-suffixes.json`, scripts/build-platform-index.ts) files under the hosts' names, suffixes and "". The
 * answer for those hosts is the whole index's; without a table that matches the index, the whole index is compiled.
 */
export function loadPlatformIndex(path?: string, hosts?: readonly string[]): CompiledPlatformIndex {
  const file = path ? resolve(path) : findIndexFile();
  if (!file) throw new InputError(msg('cli_err_platformIndexMissing'));
  const key = hosts ? `${file}\n${hosts.join('\n')}` : file;
  const cached = cache.get(key);
  if (cached) return cached;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw error instanceof SyntaxError ? new InputError(msg('cli_err_notJson', { what: file })) : fileError('cli_err_cannotRead', file, error);
  }
  const parsed = PlatformIndexSchema.safeParse(doc);
  if (!parsed.success) throw new InputError(msg('cli_err_notSchema', { what: file, kind: msg('cli_input_platformIndex'), where: parsed.error.issues[0]?.path.join('.') || '/', issue: parsed.error.issues[0]?.code ?? '' }));
  const picked = hosts ? pickProgrammes(join(dirname(file), TABLE), parsed.data, hosts) : null;
  const compiled = compilePlatformIndex(picked ? { ...parsed.data, programmes: picked } : parsed.data);
  cache.set(key, compiled);
  return compiled;
}

/** The programmes the table picks for any of the hosts, in index order; null without a table built from this index. */
function pickProgrammes(tableFile: string, index: PlatformIndex, hosts: readonly string[]): PlatformIndex['programmes'] | null {
  let lookup;
  try {
    lookup = readPlatformSuffixTable(JSON.parse(readFileSync(tableFile, 'utf8')));
  } catch {
    return null;
  }
  const table = matchingSuffixTable(lookup, index.data_date, index.programmes);
  if (!table) return null;
  const picked = new Set<number>();
  for (const host of hosts) for (const i of selectPlatformProgrammes(host, table)) picked.add(i);
  return [...picked].sort((a, b) => a - b).map((i) => index.programmes[i]!);
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
export function loadPlatformIndexOrNull(path: string | undefined, onMissing: (message: Message) => void, hosts?: readonly string[]): CompiledPlatformIndex | null {
  try {
    return loadPlatformIndex(path, hosts);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    onMissing(msg('cli_note_platformsOff', { reason: error.said }));
    return null;
  }
}
