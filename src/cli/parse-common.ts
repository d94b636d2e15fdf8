import { msg } from '../core/index.ts';
import { UsageError } from './command.ts';

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** `--now`: a fixed clock, or the real one. */
export function parseNow(value: unknown): () => Date {
  if (value === undefined) return () => new Date();
  if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(msg('cli_err_now', { value: String(value) }));
  }
  const fixed = new Date(value);
  return () => new Date(fixed.getTime());
}

/** `--timeout`: milliseconds per request. */
export function parseTimeout(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > 600_000) {
    throw new UsageError(msg('cli_err_timeout', { value: String(value) }));
  }
  return n;
}

/** A string option's values, whether it was given once, repeated (`multiple`), or not at all. */
export function optionStrings(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/** A string option's value, or undefined when it was not given. */
export function stringOption(values: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
