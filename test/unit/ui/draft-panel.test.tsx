// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../platform/mock-browser.ts';
import { bigbankCheck } from './fixtures/bigbank.ts';
import { backgroundWith, entryOf, installBackground, showPanel, type FakeBackground } from './popup-harness.ts';

vi.mock('../../../src/platform/browser.ts', () => import('../platform/mock-browser.ts'));
const { App } = await import('../../../src/popup/app.tsx');

const KEY = 'draft:taotlused.bigbank.ee';
const body = () => document.querySelector<HTMLTextAreaElement>('[data-draft-body]');
let bg: FakeBackground;

async function openDraft() {
  const view = render(<App search="" />);
  await showPanel('Report'); // the draft button is on the Report panel, which mounts when shown
  await waitFor(() => expect(view.container.querySelector('[data-action="draft"]')).not.toBeNull());
  expect(view.container.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('in_scope');
  fireEvent.click(view.container.querySelector('[data-action="draft"]')!);
  await waitFor(() => expect(body()).not.toBeNull(), { timeout: 5000 });
  return view;
}

describe('draft panel', () => {
  beforeEach(() => {
    fake.reset();
    bg = backgroundWith({ cached: entryOf(bigbankCheck()) });
    installBackground(fake, bg);
    fake.tabs.set(1, { id: 1, url: 'https://taotlused.bigbank.ee/apply', active: true });
  });
  afterEach(cleanup);

  it('opens pre-filled from the draft engine, with a mail link to the security.txt contact', async () => {
    await openDraft();
    const to = screen.getByLabelText('To') as HTMLInputElement;
    expect(to.value).toBe('security@bigbank.eu');
    // Adding a second address: the comma being typed stays, and the link follows the list.
    fireEvent.input(to, { target: { value: 'security@bigbank.eu, ' } });
    expect(to.value).toBe('security@bigbank.eu, ');
    fireEvent.input(to, { target: { value: 'security@bigbank.eu, cert@bigbank.eu' } });
    await waitFor(() => expect(document.querySelector('[data-action="open-mail"]')?.getAttribute('href')).toMatch(/^mailto:security@bigbank\.eu,cert@bigbank\.eu\?/));
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toContain('taotlused.bigbank.ee');
    expect(body()!.value).toContain('https://taotlused.bigbank.ee/apply');
    expect(document.querySelector('[data-action="open-mail"]')?.textContent).toBe('Open in mail app');
  });

  it('saves every edit and restores it on reopen, until discarded', async () => {
    await openDraft();
    fireEvent.input(body()!, { target: { value: 'XSS in the loan form: <script> in the name field' } });
    await waitFor(() => expect(screen.getByText(/Saved\./)).toBeTruthy());
    expect(fake.browser.storage.session!.data.get(KEY)).toMatchObject({ body: 'XSS in the loan form: <script> in the name field', site: 'taotlused.bigbank.ee' });
    cleanup();

    await openDraft();
    expect(body()!.value).toBe('XSS in the loan form: <script> in the name field');
    expect(screen.getByText(/Your unsent draft from .* was restored\./)).toBeTruthy();
    expect((screen.getByLabelText('Language') as HTMLSelectElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(body()!.value).toContain('https://taotlused.bigbank.ee/apply'));
    expect(fake.browser.storage.session!.data.has(KEY)).toBe(false);
    expect(screen.queryByText(/was restored/)).toBeNull();
  });

  it('going back keeps the draft; a second open restores it', async () => {
    await openDraft();
    fireEvent.input(body()!, { target: { value: 'half-written' } });
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    await showPanel('Report');
    await waitFor(() => expect(document.querySelector('[data-action="draft"]')).not.toBeNull());
    fireEvent.click(document.querySelector('[data-action="draft"]')!);
    await waitFor(() => expect(body()?.value).toBe('half-written'));
  });

  it('uses the mail client chosen in the options, and the report language', async () => {
    await fake.browser.storage.local.set({ settings: { v: 1, value: { mailClient: 'gmail', reportLanguage: 'de' } } });
    await openDraft();
    expect(document.querySelector('[data-action="open-mail"]')?.getAttribute('href')).toMatch(/^https:\/\/mail\.google\.com\/mail\/\?view=cm/);
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('de');
    expect(body()!.value).toMatch(/Sehr geehrte|Hallo|Guten Tag/);
  });

  it('encrypts to the published key, showing its fingerprint', async () => {
    const openpgp = await import('openpgp');
    const { publicKey } = await openpgp.generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ email: 'security@bigbank.eu' }], format: 'armored' });
    bg.armoredKey = publicKey;
    const fingerprint = (await openpgp.readKey({ armoredKey: publicKey })).getFingerprint().toUpperCase();
    await openDraft();
    fireEvent.click(screen.getByRole('button', { name: 'Encrypt to the published key' }));
    await waitFor(() => expect(document.querySelector('[data-encrypted-body]')).not.toBeNull(), { timeout: 5000 });
    expect((document.querySelector('[data-encrypted-body]') as HTMLTextAreaElement).value).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    expect(document.querySelector('.encrypted [data-key-fingerprint]')?.getAttribute('data-key-fingerprint')).toBe(fingerprint);
    expect(bg.keyFetches).toEqual(['https://raw.githubusercontent.com/bigbank-as/security-txt/master/pgp-key.txt']);
  });
});
