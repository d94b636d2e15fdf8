import { describe, expect, it } from 'vitest';
import { COMMAND_ENTRIES, runCli } from '../../../src/cli/main.ts';
import { COMMANDS } from '../../../src/cli/commands/index.ts';
import type { CliIo, Command } from '../../../src/cli/command.ts';

function makeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: async function* () {},
    fetch: () => Promise.reject(new Error('no network in tests')),
    now: () => new Date('2026-11-21T00:00:00Z'),
  };
  return { io, out, err };
}

const echo: Command = {
  name: 'echo',
  summary: 'prints its clock',
  usage: 'Usage: scopecheck echo',
  options: { loud: { type: 'boolean' } },
  run: async (values, positionals, io) => {
    io.stdout(JSON.stringify({ now: io.now().toISOString(), loud: values.loud ?? false, positionals }));
    return 0;
  },
};

describe('runCli', () => {
  it('prints usage with --help and lists commands', async () => {
    const { io, out } = makeIo();
    expect(await runCli(['--help'], io, [echo])).toBe(0);
    expect(out.join('')).toMatch(/Usage: scopecheck <command>/);
    expect(out.join('')).toMatch(/echo\s+prints its clock/);
  });

  it('exits 2 on an unknown command or option', async () => {
    const a = makeIo();
    expect(await runCli(['nope'], a.io, [echo])).toBe(2);
    expect(a.err.join('')).toMatch(/unknown command "nope"/);
    const b = makeIo();
    expect(await runCli(['echo', '--bogus'], b.io, [echo])).toBe(2);
    // Short: the problem and where the help is; the full usage only with --help.
    expect(b.err.join('')).toMatch(/Unknown option '--bogus'[\s\S]*Run `scopecheck echo --help`/);
    expect(b.err.join('')).not.toMatch(/Usage: scopecheck echo/);
  });

  it('passes a fixed clock from --now, and rejects a malformed one', async () => {
    const a = makeIo();
    expect(await runCli(['echo', '--now', '2030-01-02T03:04:05Z', 'x'], a.io, [echo])).toBe(0);
    expect(JSON.parse(a.out.join(''))).toEqual({ now: '2030-01-02T03:04:05.000Z', loud: false, positionals: ['x'] });
    const b = makeIo();
    expect(await runCli(['echo', '--now', 'tomorrow'], b.io, [echo])).toBe(2);
    expect(b.err.join('')).toMatch(/RFC 3339/);
  });
});

describe('lazy command entries', () => {
  it('name and summarise every command as the command modules do, in the same order', async () => {
    expect(COMMAND_ENTRIES.map((e) => [e.name, e.summary])).toEqual(COMMANDS.map((c) => [c.name, c.summary]));
    for (const [i, entry] of COMMAND_ENTRIES.entries()) expect(await entry.load()).toBe(COMMANDS[i]);
  });

  it('load no command module for --help', async () => {
    const loaded: string[] = [];
    const entries = COMMAND_ENTRIES.map((e) => ({ ...e, load: () => { loaded.push(e.name); return e.load(); } }));
    const { io, out } = makeIo();
    expect(await runCli(['--help'], io, entries)).toBe(0);
    expect(out.join('')).toContain('txt');
    expect(loaded).toEqual([]);
    expect(await runCli(['txt', '--help'], makeIo().io, entries)).toBe(0);
    expect(loaded).toEqual(['txt']);
  });
});
