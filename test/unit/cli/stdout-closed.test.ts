// A bulk run whose reader goes away (`scopecheck scope … | head`) stops at once and quietly: no EPIPE stack, no
// judging the rest of the list for nobody. The list ends with an excluded host and the run asks --fail-on
// out_of_scope: a run that went on to the end would exit 3; one that stopped when its reader left exits 0.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function runUntilFirstBytes(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    // The reader takes the first bytes and leaves, as `head -c` does.
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('stdout closed by its reader', () => {
  it('ends the run at once, quietly, with status 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scopecheck-epipe-'));
    try {
      const index = join(dir, 'platform-index.json');
      const hosts = join(dir, 'hosts.txt');
      writeFileSync(index, JSON.stringify({
        schema: 'scopecheck.platform-index/1', source: 'test', license: 'MIT', notice: 'test', data_date: '2026-08-22',
        programmes: [{ platform: 'bugcrowd', name: 'Shop', url: 'https://bugcrowd.test/shop', in_scope: ['*.shop.test'], out_of_scope: ['admin.shop.test'] }],
      }));
      writeFileSync(hosts, Array.from({ length: 1_000_000 }, (_, i) => `h${i}.shop.test`).join('\n') + '\nadmin.shop.test\n');
      const r = await runUntilFirstBytes(['scope', '--platforms', '--platform-data', index, '--hosts-file', hosts, '--json', '--fail-on', 'out_of_scope']);
      expect(r.stderr).not.toMatch(/EPIPE|Error/);
      expect(r.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
