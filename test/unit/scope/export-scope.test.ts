import { describe, expect, it } from 'vitest';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { exportBurpScope } from '../../../src/core/scope/export-burp-scope.ts';
import { exportHostLists, renderHostLists } from '../../../src/core/scope/export-host-lists.ts';
import { parseUserScopeText } from '../../../src/core/scope/parse-user-scope-text.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import { policyWith } from './helpers.ts';
import { en } from '../../support/english.ts';

describe('exportBurpScope', () => {
  it('writes anchored, label-bounded host regexes in Burp\'s advanced-mode shape', () => {
    const scope = compileScope({ policy: policyWith(['example.com and all subdomains', '*.example.net', 'api-*.example.org', 'https://example.io:8443/app/'], ['admin.example.com']) });
    const { document } = exportBurpScope(scope);
    expect(document.target.scope.advanced_mode).toBe(true);
    expect(document.target.scope.include).toEqual([
      { enabled: true, protocol: 'any', host: '^(?:.*\\.)?example\\.com$', port: '^(80|443)$', file: '^/.*' },
      { enabled: true, protocol: 'any', host: '^.*\\.example\\.net$', port: '^(80|443)$', file: '^/.*' },
      { enabled: true, protocol: 'any', host: '^api-[^.]*\\.example\\.org$', port: '^(80|443)$', file: '^/.*' },
      { enabled: true, protocol: 'any', host: '^example\\.io$', port: '^(8443)$', file: '^/app/.*' },
    ]);
    expect(document.target.scope.exclude).toEqual([{ enabled: true, protocol: 'any', host: '^admin\\.example\\.com$', port: '^[0-9]+$', file: '^/.*' }]);
    const re = new RegExp(document.target.scope.include[0]!.host);
    expect(['example.com', 'a.b.example.com'].every((h) => re.test(h))).toBe(true);
    expect(['notexample.com', 'example.com.evil.test'].some((h) => re.test(h))).toBe(false);
  });

  it('writes the exceptions an exclusion states into it, and nothing else', () => {
    const scope = compileScope({ policy: policyWith(['*.service-proxy.app.agency-service.gov', '*.agency-service.gov'], ['*.app.agency-service.gov (except *.service-proxy.app.agency-service.gov)']) });
    const exclusion = exportBurpScope(scope).document.target.scope.exclude[0]!;
    expect(exclusion.host).toBe('^(?!(?:.*\\.service-proxy\\.app\\.agency-service\\.gov)$).*\\.app\\.agency-service\\.gov$');
    const re = new RegExp(exclusion.host);
    expect(re.test('tenant.app.agency-service.gov')).toBe(true);
    expect(re.test('vpn.app.agency-service.gov')).toBe(true);
    expect(re.test('x.service-proxy.app.agency-service.gov')).toBe(false);
    const path = exportBurpScope(compileScope({ policy: policyWith([], ['example.com (except https://example.com/public)']) }));
    expect(path.document.target.scope.exclude[0]!.host).toBe('^example\\.com$');
    expect(path.notes.map(en).join('\n')).toMatch(/cannot be written into its Burp exclusion/);
  });

  it('turns IPv4 networks into octet regexes, and lists what it cannot write', () => {
    const scope = compileScope({ policy: policyWith(['10.1.16.0/20', '2001:db8::/32', '*.com', 'marketing websites']) });
    const { document, notes } = exportBurpScope(scope);
    const re = new RegExp(document.target.scope.include[0]!.host);
    expect(['10.1.16.0', '10.1.31.255'].every((h) => re.test(h))).toBe(true);
    expect(['10.1.32.0', '10.1.15.255', '10.1.16.256'].some((h) => re.test(h))).toBe(false);
    expect(notes.map(en).join('\n')).toMatch(/2001:db8::\/32/);
    expect(notes.map(en).join('\n')).toMatch(/"\*\.com" covers a whole public suffix/);
    expect(notes.map(en).join('\n')).toMatch(/marketing websites/);
  });
});

describe('exportHostLists', () => {
  it('writes the text syntax, exclusions with "!", and what it cannot carry as comments', () => {
    const scope = compileScope({ policy: policyWith(['*.example.com', 'example.org and all subdomains', 'our own products'], ['admin.example.com']) });
    const text = renderHostLists(exportHostLists(scope), en);
    expect(text.split('\n').filter((l) => !l.startsWith('#') && l)).toEqual(['*.example.com', 'example.org and all subdomains', '!admin.example.com']);
    expect(text).toMatch(/# not exported: in scope, names no host: our own products/);
  });

  it('spells out the exceptions of an exclusion, also those "any other subdomain" takes from the list', () => {
    const scope = compileScope({
      policy: policyWith(['alpaca.agency-service.gov', '*.service-proxy.app.agency-service.gov'], ['any other subdomain of agency-service.gov', '*.app.agency-service.gov (except *.service-proxy.app.agency-service.gov)']),
      userScope: parseUserScopeText('vpn.app.agency-service.gov').value,
    });
    const lists = exportHostLists(scope);
    expect(lists.exclude).toEqual([
      '*.agency-service.gov (except alpaca.agency-service.gov, *.service-proxy.app.agency-service.gov)',
      '*.app.agency-service.gov (except *.service-proxy.app.agency-service.gov)',
    ]);
    // The user's inclusion lies inside the policy's exclusion, which wins across documents: in one list the
    // more specific inclusion would win, so it is left out (with a note) and the verdict survives the round trip.
    expect(lists.include).not.toContain('vpn.app.agency-service.gov');
    expect(lists.notes.map(en).join('\n')).toMatch(/"vpn\.app\.agency-service\.gov" lies inside .*an exclusion of another document/);
    const back = compileScope({ policy: null, userScope: parseUserScopeText(renderHostLists(lists, en)).value });
    for (const host of ['vpn.app.agency-service.gov', 'alpaca.agency-service.gov', 'x.service-proxy.app.agency-service.gov', 'zebra.agency-service.gov']) {
      expect(judgeScope(host, back).verdict, host).toBe(judgeScope(host, scope).verdict);
    }
    expect(judgeScope('vpn.app.agency-service.gov', back).verdict).toBe('out_of_scope');
  });
});
