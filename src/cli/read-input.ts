// Reading a command's input: a file or, where the command allows it, stdin ('-'), always under a byte cap.
import { open, type FileHandle } from 'node:fs/promises';
import { fileError, InputError, type CliIo } from './command.ts';
import { concatBytes, msg } from '../core/index.ts';

/** A zod schema's safeParse, as much as readJsonInput needs. */
interface JsonSchema<T> {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: readonly PropertyKey[]; code?: string }> } };
}

export interface ReadInputOptions {
  maxBytes: number;
  /** Names the input before its path in messages (a message id, or text): "cannot read --key file k.asc: ENOENT". */
  label?: string;
  /** With it, '-' reads stdin, named so in messages ("the policy on stdin is larger than …"), in the run's language. */
  stdinLabel?: string;
}

const CHUNK = 64 * 1024;

/**
 * The bytes of `path`, or of stdin for '-' when `stdinLabel` is given. A regular file larger than the cap is
 * refused before reading; pipes and devices (`<(curl …)`, /dev/stdin) are read up to the cap. Failures are
 * InputErrors (exit 1) with one-line messages.
 */
export async function readInput(path: string, io: CliIo, options: ReadInputOptions): Promise<Uint8Array> {
  if (path === '-' && options.stdinLabel !== undefined) {
    return collect(io.stdin(), options.maxBytes, () => new InputError(msg('cli_err_stdinTooLarge', { what: options.stdinLabel!, max: options.maxBytes })));
  }
  const what = named(path, options.label);
  const tooLarge = () => new InputError(msg('cli_err_tooLarge', { what, max: options.maxBytes }));
  let handle: FileHandle | null = null;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(msg('cli_err_notAFile', { what }));
    if (info.isFile() && info.size > options.maxBytes) throw tooLarge();
    return await collect(readChunks(handle), options.maxBytes, tooLarge);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError('cli_err_cannotRead', what, error);
  } finally {
    await handle?.close();
  }
}

/** readInput as UTF-8 text (a leading byte order mark is dropped, invalid bytes become U+FFFD). */
export async function readInputText(path: string, io: CliIo, options: ReadInputOptions): Promise<string> {
  return new TextDecoder('utf-8').decode(await readInput(path, io, options));
}

/** An input in messages: its label (a message id, or text) and path ("--key file k.asc"), or the path alone. */
export function named(path: string, label: string | undefined) {
  return label ? msg('cli_input_named', { what: msg(label), path }) : path;
}

/**
 * readInputText parsed as JSON and checked with `schema`: not JSON, or not of the schema's shape (`kind`, a message id,
 * with the first issue's path and zod code), is an InputError naming the option and path ("--context ctx.json is not JSON: …").
 */
export async function readJsonInput<T>(path: string, io: CliIo, schema: JsonSchema<T>, kind: string, options: ReadInputOptions & { label: string }): Promise<T> {
  const text = await readInputText(path, io, options);
  const what = named(path, options.label);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(msg('cli_err_notJson', { what }));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(msg('cli_err_notSchema', { what, kind: msg(kind), where: issue?.path.map(String).join('.') || '/', issue: issue?.code ?? '' }));
  }
  return parsed.data;
}

async function* readChunks(handle: FileHandle): AsyncIterable<Uint8Array> {
  for (;;) {
    const { bytesRead, buffer } = await handle.read({ buffer: new Uint8Array(CHUNK) });
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

async function collect(chunks: AsyncIterable<string | Uint8Array>, maxBytes: number, tooLarge: () => InputError): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) throw tooLarge();
    parts.push(bytes);
  }
  return concatBytes(parts, total);
}
