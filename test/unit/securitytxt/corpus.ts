// Reads the shared security.txt corpus (../shared/corpus/securitytxt beside the repository) as bytes.
import { readFileSync } from 'node:fs';
import type { FetchContext } from '../../../src/core/securitytxt/fetch-context.ts';
import type { SecurityTxtFields } from '../../../src/core/schemas/txt-result.ts';

export const CORPUS_DIR = new URL('../../../../shared/corpus/securitytxt/', import.meta.url);

export interface Sample {
  file: string;
  bytes: number;
  sha256: string;
  description: string;
  context: FetchContext;
  valid: boolean;
  errors: string[];
  warnings: string[];
  infos: string[];
  optional?: string[];
  lines: Record<string, number[]>;
  parsed: SecurityTxtFields | null;
}

export interface Manifest {
  now: string;
  options: { expires_soon_days: number; max_redirects: number; require_top_level_location: boolean; max_file_bytes: number; max_lines: number; max_field_chars: number };
  checks: Array<{ id: string; severity: string }>;
  verification_keys: Record<string, { fingerprint: string }>;
  samples: Sample[];
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(new URL('expectations.json', CORPUS_DIR), 'utf8')) as Manifest;
}

export function readSample(file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(file, CORPUS_DIR)));
}

export function readCorpusText(file: string): string {
  return readFileSync(new URL(file, CORPUS_DIR), 'utf8');
}
