// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../platform/mock-browser.ts';
import { bigbankCheck, bigbankOutOfScope, bigbankUnknown } from './fixtures/bigbank.ts';
import { noPolicyCheck } from './fixtures/no-policy.ts';
import { backgroundWith, entryOf, installBackground, NOW, showEveryPanel } from './popup-harness.ts';

vi.mock('../../../src/platform/browser.ts', () => import('../platform/mock-browser.ts'));
const { App } = await import('../../../src/popup/app.tsx');
const { startEarly } = await import('../../../src/popup/open-popup.ts');

const verdict = (container: Element) => container.querySelector('[data-verdict]')?.getAttribute('data-verdict');

function openOn(url: string) {
  fake.tabs.set(7, { id: 7, url, active: true });
}

describe('popup', () => {
  beforeEach(() => fake.reset());
  afterEach(cleanup);

  it('paints a fresh cached verdict without starting a check', async () => {
    const bg = backgroundWith({ cached: entryOf(bigbankCheck()) });
    installBackground(fake, bg);
    openOn('https://taotlused.bigbank.ee/apply');
    const { container } = render(<App search="" now={() => NOW} />);
    expect(verdict(container)).toBe('loading');
    await waitFor(() => expect(verdict(container)).toBe('in_scope'));
    expect(container.querySelector('[data-rule]')?.getAttribute('data-rule')).toBe('taotlused.bigbank.ee');
    expect(container.querySelector('[data-verdict] .quote')?.textContent).toBe('Loan application forms (taotlused.bigbank.ee)');
    expect(screen.getByText('Checked 5 min ago')).toBeTruthy();
    expect(bg.runs).toEqual([]);
  });

  it('shows progress per source while checking, then the verdict', async () => {
    let finish!: () => void;
    const bg = backgroundWith({
      check: (progress) => new Promise((resolve) => {
        progress([
          { id: 'securitytxt', label: 'security.txt', url: 'https://bigbank.zendesk.com/.well-known/security.txt', state: 'done' },
          { id: 'policy', label: 'Disclosure policy', url: null, state: 'pending' },
        ]);
        finish = () => resolve(entryOf(bigbankOutOfScope()));
      }),
    });
    installBackground(fake, bg);
    openOn('https://bigbank.zendesk.com/hc');
    const { container } = render(<App search="" now={() => NOW} />);
    await waitFor(() => expect(screen.getByText('1 of 2 sources answered')).toBeTruthy());
    expect(verdict(container)).toBe('loading');
    expect(container.querySelector('[data-source-id="policy"]')?.getAttribute('data-state')).toBe('pending');
    finish();
    await waitFor(() => expect(verdict(container)).toBe('out_of_scope'));
    expect(container.querySelector('[data-rule]')?.getAttribute('data-rule')).toBe('third-party platforms');
    expect(screen.getByText(/Hosted by a third party \(Zendesk\)/)).toBeTruthy();
    expect(bg.runs).toEqual([{ url: 'https://bigbank.zendesk.com/hc', refresh: false }]);
  });

  it('takes over the check its first script started before the interface loaded: progress that came first is shown, nothing runs twice', async () => {
    let finish!: () => void;
    const bg = backgroundWith({
      check: (progress) => new Promise((resolve) => {
        progress([{ id: 'securitytxt', label: 'security.txt', url: null, state: 'done' }, { id: 'policy', label: 'Disclosure policy', url: null, state: 'pending' }]);
        finish = () => resolve(entryOf(bigbankCheck()));
      }),
    });
    installBackground(fake, bg);
    openOn('https://taotlused.bigbank.ee/apply');
    startEarly('');
    await waitFor(() => expect(bg.runs).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    const { container } = render(<App search="" now={() => NOW} />);
    await waitFor(() => expect(screen.getByText('1 of 2 sources answered')).toBeTruthy());
    finish();
    await waitFor(() => expect(verdict(container)).toBe('in_scope'));
    expect(bg.runs).toEqual([{ url: 'https://taotlused.bigbank.ee/apply', refresh: false }]);
    // Taken once: the next popup starts its own.
    cleanup();
    render(<App search="" now={() => NOW} />);
    await waitFor(() => expect(bg.runs).toHaveLength(2));
  });

  it('says so when the background cannot be reached, instead of checking forever', async () => {
    installBackground(fake, backgroundWith({}));
    openOn('https://taotlused.bigbank.ee/apply');
    const connect = fake.browser.runtime.connect;
    fake.browser.runtime.connect = () => { throw new Error('Extension context invalidated.'); };
    try {
      const { container } = render(<App search="" now={() => NOW} />);
      await waitFor(() => expect(verdict(container)).toBe('error'));
      // A retry that cannot reach it either says so again, without an uncaught error.
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(verdict(container)).toBe('error'));
      expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    } finally {
      fake.browser.runtime.connect = connect;
    }
  });

  it('shows the early verdict while slower sources are still out, then the final result', async () => {
    let finish!: () => void;
    const bg = backgroundWith({
      check: (progress, _refresh, partial) => new Promise((resolve) => {
        progress([
          { id: 'securitytxt', label: 'security.txt', url: 'https://bigbank.zendesk.com/.well-known/security.txt', state: 'done' },
          { id: 'policy', label: 'Disclosure policy', url: null, state: 'pending' },
        ]);
        partial({ ...entryOf(bigbankOutOfScope()), fresh: false, ttl_reason: 'partial' });
        finish = () => resolve(entryOf(bigbankOutOfScope()));
      }),
    });
    installBackground(fake, bg);
    openOn('https://bigbank.zendesk.com/hc');
    const { container } = render(<App search="" now={() => NOW} />);
    await waitFor(() => expect(verdict(container)).toBe('out_of_scope'));
    // Still checking: the progress stays, the refresh button is busy, and the result is not called stale.
    expect(container.querySelector('[data-source-id="policy"]')?.getAttribute('data-state')).toBe('pending');
    expect(container.querySelector('[data-action="refresh"]')?.hasAttribute('disabled')).toBe(true);
    expect(container.textContent).not.toMatch(/may be out of date/);
    finish();
    await waitFor(() => expect(container.querySelector('[data-action="refresh"]')?.hasAttribute('disabled')).toBe(false));
    expect(verdict(container)).toBe('out_of_scope');
  });

  it('says why the scope is unknown, in the engine\'s words', async () => {
    installBackground(fake, backgroundWith({ cached: entryOf(bigbankUnknown()) }));
    openOn('https://bigbank.se/');
    const { container } = render(<App search="" />);
    await waitFor(() => expect(verdict(container)).toBe('unknown'));
    expect(screen.getByText(/No scope entry covers bigbank.se/)).toBeTruthy();
    expect(container.querySelector('[data-rule]')).toBeNull();
  });

  it('a failure says what failed and offers a retry that works', async () => {
    let attempt = 0;
    const bg = backgroundWith({
      check: async () => {
        attempt++;
        if (attempt === 1) throw Object.assign(new Error('The check did not finish within 37 s.'), { name: 'CheckTimeoutError' });
        return entryOf(bigbankCheck());
      },
    });
    installBackground(fake, bg);
    openOn('https://taotlused.bigbank.ee/apply');
    const { container } = render(<App search="" />);
    await waitFor(() => expect(verdict(container)).toBe('error'));
    expect(screen.getByText('What failed: the sources did not all answer in time.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(verdict(container)).toBe('in_scope'));
    expect(bg.runs.map((r) => r.refresh)).toEqual([false, true]);
  });

  it('shows a stale result at once, then replaces it with the new check', async () => {
    const bg = backgroundWith({ cached: entryOf(bigbankUnknown(), false), check: async () => entryOf(bigbankCheck()) });
    installBackground(fake, bg);
    openOn('https://taotlused.bigbank.ee/apply');
    const { container } = render(<App search="" />);
    await waitFor(() => expect(verdict(container)).toBe('in_scope'));
    expect(bg.runs).toHaveLength(1);
  });

  it('parent domain not granted: unknown naming the host not read (never "no policy"), findings, a grant-hosts button', async () => {
    const bg = backgroundWith({ cached: entryOf(noPolicyCheck()) });
    installBackground(fake, bg);
    openOn('https://www.shop.example.test/cart');
    const { container } = render(<App search="" />);
    await waitFor(() => expect(verdict(container)).toBe('unknown'));
    // Without a policy the popup opens on where to report.
    expect((await screen.findByRole('tab', { name: 'Report' })).getAttribute('aria-selected')).toBe('true');
    expect(container.querySelector('[data-not-read]')?.getAttribute('data-not-read')).toBe('example.test');
    expect(screen.getByText(/Not read yet: the rules for this host may be published on example\.test/)).toBeTruthy();
    expect(screen.queryByText(/No disclosure policy was found/)).toBeNull();
    expect(screen.queryByText(/no policy says what you may test/)).toBeNull();
    expect(container.querySelector('[data-action="grant-hosts"]')?.textContent).toBe('Allow checking example.test');
    await showEveryPanel(); // the findings are on the security.txt panel, mounted when first shown
    const ids = [...container.querySelectorAll('[data-finding-id]')].map((e) => e.getAttribute('data-finding-id'));
    expect(ids).toEqual(['expired', 'invalid_uri', 'not_signed']);
    fireEvent.click(screen.getByRole('tab', { name: /security.txt/ }));
    expect(screen.getByText('Errors (2)')).toBeTruthy();
    // The raw file with line numbers, CRLF split; a finding's line number jumps to it.
    const line4 = container.querySelector('[data-line="4"]')!;
    expect(line4.textContent).toBe('4Expires: 2025-01-01T00:00:00Z');
    expect(line4.className).toContain('marked');
    fireEvent.click(screen.getByRole('button', { name: 'line 4' }));
    await waitFor(() => expect(container.querySelector('[data-line="4"]')?.className).toContain('highlight'));
    expect(container.querySelector('details')?.open).toBe(true);
    const grant = await screen.findByRole('button', { name: 'Allow checking example.test' });
    fireEvent.click(grant);
    await waitFor(() => expect(bg.runs).toEqual([{ url: 'https://www.shop.example.test/cart', refresh: true }]));
    expect([...fake.granted]).toEqual(expect.arrayContaining(['https://example.test/*', 'http://example.test/*']));
  });

  it('when the user refuses the permission, says the result stays incomplete', async () => {
    installBackground(fake, backgroundWith({ cached: entryOf(noPolicyCheck()) }));
    fake.answerPermissionRequests(false);
    openOn('https://www.shop.example.test/cart');
    render(<App search="" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow checking example.test' }));
    expect(await screen.findByText('Not allowed: the result stays incomplete.')).toBeTruthy();
  });

  it('lists rules with activity ids, ineligible apart, contacts and keys with hooks', async () => {
    const result = noPolicyCheck();
    result.policy = bigbankCheck().policy;
    result.policy!.pgp = [
      { fingerprint: '5F8E 3A1B 9C2D 4E6F 7A8B 9C0D 1E2F 3A4B 5C6D 7E8F', key_id: null, url: null, valid_until: '2017-03-08', expired: null },
    ];
    installBackground(fake, backgroundWith({ cached: entryOf(result) }));
    openOn('https://www.shop.example.test/cart');
    const { container } = render(<App search="" now={() => NOW} />);
    await waitFor(() => expect(container.querySelector('[data-activity-id]')).not.toBeNull());
    // Contacts and keys are on the Report panel, hidden but mounted: their hooks are there without a click.
    expect(container.querySelector('[data-contact]')).not.toBeNull();
    await showEveryPanel();
    expect([...container.querySelectorAll('[data-activity-id]')].map((e) => e.getAttribute('data-activity-id')))
      .toEqual(['data_access_exfiltration', 'public_disclosure_before_fix', 'dos', 'automated_scanning', 'brute_force']);
    expect(container.querySelector('[data-ineligible]')?.closest('section')?.querySelector('h3')?.textContent).toBe('Not eligible for a reward');
    expect([...container.querySelectorAll('[data-contact]')].map((e) => e.getAttribute('data-contact')))
      .toEqual(['security@shop.example.test', 'https://shop.example.test/report', 'mailto:security@bigbank.eu']);
    // Merged: the security.txt openpgp4fpr: and the policy's key are the same key, expired by its date.
    const keys = [...container.querySelectorAll('[data-key-fingerprint]')];
    expect(keys.map((k) => [k.getAttribute('data-key-fingerprint'), k.getAttribute('data-key-expired')]))
      .toEqual([['5F8E3A1B9C2D4E6F7A8B9C0D1E2F3A4B5C6D7E8F', 'true']]);
    expect(container.querySelector('[data-action="draft"]')).not.toBeNull();
    expect(screen.getByText('security.txt line 2')).toBeTruthy();
  });

  it('a policy in a language without a pack: says the rules were not read and links the policy, never "names no forbidden activities"', async () => {
    const result = noPolicyCheck();
    result.policy = { ...bigbankCheck().policy!, language: 'hu', language_supported: false, forbidden_activities: [], unread_sections: [{ language: 'hu', heading: null }] };
    installBackground(fake, backgroundWith({ cached: entryOf(result) }));
    openOn('https://www.shop.example.test/cart');
    const { container } = render(<App search="" now={() => NOW} />);
    await waitFor(() => expect(container.querySelector('[data-rules-unread]')).not.toBeNull());
    const notice = container.querySelector('[data-rules-unread]')!;
    expect(notice.getAttribute('data-rules-unread')).toBe('hu');
    expect(notice.textContent).toMatch(/Rules not read: Hungarian is not supported yet/);
    expect(notice.querySelector('a')?.getAttribute('href')).toBe(result.policy.source!.url);
    expect(container.textContent).not.toContain('The policy names no forbidden activities.');
  });

  it('tabs work from the keyboard and keep every panel in the DOM (the contract hooks are read without a click)', async () => {
    installBackground(fake, backgroundWith({ cached: entryOf(bigbankCheck()) }));
    openOn('https://taotlused.bigbank.ee/apply');
    render(<App search="" />);
    const rules = await screen.findByRole('tab', { name: /Rules/ });
    expect(rules.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(rules, { key: 'ArrowRight' });
    const scope = screen.getByRole('tab', { name: 'Scope' });
    expect(scope.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(scope);
    expect(screen.getByRole('tabpanel', { name: 'Scope' }).hidden).toBe(false);
    expect(screen.getByRole('tabpanel', { name: 'Scope' }).childElementCount).toBeGreaterThan(0);
    // Not shown yet, but there: its contacts carry their hooks (popup.md) before any click.
    expect(document.getElementById('panel-report')?.querySelector('[data-contact]')).not.toBeNull();
    fireEvent.keyDown(scope, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Sources' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(rules.getAttribute('aria-selected')).toBe('true');
    expect(document.querySelectorAll('[role="tabpanel"]').length).toBe(5);
    expect(document.getElementById('panel-sources')?.childElementCount).toBeGreaterThan(0);
    expect(document.getElementById('panel-report')?.childElementCount).toBeGreaterThan(0);
    expect(document.querySelector('.deciding')?.getAttribute('data-scope-pattern')).toBe('taotlused.bigbank.ee');
  });

  it('opens for a given tab (?tab=) and says so honestly for non-web tabs', async () => {
    installBackground(fake, backgroundWith({ cached: entryOf(bigbankCheck()) }));
    fake.tabs.set(3, { id: 3, url: 'https://taotlused.bigbank.ee/apply' });
    fake.tabs.set(4, { id: 4, url: 'chrome://settings/', active: true });
    const first = render(<App search="?tab=3" />);
    await waitFor(() => expect(verdict(first.container)).toBe('in_scope'));
    cleanup();
    const second = render(<App search="" />);
    await waitFor(() => expect(verdict(second.container)).toBe('unknown'));
    expect(screen.getByText('This tab has no web page to check.')).toBeTruthy();
    cleanup();
    // Opened as a page without access: the browser hides the tab's address.
    fake.tabs.set(5, { id: 5 });
    const third = render(<App search="?tab=5" />);
    await waitFor(() => expect(verdict(third.container)).toBe('unknown'));
    expect(screen.getByText(/cannot see this tab's address/)).toBeTruthy();
    expect(third.container.querySelector('[data-host]')).toBeNull();
  });
});
