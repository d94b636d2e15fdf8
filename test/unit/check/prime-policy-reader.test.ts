import { describe, expect, it, vi } from 'vitest';

const order: string[] = [];

vi.mock('../../../src/core/policy/prime-policy-reader.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/policy/prime-policy-reader.ts')>();
  return {
    primePolicyReader: () => {
      order.push('prime asked');
      // Where the real one does its work: in a task after the caller's.
      setTimeout(() => order.push('prime work'), 0);
      real.primePolicyReader();
    },
  };
});

const { checkPage } = await import('../../../src/core/check/check-page.ts');

const TXT = 'Contact: mailto:security@shop.test\nExpires: 2027-06-01T00:00:00Z\nPolicy: https://shop.test/disclosure.md\n';
const POLICY = '# Disclosure\nReport to security@shop.test. Do not run denial of service attacks.\n';

function fakeFetch(delayMs: number) {
  return async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    order.push(`fetch ${url.pathname}`);
    await new Promise((r) => setTimeout(r, delayMs));
    if (url.pathname === '/.well-known/security.txt') return new Response(TXT, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
    if (url.pathname === '/disclosure.md') return new Response(POLICY, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
    return new Response('not found', { status: 404 });
  };
}

describe('findSources and the policy reader', () => {
  it('readies the reader once the Policy link is requested, never before it', async () => {
    order.length = 0;
    const deps = { fetch: fakeFetch(20) as never, now: () => new Date('2026-11-21T00:00:00Z'), manualRedirects: true };
    const result = await checkPage('https://shop.test/', deps, { parentDomain: false, timeoutMs: 5000 });
    expect(result.policy?.source?.url ?? null).toBe('https://shop.test/disclosure.md');
    const link = order.indexOf('fetch /disclosure.md');
    expect(link).toBeGreaterThan(-1);
    expect(order.indexOf('prime asked')).toBeGreaterThan(order.indexOf('fetch /.well-known/security.txt'));
    expect(order.indexOf('prime work')).toBeGreaterThan(link);
  });

});
