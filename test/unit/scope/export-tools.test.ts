import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { exportCaidoScope } from '../../../src/core/scope/export-caido-scope.ts';
import { exportZapContext } from '../../../src/core/scope/export-zap-context.ts';
import { exportHostLists, renderHostLists } from '../../../src/core/scope/export-host-lists.ts';
import { exportBurpScope } from '../../../src/core/scope/export-burp-scope.ts';
import { parseUserScope } from '../../../src/core/scope/parse-user-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import { runCli } from '../../../src/cli/main.ts';
import { scopeCommand } from '../../../src/cli/commands/scope.ts';
import { makeCliIo } from '../../support/run-cli.ts';
import { policyWith } from './helpers.ts';
import { en, enFinding } from '../../support/english.ts';

const EXCEPTIONS = policyWith(
  ['*.example.com', 'example.org and all subdomains', 'api-*.example.net', 'https://shop.example.io:8443/app/', 'https://docs.example.io/Guide', '192.0.2.0/24', '[2001:db8::1]'],
  ['*.app.example.com (except *.proxy.app.example.com)', 'admin.example.org', 'pay-*.example.com', '192.0.2.128/25', 'example.com (except https://example.com/public)'],
);

// ZAP compiles context regexes case-insensitive and matches the whole URL. V8 here has no (?-i:…) groups,
// which the export puts only around inclusion paths: the test compiles case-sensitive and lowercases the
// scheme and authority of each URL instead, which is what ZAP's regexes then say.
function zapMatcher(regexes: string[]): (url: string) => boolean {
  const compiled = regexes.map((r) => new RegExp(`^(?:${r.replace(/\(\?-i:/g, '(?:')})$`));
  return (url) => {
    const lowered = url.replace(/^[^/]*\/\/[^/]*/, (authority) => authority.toLowerCase());
    return compiled.some((re) => re.test(lowered));
  };
}

describe('exportZapContext', () => {
  const scope = compileScope({ policy: EXCEPTIONS });
  const { context, xml, notes } = exportZapContext(scope, 'Example & Co', en);
  const included = zapMatcher(context.include);
  const excluded = zapMatcher(context.exclude);
  const inZap = (url: string) => included(url) && !excluded(url);

  it('writes a context file ZAP imports: name, in scope, one element per regex, technologies, parsers', () => {
    expect(xml).toContain('<name>Example &amp; Co</name>');
    expect(xml).toContain('<inscope>true</inscope>');
    expect(xml).toContain('<incregexes>https?://[^/?#:@]+\\.example\\.com(?::(?:80|443))?(?:/.*)?</incregexes>');
    expect(xml.match(/<incregexes>[^<>]+<\/incregexes>/g)).toHaveLength(context.include.length);
    expect(xml.match(/<excregexes>[^<>]+<\/excregexes>/g)).toHaveLength(context.exclude.length);
    expect(xml).toContain('<include>Db</include>');
    expect(xml).toContain('<config>{"kvps":"&amp;","kvs":"=","struct":[]}</config>');
  });

  it('gives the verdicts scopecheck gives, URL by URL, and no regex reaches into a path', () => {
    const cases: Array<[string, boolean]> = [
      ['https://a.example.com/', true], ['https://A.Example.COM', true], ['http://a.example.com:80/x', true], ['https://a.example.com:8080/', false],
      ['https://evil.test/.example.com', false], ['https://a.example.com@evil.test/', false], ['https://example.com/', false],
      ['https://example.org', true], ['https://x.example.org/', true], ['https://admin.example.org/', false],
      ['https://api-v2.example.net/', true], ['https://api-x/y.example.net', false], ['https://api-v2.b.example.net/', false],
      ['https://shop.example.io:8443/app/x', true], ['https://shop.example.io/app/x', false], ['https://shop.example.io:8443/other', false],
      ['https://docs.example.io/Guide', true], ['https://docs.example.io/Guide/intro', true], ['https://docs.example.io/guide', false], ['https://docs.example.io/Guidebook', false],
      ['https://192.0.2.7/', true], ['https://192.0.2.200/', false], ['http://[2001:db8::1]/', true],
      ['https://x.app.example.com/', false], ['https://x.proxy.app.example.com/', true], ['https://pay-1.example.com/', false],
    ];
    for (const [url, expected] of cases) {
      expect(inZap(url), url).toBe(expected);
      const host = new URL(url).hostname;
      if (!url.includes('@') && !url.includes(':8') && !/\.io\//.test(url)) expect(judgeScope(host.replace(/^\[|\]$/g, ''), scope).verdict === 'in_scope', url).toBe(expected);
    }
  });

  it('writes only regexes that cannot backtrack catastrophically (recheck)', () => {
    const shapes = new Set([...context.include, ...context.exclude].map((r) => r.replace(/\(\?-i:/g, '(?:')));
    const unsafe = [...shapes].filter((r) => checkSync(r, 'i', { timeout: 10_000 }).status !== 'safe');
    expect(unsafe).toEqual([]);
  }, 180_000);

  it('says what it cannot write', () => {
    expect(notes.map(en).join('\n')).toMatch(/The exception "example\.com\/public" of the out-of-scope entry "example\.com \(except https:\/\/example\.com\/public\)" cannot be written into its ZAP exclusion: ZAP excludes it too\./);
    expect(xml).toContain('<desc>Scope resolved by scopecheck. The exception');
  });
});

describe('exportCaidoScope', () => {
  const scope = compileScope({ policy: EXCEPTIONS });
  const { preset, notes } = exportCaidoScope(scope);

  it('writes host globs Caido accepts, never an inclusion it would widen', () => {
    expect(preset).toEqual({
      name: 'scopecheck',
      allowlist: ['*.example.com', 'example.org', '*.example.org'],
      denylist: ['*.app.example.com', 'admin.example.org', 'pay-*.example.com', '192.0.2.*', 'example.com'],
    });
    for (const glob of [...preset.allowlist, ...preset.denylist]) expect(glob).toMatch(/^[a-z0-9._*?-]+$/);
    const text = notes.map(en).join('\n');
    expect(text).toMatch(/Not exported: "api-\*\.example\.net" cannot be said exactly/);
    expect(text).toMatch(/Not exported: "https:\/\/shop\.example\.io:8443\/app\/" names ports/);
    expect(text).toMatch(/Not exported: "https:\/\/docs\.example\.io\/Guide" covers a path/);
    expect(text).toMatch(/Caido cannot except hosts from the out-of-scope entry "\*\.app\.example\.com \(except \*\.proxy\.app\.example\.com\)": it excludes its exceptions too\./);
    expect(text).toMatch(/"192\.0\.2\.128\/25" is written broader in Caido: 192\.0\.2\.\*/);
    expect(text).toMatch(/Caido cannot except hosts from the out-of-scope entry "example\.com \(except https:\/\/example\.com\/public\)"/);
    expect(text).toMatch(/Not exported: "192\.0\.2\.0\/24" cannot be said exactly/);
    const limited = exportCaidoScope(compileScope({ policy: policyWith(['*.example.com'], ['https://example.com/admin', 'a.example.com:8443']) }));
    expect(limited.preset.denylist).toEqual(['example.com', 'a.example.com']);
    expect(limited.notes.map(en).join('\n')).toMatch(/"https:\/\/example\.com\/admin" is limited to a path; Caido excludes the whole host/);
  });

  it('warns that an empty allowlist means everything to Caido', () => {
    expect(exportCaidoScope(compileScope({ policy: policyWith(['https://a.example/x'], ['b.example']) })).notes.map(en).join('\n')).toMatch(/The allowlist is empty/);
  });
});

describe('Caido presets read back', () => {
  it('give the same verdicts when the scope has nothing Caido cannot say', () => {
    const scope = compileScope({ policy: policyWith(['*.example.com', 'example.org and all subdomains', 'www.example.net', '192.0.2.1'], ['admin.example.com', '*.corp.example.org']) });
    const { preset, notes } = exportCaidoScope(scope);
    expect(notes).toEqual([]);
    const read = parseUserScope(JSON.stringify(preset));
    expect(read.format).toBe('caido');
    expect(read.findings).toEqual([]);
    const back = compileScope({ policy: null, userScope: read.value });
    for (const host of ['a.example.com', 'admin.example.com', 'example.com', 'example.org', 'x.corp.example.org', 'x.example.org', 'www.example.net', 'example.net', '192.0.2.1', '192.0.2.2']) {
      expect(judgeScope(host, back).verdict, host).toBe(judgeScope(host, scope).verdict);
    }
  });

  it('read globs narrowly when they include and broadly when they exclude, and say so', () => {
    const read = parseUserScope(JSON.stringify({ name: 'x', allowlist: ['*example.com', 'api-*.example.net', '*', 'a?.example.org', 'Bad Host!'], denylist: ['pay-*.example.com', '10.1.*', '*admin.example.net', 'x*'] }));
    expect(read.value.map((e) => `${e.effect === 'include' ? '+' : '-'}${e.pattern}`)).toEqual([
      '+example.com and all subdomains', '+api-*.example.net', '-*.example.com', '-10.1.0.0/16',
      // Excluded broadly: every name ending in "admin.example.net", as Caido excludes them (myadmin.example.net too).
      '-admin.example.net and all subdomains', '-*admin.example.net', '-*.*admin.example.net', '-*',
    ]);
    expect(read.findings.map((f) => `${f.severity} ${f.id}`)).toEqual([
      'info caido_glob_approximated', 'info caido_glob_approximated', 'warning caido_glob_unreadable', 'warning caido_glob_unreadable', 'warning caido_glob_unreadable',
      'warning caido_glob_approximated', 'warning caido_glob_approximated', 'warning caido_glob_approximated', 'warning caido_glob_approximated',
    ]);
    expect(enFinding(read.findings[2]!)).toBe('Caido allowlist rule #3 ("*") would put every host in scope; skipped.');
  });
});

describe('ZAP contexts read back', () => {
  it('give the same verdicts, exclusions and their exceptions included, and name what they read approximately', () => {
    const scope = compileScope({ policy: EXCEPTIONS });
    const { xml } = exportZapContext(scope, 'scopecheck', en);
    const read = parseUserScope(xml);
    expect(read.format).toBe('zap');
    expect(read.value.map((e) => `${e.effect === 'include' ? '+' : '-'}${e.pattern}`)).toEqual([
      '+*.example.com:80', '+*.example.com:443', '+example.org:80 and all subdomains', '+example.org:443 and all subdomains',
      '+api-*.example.net:80', '+api-*.example.net:443', '+shop.example.io:8443/app/', '+docs.example.io:80/Guide', '+docs.example.io:443/Guide',
      '+192.0.2.0/24:80', '+192.0.2.0/24:443', '+[2001:db8::1]:80', '+[2001:db8::1]:443',
      '-*.app.example.com (except *.proxy.app.example.com)', '-admin.example.org', '-pay-*.example.com', '-192.0.2.128/25', '-example.com',
    ]);
    expect(read.findings).toEqual([]);
  });

  it('read a hand-written context narrowly for inclusions and broadly for exclusions', () => {
    const xml = '<?xml version="1.0"?>\n<configuration>\n<context>\n<name>x</name>\n<incregexes>https://www.example.com.*</incregexes>\n<incregexes>https?://[a-z]+\\.example\\.org/.*</incregexes>\n<excregexes>https://www\\.example\\.com/admin.*</excregexes>\n<excregexes>.*logout.*</excregexes>\n<excregexes>https://(dev|test)\\.example\\.com.*</excregexes>\n</context>\n</configuration>\n';
    const read = parseUserScope(xml);
    expect(read.value.map((e) => `${e.effect === 'include' ? '+' : '-'}${e.pattern}${e.opaque ? ' (opaque)' : ''} @${e.line}`)).toEqual([
      '+www.example.com @5', '-www.example.com/admin @7', '-.*logout.* (opaque) @8', '-example.com and all subdomains @9',
    ]);
    expect(read.findings.map((f) => `${f.severity} ${f.id} @${f.line}`)).toEqual([
      'info zap_regex_approximated @5', 'warning zap_regex_unreadable @6', 'warning zap_regex_unreadable @8', 'warning zap_regex_approximated @9',
    ]);
    const back = compileScope({ policy: null, userScope: read.value });
    expect(judgeScope('www.example.com', back).verdict).toBe('out_of_scope'); // (dev|test)\.example\.com read broadly
    const opaque = compileScope({ policy: null, userScope: [...read.value.filter((e) => e.line !== 9), { pattern: 'a.example.net', effect: 'include', source: 'user' }] });
    expect(judgeScope('a.example.net', opaque).verdict).toBe('unknown'); // .*logout.* might exclude it
  });
});

describe('round trips through the platform formats', () => {
  it('a HackerOne CSV, read and exported as host lists, reads back to the same verdicts (exclusions and exceptions too)', () => {
    const csv = [
      'identifier,asset_type,instruction,eligible_for_bounty,eligible_for_submission,availability_requirement,confidentiality_requirement,integrity_requirement,max_severity,system_tags,created_at,updated_at',
      '*.example.com,WILDCARD,,true,true,,,,critical,,2024-01-01 00:00:00 UTC,2024-01-01 00:00:00 UTC',
      '"*.app.example.com (except *.proxy.app.example.com)",WILDCARD,,false,false,,,,none,,2024-01-01 00:00:00 UTC,2024-01-01 00:00:00 UTC',
      'admin.example.com,URL,,false,false,,,,none,,2024-01-01 00:00:00 UTC,2024-01-01 00:00:00 UTC',
    ].join('\r\n');
    const first = compileScope({ policy: null, userScope: parseUserScope(csv).value });
    const back = compileScope({ policy: null, userScope: parseUserScope(renderHostLists(exportHostLists(first), en)).value });
    for (const host of ['a.example.com', 'x.app.example.com', 'y.proxy.app.example.com', 'admin.example.com', 'example.com']) {
      expect(judgeScope(host, back).verdict, host).toBe(judgeScope(host, first).verdict);
    }
    expect(judgeScope('y.proxy.app.example.com', first).verdict).toBe('in_scope');
    expect(judgeScope('x.app.example.com', first).verdict).toBe('out_of_scope');
  });

  it('a Bugcrowd target list exported to Burp reads back to the same verdicts', () => {
    const targets = JSON.stringify({ targets: { in_scope: [{ type: 'website', target: '*.example.com' }, { type: 'api', target: 'https://api.example.org/' }], out_of_scope: [{ type: 'website', target: 'blog.example.com' }] } });
    const first = compileScope({ policy: null, userScope: parseUserScope(targets).value });
    const back = compileScope({ policy: null, userScope: parseUserScope(JSON.stringify(exportBurpScope(first).document)).value });
    for (const host of ['a.example.com', 'blog.example.com', 'api.example.org', 'example.org']) expect(judgeScope(host, back).verdict, host).toBe(judgeScope(host, first).verdict);
  });
});

describe('scopecheck scope --export caido|zap', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scopecheck-export-'));
    writeFileSync(join(dir, 'scope.csv'), 'identifier,asset_type,eligible_for_submission\n*.example.com,WILDCARD,true\n"admin.example.com",URL,false\nnot a host,URL,true\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (args: string[]) => {
    const t = makeCliIo([], () => new Date('2026-11-21T00:00:00Z'));
    const code = await runCli(['scope', ...args], t.io, [scopeCommand]);
    return { code, out: t.stdout(), err: t.stderr() };
  };

  it('prints a Caido preset and a ZAP context from a HackerOne CSV, with the line it could not read on stderr', async () => {
    const caido = await run(['--user-scope', join(dir, 'scope.csv'), '--export', 'caido', '--export-name', 'Example']);
    expect(caido.code).toBe(0);
    expect(JSON.parse(caido.out)).toEqual({ name: 'Example', allowlist: ['*.example.com'], denylist: ['admin.example.com'] });
    expect(caido.err).toContain('scopecheck scope: warning: Line 4: "not a host" is not a host, URL or network scopecheck can read; it puts nothing in scope.');
    expect(caido.err).toContain('as a HackerOne scope CSV');
    const zap = await run(['--user-scope', join(dir, 'scope.csv'), '--export', 'zap']);
    expect(zap.code).toBe(0);
    expect(zap.out).toContain('<excregexes>https?://admin\\.example\\.com(?::[0-9]+)?(?:/.*)?</excregexes>');
  });
});
