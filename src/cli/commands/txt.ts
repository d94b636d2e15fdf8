import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError, UsageError, type CliIo, type Command, type ParsedValues } from '../command.ts';
import { parseTimeout } from '../parse-common.ts';
import { createNodeFetch, parseConnectTo, readCaFile, type NodeFetch } from '../node-fetch.ts';
import { formatTxtResult } from '../format-txt.ts';
import type { FetchLike } from '../../core/fetch/types.ts';
import type { TxtResult } from '../../core/schemas/txt-result.ts';
import { FetchContextSchema, type FetchContext } from '../../core/securitytxt/fetch-context.ts';
import type { VerificationKey } from '../../core/securitytxt/check-signature.ts';
import { validateSecurityTxt } from '../../core/securitytxt/validate-security-txt.ts';
import { discoverSecurityTxt } from '../../core/securitytxt/discover-security-txt.ts';

const MAX_INPUT_BYTES = 8 * 1024 * 1024;

const USAGE = `Usage:
  scopecheck txt <url> [--key <file.asc>]… [--connect-to H1:P1:H2:P2]… [--ca <pem>] [--insecure] [--no-http]
  scopecheck txt --file <path|-> [--context <ctx.json>] [--key <file.asc>]…

Finds, fetches and validates the security.txt (RFC 9116) that applies to <url>'s host, or validates a saved body.

Options:
  --file <path>        validate a saved body (- reads stdin); nothing is fetched
  --context <ctx.json> HTTP facts of the capture (fields of a corpus sample's "context")
  --key <file.asc>     OpenPGP public key to verify a signed file (repeatable); live mode otherwise
                       fetches the key named by the Encryption field
  --connect-to <rule>  like curl: HOST1:PORT1:HOST2:PORT2, HOST1 may be *.suffix or empty (repeatable)
  --ca <pem file>      trust this CA as well (staging hosts, test fixtures)
  --insecure           do not check TLS certificates (a warning goes to stderr)
  --no-http            never fall back to plain http://
  --json               one scopecheck.txt/1 JSON document
  --now <instant>      clock for expiry checks (RFC 3339)
  --timeout <ms>       per-request timeout (default 10000)`;

async function readInput(path: string, io: CliIo, what: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of io.stdin()) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      total += bytes.byteLength;
      if (total > MAX_INPUT_BYTES) throw new InputError(`${what} on stdin is larger than ${MAX_INPUT_BYTES} bytes`);
      chunks.push(bytes);
    }
    return new Uint8Array(Buffer.concat(chunks));
  }
  try {
    const data = await readFile(path);
    if (data.byteLength > MAX_INPUT_BYTES) throw new InputError(`${what} ${path} is larger than ${MAX_INPUT_BYTES} bytes`);
    return new Uint8Array(data);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function readKeys(paths: string[], io: CliIo): Promise<VerificationKey[]> {
  return Promise.all(paths.map(async (p) => ({ armored: new TextDecoder().decode(await readInput(p, io, '--key file')), source: p })));
}

async function readContext(path: string, io: CliIo): Promise<FetchContext> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await readInput(path, io, '--context file')));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`--context ${path} is not JSON: ${(error as Error).message}`);
  }
  const parsed = FetchContextSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`--context ${path}: ${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function stringList(value: ParsedValues[string]): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

function makeFetch(values: ParsedValues, io: CliIo): NodeFetch | { fetch: FetchLike; close: () => Promise<void> } {
  const connectTo = stringList(values['connect-to']).map(parseConnectTo);
  const ca = typeof values.ca === 'string' ? readCaFile(values.ca) : undefined;
  if (connectTo.length === 0 && !ca && !values.insecure) return { fetch: io.fetch as FetchLike, close: async () => {} };
  return createNodeFetch({ connectTo, ...(ca ? { ca } : {}), insecure: values.insecure === true });
}

function print(result: TxtResult, target: string, values: ParsedValues, io: CliIo): number {
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatTxtResult(result, target));
  return 0;
}

async function runOffline(path: string, values: ParsedValues, io: CliIo): Promise<number> {
  const bytes = await readInput(path, io, '--file');
  const context = typeof values.context === 'string' ? await readContext(values.context, io) : null;
  let keyPaths = stringList(values.key);
  if (keyPaths.length === 0 && context?.verification_key && typeof values.context === 'string' && values.context !== '-') {
    keyPaths = [resolve(dirname(values.context), context.verification_key)];
  }
  const keys = await readKeys(keyPaths, io);
  const result = await validateSecurityTxt(bytes, context, { now: io.now(), keys });
  return print(result, path === '-' ? 'stdin' : path, values, io);
}

async function runLive(url: string, values: ParsedValues, io: CliIo): Promise<number> {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    throw new UsageError(`"${url}" is not a URL`);
  }
  if (page.protocol !== 'https:' && page.protocol !== 'http:') throw new UsageError(`only http(s) URLs can be checked, not ${page.protocol}`);
  const keys = await readKeys(stringList(values.key), io);
  const timeoutMs = parseTimeout(values.timeout, 10_000);
  const net = makeFetch(values, io);
  if (values.insecure) io.stderr('scopecheck txt: warning: --insecure: TLS certificates are not checked\n');
  try {
    const result = await discoverSecurityTxt(page.href, { fetch: net.fetch, now: io.now, manualRedirects: true }, {
      now: io.now(), timeoutMs, keys, httpFallback: values['no-http'] !== true,
    });
    const attempts = result.source?.attempts ?? [];
    if (attempts.length > 0 && attempts.every((a) => a.status === null && /network|timeout/.test(a.outcome))) {
      throw new InputError(`cannot reach ${page.hostname}: no candidate answered (${attempts[0]!.outcome})`);
    }
    return print(result, page.hostname, values, io);
  } finally {
    await net.close();
  }
}

export const txtCommand: Command = {
  name: 'txt',
  summary: 'find, fetch and validate security.txt (RFC 9116), or validate a saved file',
  usage: USAGE,
  options: {
    file: { type: 'string' },
    context: { type: 'string' },
    key: { type: 'string', multiple: true },
    'connect-to': { type: 'string', multiple: true },
    ca: { type: 'string' },
    insecure: { type: 'boolean' },
    'no-http': { type: 'boolean' },
  },
  run: async (values, positionals, io) => {
    const file = typeof values.file === 'string' ? values.file : undefined;
    if (positionals.length > 1) throw new UsageError('give one URL');
    if (file !== undefined && positionals.length > 0) throw new UsageError('give either a URL or --file, not both');
    if (file !== undefined) return runOffline(file, values, io);
    if (typeof values.context === 'string') throw new UsageError('--context only applies with --file');
    const url = positionals[0];
    if (url === undefined) throw new UsageError('give a URL or --file <path>');
    return runLive(url, values, io);
  },
};
