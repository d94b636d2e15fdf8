import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeHost } from '../../../src/core/scope/normalize-host.ts';
import { parseScopeTarget } from '../../../src/core/scope/parse-scope-target.ts';

describe('normalizeHost', () => {
  it.each([
    ['Example.COM.', 'example.com', 'dns'],
    ['www.example.com', 'www.example.com', 'dns'],
    ['k1._domainkey.gradle.com', 'k1._domainkey.gradle.com', 'dns'],
    ['bücher.de', 'xn--bcher-kva.de', 'dns'],
    ['XN--BCHER-KVA.DE', 'xn--bcher-kva.de', 'dns'],
    ['ÉCOLE.fr', 'xn--cole-9oa.fr', 'dns'],
    ['example。com', 'example.com', 'dns'],
    ['127.0.0.1', '127.0.0.1', 'ipv4'],
    ['127.1', '127.0.0.1', 'ipv4'],
    ['[::1]', '::1', 'ipv6'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1', 'ipv6'],
  ])('%s → %s', (input, host, kind) => {
    expect(normalizeHost(input)).toEqual({ host, kind });
  });

  it.each(['', '.', '.example.com', 'a..b', 'example.com..', 'exa mple.com', 'example.com/x', 'user@example.com', 'exa%2ecom', '*.example.com', 'a.123', 'xn--zz.com', 'example.com:443', `${'a'.repeat(64)}.com`, `${'a.'.repeat(130)}com`])(
    'refuses %j',
    (input) => {
      expect(normalizeHost(input)).toBeNull();
    },
  );

  it('sends numeric last labels to the IPv4 rules, with or without a trailing dot', () => {
    expect(normalizeHost('0.')).toEqual({ host: '0.0.0.0', kind: 'ipv4' });
    expect(normalizeHost('1.2.3.4.')).toEqual({ host: '1.2.3.4', kind: 'ipv4' });
    expect(normalizeHost('0x7f.0.0.1')).toEqual({ host: '127.0.0.1', kind: 'ipv4' });
    expect(normalizeHost('1abc.example')).toEqual({ host: '1abc.example', kind: 'dns' });
  });

  it('gives Unicode and punycode spellings the same form', () => {
    expect(normalizeHost('пример.рф')).toEqual(normalizeHost('xn--e1afmkfd.xn--p1ai'));
  });

  it('is idempotent on anything it accepts', () => {
    const chars = fc.constantFrom(...'abcXYZ019-_.ü例*: [] %'.split(''));
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 40 }), (input) => {
      const once = normalizeHost(input);
      if (once === null) return true;
      expect(normalizeHost(once.host)).toEqual(once);
      return true;
    }), { numRuns: 3000 });
  });

  it('takes the fast path to the same answer the URL parser gives', () => {
    const label = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABC0123456789-_'.split('')), minLength: 1, maxLength: 12 });
    fc.assert(fc.property(fc.array(label, { minLength: 1, maxLength: 5 }), (labels) => {
      const host = labels.join('.');
      const got = normalizeHost(host);
      let viaUrl: string | null = null;
      try { viaUrl = new URL(`http://${host}/`).hostname; } catch { viaUrl = null; }
      if (got?.kind === 'dns') expect(got.host).toBe(viaUrl);
      return true;
    }), { numRuns: 2000 });
  });
});

describe('parseScopeTarget', () => {
  it('reads hosts, host:port, URLs and bare IPv6', () => {
    expect(parseScopeTarget('Example.com')).toEqual({ host: 'example.com', kind: 'dns', port: null, path: null });
    expect(parseScopeTarget('example.com:8443')).toEqual({ host: 'example.com', kind: 'dns', port: 8443, path: null });
    expect(parseScopeTarget('https://Example.com/a/../b?q#f')).toEqual({ host: 'example.com', kind: 'dns', port: 443, path: '/b' });
    expect(parseScopeTarget('http://example.com:8080')).toEqual({ host: 'example.com', kind: 'dns', port: 8080, path: '/' });
    expect(parseScopeTarget('[2001:db8::1]:443')).toEqual({ host: '2001:db8::1', kind: 'ipv6', port: 443, path: null });
    expect(parseScopeTarget('2001:db8::1')).toEqual({ host: '2001:db8::1', kind: 'ipv6', port: null, path: null });
  });

  it('refuses patterns, userinfo tricks and junk', () => {
    for (const bad of ['*.example.com', 'https://example.com@evil.test/', 'example.com:99999', 'http://', ' ', 'a'.repeat(5000)]) {
      expect(parseScopeTarget(bad)).toBeNull();
    }
  });
});
