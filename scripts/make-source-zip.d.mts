/** The command SOURCE-BUILD.md tells AMO reviewers to run after `npm ci`. */
export const BUILD_COMMAND: string;
/** The repository files the source zip holds (without SOURCE-BUILD.md), sorted. */
export function sourceFiles(): string[];
/** Writes the AMO source zip to `out`; returns its absolute path and every file in it. */
export function makeSourceZip(out: string): { out: string; files: string[] };
