// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../../src/core/check/check-result.ts';

vi.mock('../../../src/platform/browser.ts', () => import('../platform/mock-browser.ts'));
const { ScopeSources } = await import('../../../src/popup/components/scope-sources.tsx');

const base: CheckResult = {
  schema: 'scopecheck.check/1', url: 'https://www.example.com/', host: 'www.example.com', checked_at: '2026-12-06T00:00:00Z',
  txt: null, policy: null, draft: null, sources: [], contacts: [], keys: [],
  scope: { schema: 'scopecheck.scope/1', host: 'www.example.com', verdict: 'unknown', rule: null, quote: null, reasons: [] },
};

describe('ScopeSources (Scope tab: platform programmes and unreadable entries)', () => {
  afterEach(cleanup);

  it('lists every unreadable entry and every programme through data- hooks, as text only', () => {
    const result: CheckResult = {
      ...base,
      scope: { ...base.scope!, programmes: [{ platform: 'bugcrowd', programme: 'Example <b>VDP</b>', url: 'https://bugcrowd.com/example', entry: '*.example.com', verdict: 'in_scope', data_date: '2026-08-22' }] },
      scope_unreadable: [{ effect: 'exclude', entry: 'Anything on <img src=x onerror=alert(1)>.example.com' }, { effect: 'include', entry: 'node[a-z].example.com' }],
    };
    const view = render(<ScopeSources result={result} />);
    const entries = [...view.container.querySelectorAll('[data-unreadable-entry]')].map((el) => [el.getAttribute('data-unreadable-effect'), el.getAttribute('data-unreadable-entry')]);
    expect(entries).toEqual([['exclude', 'Anything on <img src=x onerror=alert(1)>.example.com'], ['include', 'node[a-z].example.com']]);
    expect(view.container.querySelector('img')).toBeNull();
    const programme = view.container.querySelector('[data-programme]')!;
    expect([programme.getAttribute('data-programme'), programme.getAttribute('data-programme-platform'), programme.getAttribute('data-programme-verdict')]).toEqual(['Example <b>VDP</b>', 'bugcrowd', 'in_scope']);
    expect(view.container.querySelector('b')).toBeNull();
  });

  it('says when the platform data lists no programme, and shows nothing without the data', () => {
    const none = render(<ScopeSources result={{ ...base, scope: { ...base.scope!, programmes: [] } }} />);
    expect(none.container.querySelector('[data-programme]')).toBeNull();
    expect(none.container.textContent).toMatch(/programmesNone|No programme/);
    cleanup();
    const off = render(<ScopeSources result={base} />);
    expect(off.container.textContent).toBe('');
  });
});
