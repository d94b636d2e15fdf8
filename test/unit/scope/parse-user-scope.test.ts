import { describe, expect, it } from 'vitest';
import { parseUserScope } from '../../../src/core/scope/parse-user-scope.ts';
import { parseUserScopeText } from '../../../src/core/scope/parse-user-scope-text.ts';
import { parseBurpScope } from '../../../src/core/scope/parse-burp-scope.ts';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import { exportBurpScope } from '../../../src/core/scope/export-burp-scope.ts';
import { policyWith } from './helpers.ts';
import { en, enFinding } from '../../support/english.ts';

const verdicts = (scopeText: string, hosts: string[]) => {
  const scope = compileScope({ policy: null, userScope: parseUserScope(scopeText).value });
  return hosts.map((h) => judgeScope(h, scope).verdict);
};

describe('parseUserScopeText', () => {
  it('reads one pattern per line, "!" or "-" to exclude, comments and blank lines ignored', () => {
    const { value, findings } = parseUserScopeText('# program scope\r\n*.example.com\n\n! admin.example.com\n-vpn.example.com   # legacy VPN\n+api.other.test\n!\n');
    expect(value.map((e) => [e.effect, e.pattern])).toEqual([
      ['include', '*.example.com'], ['exclude', 'admin.example.com'], ['exclude', 'vpn.example.com'], ['include', 'api.other.test'],
    ]);
    expect(value[1]!.quote).toBe('! admin.example.com');
    expect(findings.map((f) => [f.id, f.line])).toEqual([['scope_line_empty_pattern', 7]]);
  });

  it('gives the verdicts its syntax promises', () => {
    expect(verdicts('*.example.com\n!admin.example.com\nexample.org and all subdomains\n10.0.0.0/8',
      ['a.example.com', 'admin.example.com', 'example.com', 'example.org', 'x.example.org', '10.9.9.9'])).toEqual(
      ['in_scope', 'out_of_scope', 'unknown', 'in_scope', 'in_scope', 'in_scope']);
  });

  it('skips absurdly long lines instead of holding them', () => {
    const { value, findings } = parseUserScopeText(`${'a'.repeat(10_000)}.com\nok.example.com`);
    expect(value.map((e) => e.pattern)).toEqual(['ok.example.com']);
    expect(findings[0]?.id).toBe('scope_line_too_long');
  });
});

describe('parseBurpScope', () => {
  const advanced = (include: unknown[], exclude: unknown[] = []) => JSON.stringify({ target: { scope: { advanced_mode: true, include, exclude } } });

  it('reads the regex shapes Burp and scope generators write', () => {
    const text = advanced([
      { enabled: true, protocol: 'any', host: '^(?:.*\\.)?example\\.com$', port: '^(80|443)$', file: '^/.*' },
      { enabled: true, protocol: 'https', host: '^.*\\.example2\\.com$', port: '^443$', file: '^/.*' },
      { enabled: true, protocol: 'http', host: '^www\\.example3\\.com$', port: '^80$', file: '^/app/.*' },
      { enabled: false, protocol: 'any', host: '^disabled\\.test$', port: '', file: '' },
    ], [
      { enabled: true, protocol: 'any', host: '^admin\\.example\\.com$', port: '', file: '' },
    ]);
    const { value, findings } = parseBurpScope(text);
    expect(value.map((e) => `${e.effect === 'include' ? '+' : '-'}${e.pattern}`)).toEqual([
      '+example.com:80 and all subdomains', '+example.com:443 and all subdomains', '+*.example2.com:443', '+www.example3.com:80/app/', '-admin.example.com',
    ]);
    expect(findings).toEqual([]);
    const scope = compileScope({ policy: null, userScope: value });
    expect(judgeScope('example.com', scope)).toMatchObject({ verdict: 'in_scope', rule_source: 'burp' });
    expect(judgeScope('admin.example.com', scope).verdict).toBe('out_of_scope');
    expect(judgeScope('https://www.example3.com/app/x', scope).verdict).toBe('unknown');
    expect(judgeScope('http://www.example3.com/app/x', scope).verdict).toBe('in_scope');
  });

  it('reads inclusions narrowly and exclusions broadly when a regex is ambiguous', () => {
    const { value, findings } = parseBurpScope(advanced(
      [{ host: 'example\\.com' }, { host: '^.*example\\.net$' }, { host: '^[^.]+\\.example\\.org$' }],
      [{ host: 'admin\\.example\\.com' }, { host: '^.*corp\\.example\\.com$' }],
    ));
    expect(value.map((e) => `${e.effect === 'include' ? '+' : '-'}${e.pattern}`)).toEqual([
      '+example.com', '-admin.example.com and all subdomains', '-*corp.example.com', '-*.*corp.example.com',
    ]);
    expect(findings.map((f) => f.id)).toContain('burp_scope_rule_unreadable');
    const scope = compileScope({ policy: null, userScope: value });
    expect(judgeScope('x.admin.example.com', scope).verdict).toBe('out_of_scope');
    expect(judgeScope('mycorp.example.com', scope).verdict).toBe('out_of_scope');
    expect(judgeScope('a.mycorp.example.com', scope).verdict).toBe('out_of_scope');
  });

  it('refuses to put anything in scope while an exclusion it cannot read might exclude it', () => {
    const { value } = parseBurpScope(advanced([{ host: '^.*\\.example\\.com$' }], [{ host: '^(dev|stage)[0-9]+\\.example\\.com$' }]));
    expect(value.find((e) => e.effect === 'exclude')).toMatchObject({ opaque: true });
    const scope = compileScope({ policy: null, userScope: value });
    const v = judgeScope('www.example.com', scope);
    expect(v.verdict).toBe('unknown');
    expect(v.reasons.map(en)[0]).toMatch(/exclusions scopecheck cannot read/);
  });

  it('reads simple (prefix) mode and plain strings', () => {
    const { value } = parseBurpScope(JSON.stringify({ target: { scope: { include: [{ enabled: true, prefix: 'https://example.com/app' }, 'https://b.example.com'], exclude: [] } } }));
    expect(value.map((e) => e.pattern)).toEqual(['https://example.com/app', 'https://b.example.com']);
  });

  it('reports bad JSON and bad shapes without throwing', () => {
    expect(parseBurpScope('{nope').findings[0]?.id).toBe('burp_scope_not_json');
    expect(parseBurpScope('{"target":1}').findings[0]?.id).toBe('burp_scope_shape');
    expect(parseBurpScope('null').findings[0]?.id).toBe('burp_scope_shape');
    expect(parseBurpScope(advanced([{ host: 7 }, null, { host: `^${'a'.repeat(5000)}$` }])).value).toEqual([]);
  });

  it('reads back its own export to the same verdicts, exceptions stated by exclusions included', () => {
    const scope = compileScope({ policy: policyWith(
      ['*.example.com', 'example.org and all subdomains', 'https://example.net:8443/app/'],
      ['admin.example.com', '*.corp.example.com (except vpn.corp.example.com, *.pub.corp.example.com)', 'dev.example.org and all subdomains (except api.dev.example.org)'],
    ) });
    const { value, findings } = parseBurpScope(JSON.stringify(exportBurpScope(scope).document));
    expect(value.filter((e) => e.opaque)).toEqual([]);
    expect(findings).toEqual([]);
    for (const host of ['a.example.com', 'admin.example.com', 'example.org', 'x.example.org', 'https://example.net:8443/app/x', 'example.com',
      'vpn.corp.example.com', 'mail.corp.example.com', 'x.pub.corp.example.com', 'pub.corp.example.com', 'api.dev.example.org', 'dev.example.org', 'x.api.dev.example.org']) {
      expect(judgeScope(host, compileScope({ policy: null, userScope: value })).verdict, host).toBe(judgeScope(host, scope).verdict);
    }
    expect(judgeScope('vpn.corp.example.com', scope).verdict).toBe('in_scope');
    // A lookahead it cannot read leaves the exclusion whole.
    const odd = parseBurpScope(advanced([], [{ host: '^(?!(?:(dev|stage)[0-9]+\\.corp\\.example\\.com)$).*\\.corp\\.example\\.com$' }]));
    expect(odd.value.map((e) => e.pattern)).toEqual(['*.corp.example.com']);
    expect(odd.findings.map(enFinding).join(' ')).toMatch(/cannot be read; the exclusion covers it too/);
  });
});

describe('parseUserScope', () => {
  it('sniffs Burp JSON, including after a byte-order mark, and text otherwise', () => {
    expect(parseUserScope('\uFEFF{"target":{"scope":{"include":["https://a.test"]}}}').value[0]?.source).toBe('burp');
    expect(parseUserScope('a.test').value[0]?.source).toBe('user');
  });
});
