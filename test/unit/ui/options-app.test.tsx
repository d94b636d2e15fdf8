// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../platform/mock-browser.ts';
import { backgroundWith, installBackground } from './popup-harness.ts';

vi.mock('../../../src/platform/browser.ts', () => import('../platform/mock-browser.ts'));
const { OptionsApp } = await import('../../../src/options/app.tsx');
const { SETTINGS_VERSION } = await import('../../../src/shared/settings-schema.ts');

const stored = () => (fake.browser.storage.local.data.get('settings') as { v: number; value: Record<string, unknown> } | undefined);

async function open() {
  const view = render(<OptionsApp />);
  await screen.findByLabelText('Name');
  return view;
}

describe('options page', () => {
  beforeEach(() => {
    fake.reset();
    fake.setSenderUrl('chrome-extension://fakeextensionid/src/options/index.html');
    installBackground(fake, backgroundWith({}));
  });
  afterEach(cleanup);

  it('shows the defaults: auto-check off, mailto, automatic language', async () => {
    await open();
    expect((screen.getByLabelText('Check pages when they load') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('The system mail app (mailto:)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Report language') as HTMLSelectElement).value).toBe('auto');
    expect(stored()).toBeUndefined();
  });

  it('saves each change, versioned', async () => {
    await open();
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Ada Lovelace' } });
    fireEvent.click(screen.getByLabelText('Gmail in the browser'));
    fireEvent.click(screen.getByLabelText('Check pages when they load'));
    fireEvent.change(screen.getByLabelText('Report language'), { target: { value: 'de' } });
    fireEvent.change(screen.getByLabelText('Timeout per request (seconds)'), { target: { value: '12' } });
    await waitFor(() => expect(stored()?.value).toMatchObject({ autoCheck: true, mailClient: 'gmail', reportLanguage: 'de', timeoutMs: 12000 }));
    expect(stored()?.v).toBe(SETTINGS_VERSION);
    expect(stored()?.value.profile).toMatchObject({ name: 'Ada Lovelace' });
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  it('flags an implausible e-mail address', async () => {
    await open();
    const email = screen.getByLabelText('E-mail for replies');
    fireEvent.input(email, { target: { value: 'ada at example' } });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This does not look like an e-mail address.')).toBeTruthy();
    fireEvent.input(email, { target: { value: 'ada@example.org' } });
    expect(email.getAttribute('aria-invalid')).toBe('false');
  });

  it('stores exclusions only when every line is a domain', async () => {
    await open();
    const box = screen.getByLabelText('Never check automatically');
    fireEvent.input(box, { target: { value: 'example.com\nnot a domain' } });
    expect(screen.getByText('Not a domain: not a domain')).toBeTruthy();
    expect(stored()?.value.autoCheckExclusions).toBeUndefined();
    fireEvent.input(box, { target: { value: 'example.com\n*.internal.example\n' } });
    await waitFor(() => expect(stored()?.value.autoCheckExclusions).toEqual(['example.com', '*.internal.example']));
  });

  it('lists granted sites and revokes them', async () => {
    fake.granted.add('*://bigbank.ee/*');
    await open();
    await screen.findByText('*://bigbank.ee/*');
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(screen.queryByText('*://bigbank.ee/*')).toBeNull());
    expect(fake.granted.size).toBe(0);
  });

  it('adds a pasted program scope with its parsed entries, and removes it', async () => {
    await open();
    fireEvent.input(screen.getByLabelText('Applies to (domain and its subdomains)'), { target: { value: '*.bigbank.ee' } });
    fireEvent.input(screen.getByLabelText(/^Scope: one entry per line/), { target: { value: '*.bigbank.ee\n!admin.bigbank.ee' } });
    expect(screen.getByText(/Read \d+ entries \(text\)\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save scope' }));
    await waitFor(() => expect((stored()?.value.scopeOverrides as unknown[])?.length).toBe(1));
    const saved = (stored()!.value.scopeOverrides as { appliesTo: string; format: string; raw: string; entries: { effect: string }[] }[])[0]!;
    expect(saved).toMatchObject({ appliesTo: 'bigbank.ee', format: 'text', raw: '*.bigbank.ee\n!admin.bigbank.ee' });
    expect(saved.entries.map((e) => e.effect)).toEqual(['include', 'exclude']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(stored()?.value.scopeOverrides).toEqual([]));
  });

  it('imports a Burp scope and refuses a scope without a domain', async () => {
    await open();
    const burp = JSON.stringify({ target: { scope: { advanced_mode: true, include: [{ enabled: true, host: '^.*\\.bigbank\\.ee$', protocol: 'any' }], exclude: [] } } });
    fireEvent.input(screen.getByLabelText(/^Scope: one entry per line/), { target: { value: burp } });
    expect(screen.getByText(/\(Burp\)\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save scope' }));
    expect(screen.getByRole('alert').textContent).toBe('Say which domain this scope applies to.');
    fireEvent.input(screen.getByLabelText('Applies to (domain and its subdomains)'), { target: { value: 'bigbank.ee' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save scope' }));
    await waitFor(() => expect((stored()?.value.scopeOverrides as { format: string }[])?.[0]?.format).toBe('burp'));
  });

  it('imports a HackerOne scope CSV and names each line it cannot read', async () => {
    await open();
    const csv = 'identifier,asset_type,instruction,eligible_for_bounty,eligible_for_submission,max_severity\n*.bigbank.ee,WILDCARD,,true,true,critical\n"BigBank APIs, all of them",API,,true,true,high\nadmin.bigbank.ee,URL,,false,false,none\n';
    fireEvent.input(screen.getByLabelText(/^Scope: one entry per line/), { target: { value: csv } });
    expect(screen.getByText(/\(HackerOne CSV\)\./)).toBeTruthy();
    const warning = document.querySelector('[data-finding-id="scope_line_unreadable"]')!;
    expect(warning.textContent).toBe('Line 3: "BigBank APIs, all of them" is not a host, URL or network scopecheck can read; it puts nothing in scope.');
    fireEvent.input(screen.getByLabelText('Applies to (domain and its subdomains)'), { target: { value: 'bigbank.ee' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save scope' }));
    await waitFor(() => expect((stored()?.value.scopeOverrides as { format: string }[])?.[0]?.format).toBe('hackerone'));
    const saved = (stored()!.value.scopeOverrides as { entries: { effect: string; pattern: string }[] }[])[0]!;
    expect(saved.entries.map((e) => `${e.effect} ${e.pattern}`)).toEqual(['include *.bigbank.ee', 'include BigBank APIs, all of them', 'exclude admin.bigbank.ee']);
  });

  it('clears stored checks through the background', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Clear stored checks' }));
    expect(await screen.findByText('Removed 0 stored checks.')).toBeTruthy();
  });
});
