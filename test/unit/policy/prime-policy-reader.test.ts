import { afterEach, describe, expect, it, vi } from 'vitest';
import { primePolicyReader } from '../../../src/core/policy/prime-policy-reader.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('primePolicyReader', () => {
  it('does nothing in the caller\'s task, then its work in two later tasks, once per process', () => {
    vi.useFakeTimers();
    primePolicyReader();
    primePolicyReader();
    expect(vi.getTimerCount()).toBe(1);
    vi.runOnlyPendingTimers();
    expect(vi.getTimerCount()).toBe(1);
    vi.runOnlyPendingTimers();
    expect(vi.getTimerCount()).toBe(0);
    primePolicyReader();
    expect(vi.getTimerCount()).toBe(0);
  });

});
