// @vitest-environment happy-dom
// The options page's platform-data section: which copy is in use, and Refresh now asking for the address's
// host from the click before anything is fetched.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../platform/mock-browser.ts';
import { backgroundWith, installBackground } from './popup-harness.ts';

vi.mock('../../../src/platform/browser.ts', () => import('../platform/mock-browser.ts'));
const { OptionsApp } = await import('../../../src/options/app.tsx');

describe('options: platform data', () => {
  beforeEach(() => {
    fake.reset();
    fake.setSenderUrl('chrome-extension://fakeextensionid/src/options/index.html');
    installBackground(fake, backgroundWith({}));
  });
  afterEach(cleanup);

  it('shows the packaged copy in use and the address, fetches nothing by itself', async () => {
    render(<OptionsApp />);
    expect(await screen.findByText('In use: the packaged snapshot of 2026-08-22.')).toBeTruthy();
    expect((screen.getByLabelText(/Address of the data directory/) as HTMLInputElement).value).toBe('https://data.example/');
    expect((await fake.browser.permissions.getAll()).origins).toEqual([]);
  });

  it('asks for the host on Refresh now, then reports why the data was not used', async () => {
    render(<OptionsApp />);
    await screen.findByText(/In use: the packaged snapshot/);
    fireEvent.click(screen.getByText('Refresh now'));
    expect(await screen.findByText('Not used, the copy in use is kept: not in this test')).toBeTruthy();
    expect((await fake.browser.permissions.getAll()).origins).toEqual(['https://data.example/*']);
  });

  it('fetches nothing when the host is refused', async () => {
    fake.answerPermissionRequests(false);
    render(<OptionsApp />);
    await screen.findByText(/In use: the packaged snapshot/);
    fireEvent.click(screen.getByText('Refresh now'));
    expect(await screen.findByText('Nothing fetched: access to data.example was not allowed.')).toBeTruthy();
  });
});
