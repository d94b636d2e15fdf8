import type { ResultFacts } from './command.ts';

/**
 * Whether a result meets one of the --fail-on conditions (`invalid`, `out_of_scope`, `unknown`, `no_policy`):
 * an invalid security.txt, that verdict, or no disclosure policy found. Facts a command does not give never match.
 */
export function matchesFailOn(conditions: readonly string[], facts: ResultFacts): boolean {
  return conditions.some((condition) =>
    condition === 'invalid' ? facts.valid === false
      : condition === 'no_policy' ? facts.policyFound === false
        : facts.verdict === condition);
}

/** The conditions of a `--fail-on a,b` value (already checked against the allowed names). */
export function parseFailOn(value: unknown): string[] {
  return typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : [];
}
