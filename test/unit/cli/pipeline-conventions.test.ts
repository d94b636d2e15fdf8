// The CLI in a pipeline (issue 13, part 4): the conventions of httpx, subfinder and nuclei, one test each.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import type { CliIo } from '../../../src/cli/command.ts';
import { toWebUrl } from '../../../src/cli/to-web-url.ts';
import { createProgress } from '../../../src/cli/output.ts';
import { makeCliIo } from '../../support/run-cli.ts';

let dir: string;
let userScope: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopecheck-pipe-'));
  userScope = join(dir, 'scope.txt');
  // "!" alone is an unreadable line: a warning on stderr (unless --silent).
  writeFileSync(userScope, '*.example.test\n!admin.example.test\n!\n');
  writeFileSync(join(dir, 'invalid.txt'), 'Hello: world\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `scopecheck <argv…>` with a fake terminal setup: which streams are TTYs, the environment, stdin chunks. */
async function run(argv: string[], setup: { stdin?: string[]; isTTY?: CliIo['isTTY']; env?: CliIo['env'] } = {}) {
  const t = makeCliIo(setup.stdin);
  const io: CliIo = { ...t.io, ...(setup.isTTY ? { isTTY: setup.isTTY } : {}), ...(setup.env ? { env: setup.env } : {}) };
  const code = await runCli(argv, io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
}

const piped = { stdin: false, stdout: false, stderr: false };
const jsonLines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('bare hosts where a URL is taken', () => {
  it.each([
    ['example.com', 'https://example.com/'],
    ['Example.COM:8443/security', 'https://example.com:8443/security'],
    ['127.0.0.1', 'https://127.0.0.1/'],
    ['[::1]:8443', 'https://[::1]:8443/'],
    ['http://example.com/x', 'http://example.com/x'],
  ])('%s means %s', (input, href) => {
    expect(toWebUrl(input)?.href).toBe(href);
  });

  it.each(['example', 'exa mple.com', 'ftp://example.com/', 'example.com:99999', '-x.example.com', '', '/etc/passwd', 'a..b', 'mailto:x@example.com', 'user@example.com'])('rejects %j', (input) => {
    expect(toWebUrl(input)).toBeNull();
  });

  it('refuses junk with a clear usage error, and takes a bare host for --base-url', async () => {
    const junk = await run(['policy', 'not a host']);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toMatch(/"not a host" is neither a URL nor a host name/);
    const scheme = await run(['txt', 'ftp://example.com/']);
    expect(scheme.stderr).toMatch(/only http\(s\) URLs can be checked, not ftp:/);
    const policy = join(dir, 'policy.md');
    writeFileSync(policy, 'In scope: *.example.test. Out of scope: www.example.test, our marketing website.\n');
    const bare = await run(['scope', '--file', policy, '--base-url', 'shop.example.test', '--host', 'shop.example.test', '--json']);
    const full = await run(['scope', '--file', policy, '--base-url', 'https://shop.example.test/', '--host', 'shop.example.test', '--json']);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toBe(full.stdout);
    expect((await run(['scope', '--file', policy, '--base-url', 'shop', '--host', 'a.test'])).stderr).toMatch(/--base-url needs an absolute http\(s\) URL or a host name, not "shop"/);
  });
});

describe('host lists from piped stdin, JSON Lines echoing input, --fail-on', () => {
  it('reads the hosts from stdin when it is not a terminal, and echoes each as `input`', async () => {
    const r = await run(['scope', '--user-scope', userScope, '--json'], { stdin: ['https://a.example.test/x\nadmin.exa', 'mple.test\n\n# comment\nother.test'], isTTY: piped });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((l) => [l.input, l.host, l.verdict])).toEqual([
      ['https://a.example.test/x', 'a.example.test', 'in_scope'],
      ['admin.example.test', 'admin.example.test', 'out_of_scope'],
      ['other.test', 'other.test', 'unknown'],
    ]);
  });

  it('does not wait on stdin when it is a terminal', async () => {
    const r = await run(['scope', '--user-scope', userScope], { stdin: ['a.example.test\n'], isTTY: { stdin: true } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/give hosts to judge/);
  });

  it('exits 3 when a result matches --fail-on, 0 otherwise or without it, 2 for an unknown condition', async () => {
    const hosts = { stdin: ['a.example.test\nadmin.example.test\n'], isTTY: piped };
    expect((await run(['scope', '--user-scope', userScope, '--fail-on', 'out_of_scope'], hosts)).code).toBe(3);
    expect((await run(['scope', '--user-scope', userScope, '--fail-on', 'unknown, no_policy'], hosts)).code).toBe(0);
    expect((await run(['scope', '--user-scope', userScope], hosts)).code).toBe(0);
    const txt = await run(['txt', '--file', join(dir, 'invalid.txt'), '--fail-on', 'invalid', '--json']);
    expect([txt.code, JSON.parse(txt.stdout).valid]).toEqual([3, false]);
    const bad = await run(['scope', '--user-scope', userScope, '--fail-on', 'out_of_scope,bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fail-on takes a comma-separated list of invalid, out_of_scope, unknown, no_policy, not "bogus"/);
  });
});

describe('-s/--silent, progress, colour', () => {
  it('prints only results with -s: no warnings, compact lines', async () => {
    const loud = await run(['scope', '--user-scope', userScope, '--host', 'a.example.test']);
    expect(loud.stderr).toMatch(/warning: Line 3 has a "!" but no pattern/);
    for (const flag of ['-s', '--silent']) {
      const quiet = await run(['scope', '--user-scope', userScope, '--host', 'a.example.test', flag]);
      expect([quiet.code, quiet.stderr]).toEqual([0, '']);
      expect(quiet.stdout).toMatch(/^in_scope\s+a\.example\.test {2}\(\*\.example\.test\)\n$/);
    }
  });

  it('shows progress on stderr for a host list only when stderr is a terminal (and not with -s)', async () => {
    const hosts = ['a.example.test\nb.example.test\n'];
    const tty = await run(['scope', '--user-scope', userScope, '--json'], { stdin: hosts, isTTY: { stdin: false, stderr: true } });
    expect(tty.stderr).toContain('\rscopecheck scope: hosts judged: 1');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(tty.stdout).not.toContain('hosts judged');
    const pipe = await run(['scope', '--user-scope', userScope, '--json'], { stdin: hosts, isTTY: piped });
    expect(pipe.stderr).not.toContain('hosts judged');
    const silent = await run(['scope', '--user-scope', userScope, '--json', '-s'], { stdin: hosts, isTTY: { stdin: false, stderr: true } });
    expect(silent.stderr).toBe('');
  });

  it('redraws progress at most every interval', () => {
    const lines: string[] = [];
    let now = 0;
    const progress = createProgress({ ...makeCliIo().io, stderr: (t) => void lines.push(t), isTTY: { stderr: true } }, 'n', 100, () => now);
    for (let i = 0; i < 10; i++) { progress.tick(); now += 30; }
    progress.done();
    expect(lines).toEqual(['\rn: 1', '\rn: 5', '\rn: 9', '\r\u001b[K']);
  });

  it('colours verdicts on a terminal, never with NO_COLOR or into a pipe', async () => {
    const argv = ['scope', '--user-scope', userScope, '--host', 'a.example.test', '--host', 'admin.example.test', '-s'];
    const tty = await run(argv, { isTTY: { stdout: true } });
    expect(tty.stdout).toContain('\u001b[32min_scope');
    expect(tty.stdout).toContain('\u001b[31mout_of_scope');
    const noColor = await run(argv, { isTTY: { stdout: true }, env: { NO_COLOR: '1' } });
    const pipe = await run(argv, { isTTY: piped });
    for (const r of [noColor, pipe]) expect(r.stdout).not.toContain('\u001b[');
    expect(noColor.stdout).toBe(pipe.stdout);
  });
});

describe('help and usage on the right streams', () => {
  it('--help goes to stdout with exit 0; no command and usage errors go to stderr with exit 2', async () => {
    for (const argv of [['--help'], ['scope', '--help'], ['txt', '-h']]) {
      const r = await run(argv);
      expect([argv, r.code, r.stderr]).toEqual([argv, 0, '']);
      expect(r.stdout).toMatch(/Usage:/);
    }
    for (const argv of [[], ['nope'], ['scope', '--bogus'], ['txt']]) {
      const r = await run(argv);
      expect([argv, r.code, r.stdout]).toEqual([argv, 2, '']);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });
});

describe('the real process', () => {
  it('reads a piped host list, keeps stderr quiet with -s, and exits 3 on --fail-on', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'scope', '--user-scope', userScope, '--json', '-s', '--fail-on', 'out_of_scope'], {
      input: 'a.example.test\nadmin.example.test\n', encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
    });
    expect([child.status, child.stderr]).toEqual([3, '']);
    expect(jsonLines(child.stdout).map((l) => l.input)).toEqual(['a.example.test', 'admin.example.test']);
  }, 90_000);
});
