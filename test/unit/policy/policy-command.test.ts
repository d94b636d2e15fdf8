import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.ts';
import type { CliIo } from '../../../src/cli/command.ts';
import { PolicyResultSchema } from '../../../src/core/schemas/policy-result.ts';

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'policies');

function makeIo(site: Record<string, { body: string; type?: string }> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: async function* () { if (stdin) yield stdin; },
    fetch: (async (input: string | URL | Request) => {
      const url = String(input instanceof Request ? input.url : input);
      const page = site[url];
      if (!page) throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }) });
      return new Response(page.body, { status: 200, headers: { 'content-type': page.type ?? 'text/plain' } });
    }) as typeof fetch,
    now: () => new Date('2026-11-21T00:00:00Z'),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('scopecheck policy --file', () => {
  it('prints one scopecheck.policy/1 document with --json', async () => {
    const { io, out } = makeIo();
    const code = await runCli(['policy', '--file', join(CORPUS, 'commerce7-responsible-disclosure.txt'), '--base-url', 'https://commerce7.com/', '--json'], io);
    expect(code).toBe(0);
    const doc = JSON.parse(out());
    expect(PolicyResultSchema.safeParse(doc).success).toBe(true);
    expect(doc.source).toMatchObject({ url: 'https://commerce7.com/', found_by: 'file' });
    expect(doc.in_scope.map((e: { pattern: string }) => e.pattern)).toContain('*.commerce7.com');
  });

  it('prints a readable summary with the quote under every item, and reads stdin', async () => {
    const { io, out } = makeIo({}, 'Do not run DoS tests.\nReport to security@example.com within reason.\n');
    expect(await runCli(['policy', '--file', '-'], io)).toBe(0);
    expect(out()).toMatch(/Contacts\n {2}- mailto:security@example\.com\n {6}"Report to security@example\.com within reason\."/);
    expect(out()).toMatch(/Forbidden\n {2}- dos\n {6}"Do not run DoS tests\."/);
  });

  it('exits 1 for a missing file and 2 for usage errors', async () => {
    const a = makeIo();
    expect(await runCli(['policy', '--file', '/nonexistent/policy.md'], a.io)).toBe(1);
    expect(a.err()).toMatch(/cannot read \/nonexistent\/policy\.md: ENOENT/);
    expect(await runCli(['policy'], makeIo().io)).toBe(2);
    expect(await runCli(['policy', 'ftp://example.com/'], makeIo().io)).toBe(2);
    expect(await runCli(['policy', 'https://example.com/', '--base-url', 'https://example.com/'], makeIo().io)).toBe(2);
  });
});

describe('scopecheck policy <url>', () => {
  it('follows the security.txt Policy link and lists the sources it tried', async () => {
    const { io, out } = makeIo({
      'https://example.com/.well-known/security.txt': { body: 'Contact: mailto:security@example.com\nExpires: 2027-01-01T00:00:00Z\nPolicy: https://example.com/vdp.md\n' },
      'https://example.com/vdp.md': { body: '# Policy\n\nReport vulnerabilities to security@example.com.\n\n## Rules\n\n- Do not use automated scanners.\n- Do not run denial of service tests.\n\nWe will not take legal action against researchers.\n', type: 'text/markdown' },
    });
    expect(await runCli(['policy', 'https://example.com/', '--json', '--no-diodb'], io)).toBe(0);
    const doc = JSON.parse(out());
    expect(doc.source).toMatchObject({ url: 'https://example.com/vdp.md', found_by: 'securitytxt_policy', note: 'chosen' });
    expect(doc.forbidden_activities.map((f: { id: string }) => f.id)).toEqual(['dos', 'automated_scanning']);
    expect(doc.sources.length).toBeGreaterThan(3);
  });

  it('exits 1 when the host cannot be reached at all', async () => {
    const { io, err } = makeIo();
    expect(await runCli(['policy', 'https://unreachable.example/', '--no-diodb'], io)).toBe(1);
    expect(err()).toMatch(/cannot reach unreachable\.example/);
  });
});
