// A bulk run whose reader goes away (`scopecheck scope … | head`) stops quietly, on one thread or several:
// no EPIPE stack and status 0. (Before the fix, several threads died of an unhandled EPIPE; one thread went on
// judging the rest of the list for nobody and exited 0, which this test cannot tell apart without timing it.)
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function runUntilFirstBytes(args: string[]): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    // The reader takes the first bytes and leaves, as `head -c` does.
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, ms: Date.now() - started }));
  });
}

describe('stdout closed by its reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scopecheck-epipe-'));
  const index = join(dir, 'platform-index.json');
  const hosts = join(dir, 'hosts.txt');
  writeFileSync(index, JSON.stringify({
    schema: 'scopecheck.platform-index/1', source: 'test', license: 'MIT', notice: 'test', data_date: '2026-08-22',
    programmes: [{ platform: 'bugcrowd', name: 'Shop', url: 'https://bugcrowd.test/shop', in_scope: ['*.shop.test'], out_of_scope: ['admin.shop.test'] }],
  }));
  // Enough lines that judging them all would take far longer than stopping.
  writeFileSync(hosts, Array.from({ length: 1_500_000 }, (_, i) => `h${i}.shop.test`).join('\n') + '\n');

  for (const threads of ['1', '2']) {
    it(`stops quietly with --threads ${threads}`, async () => {
      const r = await runUntilFirstBytes(['scope', '--platforms', '--platform-data', index, '--hosts-file', hosts, '--json', '--threads', threads]);
      expect(r.stderr).not.toMatch(/EPIPE|Error/);
      expect(r.code).toBe(0);
    }, 60_000);
  }

  it('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});
