import { describe, expect, it, vi } from 'vitest';
import { handleNavigation, isExcluded, type AutoCheckDeps } from '../../../src/background/auto-check.ts';
import type { CheckService } from '../../../src/background/check-service.ts';
import { defaultSettings } from '../../../src/shared/settings-schema.ts';
import { bigbankCheck } from '../ui/fixtures/bigbank.ts';

const entry = { key: 'k', result: bigbankCheck(), checked_at: 1, expires_at: 2, ttl_reason: 'default', granted_origins: [], fresh: true };

function deps(over: { autoCheck?: boolean; exclusions?: string[]; granted?: boolean; cached?: boolean } = {}) {
  const run = vi.fn(async () => entry);
  const lookup = vi.fn(async () => (over.cached ? entry : null));
  const d: AutoCheckDeps = {
    service: { run, lookup } as unknown as CheckService,
    getSettings: async () => ({ ...defaultSettings(), autoCheck: over.autoCheck ?? false, autoCheckExclusions: over.exclusions ?? [] }),
    isGranted: async () => over.granted ?? false,
    showBadge: vi.fn(async () => {}),
    clearBadge: vi.fn(async () => {}),
  };
  return { d, run, lookup };
}

describe('handleNavigation', () => {
  it('does nothing by default: auto-check is off', async () => {
    const { d, run } = deps({ granted: true });
    expect(await handleNavigation(1, 'https://taotlused.bigbank.ee/', d)).toBe('skipped');
    expect(run).not.toHaveBeenCalled();
  });
  it('checks granted, non-excluded hosts when enabled, and badges the tab', async () => {
    const { d, run } = deps({ autoCheck: true, granted: true });
    expect(await handleNavigation(1, 'https://taotlused.bigbank.ee/', d)).toBe('checked');
    expect(run).toHaveBeenCalledWith('https://taotlused.bigbank.ee/', { refresh: false, activeTabOrigin: null });
    expect(d.showBadge).toHaveBeenCalledWith(1, entry.result);
  });
  it('never checks hosts the user did not grant, or excluded ones', async () => {
    const notGranted = deps({ autoCheck: true, granted: false });
    expect(await handleNavigation(1, 'https://a.example/', notGranted.d)).toBe('skipped');
    expect(notGranted.run).not.toHaveBeenCalled();
    const excluded = deps({ autoCheck: true, granted: true, exclusions: ['bigbank.ee'] });
    expect(await handleNavigation(1, 'https://taotlused.bigbank.ee/', excluded.d)).toBe('skipped');
    expect(excluded.run).not.toHaveBeenCalled();
  });
  it('shows a stored verdict without fetching', async () => {
    const { d, run } = deps({ cached: true });
    expect(await handleNavigation(2, 'https://taotlused.bigbank.ee/x', d)).toBe('cached');
    expect(run).not.toHaveBeenCalled();
    expect(d.showBadge).toHaveBeenCalled();
  });
  it('clears the badge on non-web pages', async () => {
    const { d } = deps({ autoCheck: true, granted: true });
    expect(await handleNavigation(3, 'chrome://extensions', d)).toBe('skipped');
    expect(await handleNavigation(3, undefined, d)).toBe('skipped');
    expect(d.clearBadge).toHaveBeenCalledTimes(2);
  });
});

describe('isExcluded', () => {
  it('matches the domain and its subdomains, in any spelling', () => {
    expect(isExcluded('www.example.com', ['example.com'])).toBe(true);
    expect(isExcluded('example.com', ['*.example.com'])).toBe(true);
    expect(isExcluded('EXAMPLE.com', ['https://Example.com/path'])).toBe(true);
    expect(isExcluded('notexample.com', ['example.com'])).toBe(false);
    expect(isExcluded('example.com.evil.test', ['example.com'])).toBe(false);
    expect(isExcluded('example.com', [''])).toBe(false);
  });
});
