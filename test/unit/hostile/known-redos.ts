// Expressions in other areas' code that recheck flags as vulnerable or that the adversarial run finds
// super-linear, reported to the lead (this suite does not edit their files). redos.test.ts does not fail on them
// and fails once an entry's pattern is gone: delete the entry when you fix the pattern.
// Key: `/source/flags` exactly as collected. Value: where, and what was measured when it was listed (2 cores, busy).
// Regenerate: REDOS_WRITE_KNOWN=1 npx vitest run --project unit test/unit/hostile/redos.test.ts
export const KNOWN_REDOS: Record<string, string> = {
};
