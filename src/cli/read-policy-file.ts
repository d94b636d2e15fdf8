// A saved policy (policy --file, scope --file, draft --policy-file), read the one way: the same bytes give the same result in every command.
import { PolicyResultSchema, decodeDocument, extractPolicy, sniffFormat, type PolicyResult } from '../core/index.ts';
import type { CliIo } from './command.ts';
import { readInput, readJsonInput, type ReadInputOptions } from './read-input.ts';

const MAX_POLICY_BYTES = 10 * 2 ** 20;

/**
 * The policy in `path` ('-': stdin, where `stdinLabel` allows it), read as published at `baseUrl` when given:
 * the file's name helps sniff its format, and its source is `found_by: "file"` (never "this site" by itself).
 */
export async function readPolicyFile(path: string, baseUrl: string | undefined, io: CliIo, options: Omit<ReadInputOptions, 'maxBytes'> = {}): Promise<PolicyResult> {
  const body = await readInput(path, io, { maxBytes: MAX_POLICY_BYTES, ...options });
  const fileName = path === '-' ? undefined : path;
  const policy = extractPolicy({ body, url: baseUrl ?? fileName ?? null }, { now: io.now(), ...(baseUrl ? { baseUrl } : {}) });
  const decoded = decodeDocument(body, null);
  const format = decoded.pdf ? 'pdf' : decoded.binary ? 'unknown' : sniffFormat(decoded.text, null, fileName ?? baseUrl);
  return { ...policy, source: { url: baseUrl ?? fileName ?? 'stdin', found_by: 'file', status: null, format } };
}

/** A scopecheck.policy/1 document (the output of `scopecheck policy --json`), as `--policy-json` gives it. */
export function readPolicyJson(path: string, io: CliIo): Promise<PolicyResult> {
  return readJsonInput(path, io, PolicyResultSchema, 'cli_input_policyDocument', { maxBytes: MAX_POLICY_BYTES, label: '--policy-json' });
}
