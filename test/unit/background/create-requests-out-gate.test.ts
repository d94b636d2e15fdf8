import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRequestsOutGate } from '../../../src/background/create-requests-out-gate.ts';
import { warmUpReader } from '../../../src/background/warm-up-reader.ts';

function isOpen(gate: ReturnType<typeof createRequestsOutGate>): () => boolean {
  let open = false;
  void gate.opened.then(() => { open = true; });
  return () => open;
}

describe('createRequestsOutGate', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stays closed through the first round and opens once the Policy link is asked for and out', async () => {
    const gate = createRequestsOutGate(1500);
    const open = isOpen(gate);
    gate.onProgress({ id: 'securitytxt', label: '', url: null, state: 'pending' });
    gate.onProgress({ id: 'policy', label: '', url: null, state: 'pending' });
    gate.noteAsked('https://example.test/.well-known/security.txt');
    gate.noteAsked('https://example.test/security-policy');
    await vi.advanceTimersByTimeAsync(200);
    expect(open()).toBe(false);
    // The link: reported, then its permission check is still being decided.
    let allow: (v: boolean) => void = () => {};
    gate.onProgress({ id: 'policy_link', label: '', url: 'https://policy.example.test/', state: 'pending' });
    const permission = gate.track(new Promise<boolean>((r) => { allow = r; }));
    await vi.advanceTimersByTimeAsync(50);
    expect(open()).toBe(false);
    allow(true);
    await permission;
    await vi.advanceTimersByTimeAsync(1);
    expect(open()).toBe(true);
  });

  it('opens on security.txt\'s signature lookup when there is no link, or when a source settles', async () => {
    const a = createRequestsOutGate(1500);
    const openA = isOpen(a);
    a.noteAsked('https://example.test/.well-known/security.txt.asc');
    await vi.advanceTimersByTimeAsync(1);
    expect(openA()).toBe(true);
    const b = createRequestsOutGate(1500);
    const openB = isOpen(b);
    b.onProgress({ id: 'securitytxt', label: '', url: null, state: 'failed' });
    await vi.advanceTimersByTimeAsync(1);
    expect(openB()).toBe(true);
  });

  it('opens after its longest wait, or when told', async () => {
    const a = createRequestsOutGate(1500);
    const openA = isOpen(a);
    await vi.advanceTimersByTimeAsync(1499);
    expect(openA()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(openA()).toBe(true);
    const b = createRequestsOutGate(1500);
    const openB = isOpen(b);
    b.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(openB()).toBe(true);
  });
});

describe('warmUpReader', () => {
  it('reads its sample once per start', () => {
    expect(warmUpReader(new Date('2026-12-07T00:00:00Z'))).toBeGreaterThan(0);
    expect(warmUpReader()).toBe(0);
  });
});
