// Runs the CLI in-process with captured output (shared by the command tests).
import { runCli } from '../../src/cli/main.ts';
import type { CliIo, Command } from '../../src/cli/command.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A CliIo writing into buffers; fetch refuses (tests reach loopback only through explicit options). */
export function makeCliIo(stdin: string[] = [], now = () => new Date()): { io: CliIo; stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: async function* () { yield* stdin; },
    fetch: () => Promise.reject(new Error('no network in tests')),
    now,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** `scopecheck <argv…>` in-process. */
export async function runCliCaptured(argv: string[], options: { stdin?: string[]; commands?: Command[] } = {}): Promise<CliRun> {
  const t = makeCliIo(options.stdin);
  const code = await runCli(argv, t.io, options.commands);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}
