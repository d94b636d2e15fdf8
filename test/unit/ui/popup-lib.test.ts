import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupFingerprint } from '../../../src/popup/lib/group-fingerprint.ts';
import { notReadHosts, verdictOf } from '../../../src/popup/lib/derive-verdict.ts';
import { groupByQuote } from '../../../src/popup/lib/group-by-quote.ts';
import { firstLines } from '../../../src/popup/lib/first-lines.ts';
import { safeHref } from '../../../src/core/url/safe-href.ts';
import { splitVisibleControls } from '../../../src/popup/lib/split-visible-controls.ts';
import { pickDraftLanguage } from '../../../src/popup/draft/pick-draft-language.ts';
import { hostMatchesDomain, toBareHost as normalizeHost, pickForHost } from '../../../src/core/url/host-matches-domain.ts';
import { exactOriginPatternFor, hostOfPattern, originPatternsFor, originPatternsForUrl, patternCoversUrl } from '../../../src/shared/origin-patterns.ts';
import { bigbankCheck, bigbankOutOfScope, bigbankUnknown } from './fixtures/bigbank.ts';
import { noPolicyCheck } from './fixtures/no-policy.ts';

describe('safeHref', () => {
  it('links http(s) and mailto, normalised; everything else stays text', () => {
    expect(safeHref(' https://example.com/a b ')).toBe('https://example.com/a%20b');
    expect(safeHref('mailto:sec@example.com?subject=x')).toBe('mailto:sec@example.com?subject=x');
    expect(safeHref('security@example.com')).toBe('mailto:security@example.com');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd',
      'chrome://settings', '//evil.example', '/relative', '', 'https://user:pw@evil.example/', 'a%0d%0aBcc:x@evil.example',
      `https://example.com/${'a'.repeat(5000)}`]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});

describe('splitVisibleControls', () => {
  it('turns controls, bidi and zero-width characters into markers and keeps tab and newline', () => {
    expect(splitVisibleControls('a\u202Eb\u0000c\td\ne\u200B')).toEqual([
      { kind: 'text', text: 'a' }, { kind: 'control', code: 'U+202E', name: 'RIGHT-TO-LEFT OVERRIDE' },
      { kind: 'text', text: 'b' }, { kind: 'control', code: 'U+0000', name: 'CONTROL CHARACTER' },
      { kind: 'text', text: 'c\td\ne' }, { kind: 'control', code: 'U+200B', name: 'ZERO WIDTH SPACE' },
    ]);
    expect(splitVisibleControls('plain')).toEqual([{ kind: 'text', text: 'plain' }]);
    expect(splitVisibleControls('\u0085\u2066')).toHaveLength(2);
  });
});

describe('firstLines', () => {
  it('splits LF, CRLF and lone CR, stops at max, and reports more', () => {
    expect(firstLines('a\r\nb\rc\nd', 10)).toEqual({ lines: ['a', 'b', 'c', 'd'], more: false });
    expect(firstLines('a\nb\nc', 2)).toEqual({ lines: ['a', 'b'], more: true });
    expect(firstLines('a\n', 5)).toEqual({ lines: ['a'], more: false });
    expect(firstLines('', 5)).toEqual({ lines: [''], more: false });
  });
  it('agrees with a reference split on any mix of line breaks, and with max', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n') }), fc.integer({ min: 1, max: 8 }), (text, max) => {
      const all = text.split(/\r\n|\r|\n/);
      if (text.length > 0 && /[\r\n]$/.test(text)) all.pop();
      const out = firstLines(text, max);
      expect(out.lines).toEqual(all.slice(0, max));
      expect(out.more).toBe(all.length > max);
    }), { numRuns: 500 });
  });
  it('costs one slice for a 10 MB single line', () => {
    const { lines } = firstLines('x'.repeat(10 * 1024 * 1024), 200);
    expect(lines).toHaveLength(1);
  });
});

describe('verdictOf', () => {
  it('a decided verdict wins; without policy and decision, no_policy once everything was read; else unknown', () => {
    expect(verdictOf(bigbankCheck())).toBe('in_scope');
    expect(verdictOf(bigbankOutOfScope())).toBe('out_of_scope');
    expect(verdictOf(bigbankUnknown())).toBe('unknown');
    // The fixture's parent domain was not granted: not read, so unknown, never no_policy.
    expect(verdictOf(noPolicyCheck())).toBe('unknown');
    expect(notReadHosts(noPolicyCheck())).toEqual(['example.test']);
    const allRead = noPolicyCheck();
    allRead.unreachable = [{ url: 'https://example.test/.well-known/security.txt', reason: 'network' }];
    expect(verdictOf(allRead)).toBe('no_policy');
    expect(notReadHosts(allRead)).toEqual([]);
    const userDecided = noPolicyCheck();
    userDecided.scope = { ...userDecided.scope!, verdict: 'in_scope', rule: '*.example.test', rule_source: 'user' };
    expect(verdictOf(userDecided)).toBe('in_scope');
  });
});

describe('groupFingerprint', () => {
  it('groups by four for reading aloud', () => {
    expect(groupFingerprint('ABCDEF0123')).toBe('ABCD EF01 23');
  });
});

describe('groupByQuote', () => {
  it('shows a sentence that forbids several activities once', () => {
    const q = 'Do not run denial of service attacks, social engineering or physical attacks.';
    expect(groupByQuote([{ id: 'dos', quote: q }, { id: 'brute_force', quote: 'No brute force.' }, { id: 'physical', quote: q }, { id: 'dos', quote: q }]))
      .toEqual([{ ids: ['dos', 'physical'], quote: q }, { ids: ['brute_force'], quote: 'No brute force.' }]);
  });
});

describe('pickDraftLanguage', () => {
  it('follows the setting, else the site, else the browser, else English', () => {
    expect(pickDraftLanguage('de', ['en'], 'en-US')).toBe('de');
    expect(pickDraftLanguage('auto', ['fr', 'de-AT', 'en'], 'en')).toBe('de');
    expect(pickDraftLanguage('auto', ['fr'], 'de_DE')).toBe('de');
    expect(pickDraftLanguage('auto', [], 'ja')).toBe('en');
  });
});

describe('host helpers', () => {
  it('hostMatchesDomain, normalizeHost and pickForHost', () => {
    expect(hostMatchesDomain('a.b.example.com', '.example.com')).toBe(true);
    expect(hostMatchesDomain('example.com.', 'EXAMPLE.com:443')).toBe(true);
    expect(hostMatchesDomain('badexample.com', 'example.com')).toBe(false);
    expect(normalizeHost('https://Example.COM:8443/x')).toBe('example.com');
    expect(normalizeHost('[2001:db8::1]:443')).toBe('[2001:db8::1]');
    const items = [{ appliesTo: 'example.com', id: 1 }, { appliesTo: 'api.example.com', id: 2 }];
    expect(pickForHost('v1.api.example.com', items)?.id).toBe(2);
    expect(pickForHost('www.example.com', items)?.id).toBe(1);
    expect(pickForHost('example.org', items)).toBeNull();
  });
  it('origin patterns per host, deduplicated', () => {
    // One pattern per scheme: Chrome refuses *://host/* against optional hosts https://*/* and http://*/*.
    expect(originPatternsForUrl('https://a.example:8443/x?y')).toEqual(['https://a.example/*', 'http://a.example/*']);
    expect(originPatternsForUrl('ftp://a.example/')).toEqual([]);
    expect(originPatternsFor(['https://a.example/1', 'http://a.example/2', 'https://b.example/', 'nope']))
      .toEqual(['https://a.example/*', 'http://a.example/*', 'https://b.example/*', 'http://b.example/*']);
    expect(hostOfPattern('*://b.example/*')).toBe('b.example');
    expect(exactOriginPatternFor('http://a.example:8080/x')).toBe('http://a.example/*');
  });
  it('patternCoversUrl follows match-pattern rules for origins', () => {
    const url = 'https://api.example.com:8443/x';
    for (const p of ['<all_urls>', 'https://*/*', '*://*/*', '*://*.example.com/*', 'https://api.example.com/*', '*://api.example.com:8443/*']) {
      expect(patternCoversUrl(p, url), p).toBe(true);
    }
    for (const p of ['http://*/*', '*://*.other.com/*', 'https://example.com/*', 'ftp://*/*', 'garbage']) {
      expect(patternCoversUrl(p, url), p).toBe(false);
    }
    expect(patternCoversUrl('*://*.example.com/*', 'https://example.com/')).toBe(true);
    expect(patternCoversUrl('*://*.example.com/*', 'https://badexample.com/')).toBe(false);
    expect(patternCoversUrl('<all_urls>', 'file:///etc/passwd')).toBe(false);
  });
});
