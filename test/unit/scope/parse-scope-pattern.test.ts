import { describe, expect, it } from 'vitest';
import { parseScopePattern, type ScopeEntry } from '../../../src/core/scope/parse-scope-pattern.ts';
import { parseScopeToken } from '../../../src/core/scope/parse-scope-token.ts';
import { formatScopePattern } from '../../../src/core/scope/format-scope-pattern.ts';
import { classifyScopePhrase } from '../../../src/core/scope/classify-scope-phrase.ts';

/** Entries as short strings: "+*.example.com", "-status.example.com", "~third_party: …". */
function summarise(entries: ScopeEntry[]): string[] {
  return entries.map((e) => {
    const sign = e.effect === 'include' ? '+' : '-';
    if (e.type === 'phrase') return `${sign}~${e.category}: ${e.text}`;
    return `${sign}${formatScopePattern(e.pattern).join(' ')}`;
  });
}
const inc = (raw: string) => summarise(parseScopePattern(raw, 'include').value);
const exc = (raw: string) => summarise(parseScopePattern(raw, 'exclude').value);

describe('parseScopeToken', () => {
  it('reads hosts, wildcards, globs, ports, URLs, IPs and networks', () => {
    const host = (t: string) => parseScopeToken(t, 'include').value;
    expect(host('API.Example.com.')?.host).toEqual({ kind: 'exact', host: 'api.example.com' });
    expect(host('*.example.com')?.host).toEqual({ kind: 'wildcard', suffix: 'example.com', apex: false });
    expect(host('api-*.example.com')?.host).toEqual({ kind: 'glob', suffix: 'example.com', labels: ['api-*'], anyPrefix: false });
    expect(host('*.*.example.com')?.host).toEqual({ kind: 'glob', suffix: 'example.com', labels: ['*'], anyPrefix: true });
    expect(host('*.bücher.de')?.host).toEqual({ kind: 'wildcard', suffix: 'xn--bcher-kva.de', apex: false });
    expect(host('example.com:8443')).toMatchObject({ ports: [8443], path: null });
    expect(host('https://example.com/')).toMatchObject({ host: { kind: 'exact', host: 'example.com' }, ports: null, path: null });
    expect(host('https://example.com:444/app/')).toMatchObject({ ports: [444], path: '/app/' });
    expect(host('example.com/admin')).toMatchObject({ path: '/admin', pathIsPartial: false });
    expect(host('https://example.com/api/*')).toMatchObject({ path: '/api/', pathIsPartial: false });
    expect(host('https://example.com/*/admin')).toMatchObject({ path: null, pathIsPartial: true });
    expect(formatScopePattern(host('10.1.2.3/8')!)).toEqual(['10.0.0.0/8']);
    expect(formatScopePattern(host('2001:DB8::/32')!)).toEqual(['2001:db8::/32']);
    expect(formatScopePattern(host('[2001:db8::1]:8443')!)).toEqual(['[2001:db8::1]:8443']);
  });

  it('reports host bits in a network and refuses non-hosts', () => {
    expect(parseScopeToken('10.1.2.3/8', 'include').findings.map((f) => f.id)).toEqual(['scope_cidr_host_bits']);
    for (const bad of ['Gradle', 'applications', 'example.com:http', 'exa mple.com', '10.0.0.0/33', '']) {
      expect(parseScopeToken(bad, 'include').value).toBeNull();
    }
  });

  it('reads an ambiguous leading dot narrowly for inclusions and broadly for exclusions', () => {
    const i = parseScopeToken('.example.com', 'include');
    const e = parseScopeToken('.example.com', 'exclude');
    expect(i.value?.host).toEqual({ kind: 'wildcard', suffix: 'example.com', apex: false });
    expect(e.value?.host).toEqual({ kind: 'wildcard', suffix: 'example.com', apex: true });
    expect(i.findings[0]?.id).toBe('scope_pattern_ambiguous');
  });
});

describe('parseScopePattern', () => {
  it('includes the apex only when the words say so', () => {
    expect(inc('*.example.com')).toEqual(['+*.example.com']);
    expect(inc('example.com and all subdomains')).toEqual(['+example.com and all subdomains']);
    expect(inc('example.com, including subdomains')).toEqual(['+example.com and all subdomains']);
    expect(inc('example.com (and its subdomains)')).toEqual(['+example.com and all subdomains']);
    expect(exc('any other subdomain of `agency-service.gov`')).toEqual(['-*.agency-service.gov']);
  });

  it('keeps a host with a comment and remembers the words', () => {
    expect(exc('t.gradle.com -- CNAME to Salesloft')).toEqual(['-t.gradle.com']);
    expect(exc('support.gradle.com – CNAME to zendesk')).toEqual(['-support.gradle.com']);
    const entry = parseScopePattern('internet.nl (the Internet.nl website)', 'include').value[0];
    expect(entry).toMatchObject({ type: 'pattern', note: 'the Internet.nl website' });
  });

  it('turns exceptions inside an inclusion into exclusions, and ignores them inside an exclusion', () => {
    expect(inc('*.example.com (except admin.example.com and vpn.example.com)')).toEqual(['+*.example.com', '-admin.example.com', '-vpn.example.com']);
    const excl = parseScopePattern('*.app.agency-service.gov (except *.service-proxy.app.agency-service.gov)', 'exclude');
    expect(summarise(excl.value)).toEqual(['-*.app.agency-service.gov']);
    expect(excl.findings.map((f) => f.id)).toEqual(['scope_exception_ignored']);
  });

  it('splits lists of hosts, but not sentences', () => {
    expect(inc('a.example.com, b.example.com and c.example.com')).toEqual(['+a.example.com', '+b.example.com', '+c.example.com']);
    expect(inc('Commerce7 hosted applications')).toEqual(['+~systems: Commerce7 hosted applications']);
    expect(inc('bigbank.ee, bigbank.fi, etc')).toEqual(['+~other: bigbank.ee, bigbank.fi, etc']);
  });

  it('classifies phrases conservatively', () => {
    expect(exc('third-party hosted services')).toEqual(['-~third_party: third-party hosted services']);
    expect(exc('Any service not expressly listed above')).toEqual(['-~unlisted: Any service not expressly listed above']);
    expect(exc('Perform testing only on in-Scope systems')).toEqual(['-~unlisted: Perform testing only on in-Scope systems']);
    expect(exc('marketing websites')).toEqual(['-~systems: marketing websites']);
    expect(exc('Clickjacking on pages with no sensitive actions')).toEqual(['-~other: Clickjacking on pages with no sensitive actions']);
    expect(classifyScopePhrase('services hosted by 3rd party providers')).toBe('third_party');
    expect(classifyScopePhrase('diensten van derden')).toBe('third_party');
    expect(classifyScopePhrase('this website')).toBe('this_site');
    expect(classifyScopePhrase('the following systems and services')).toBe('other');
    expect(classifyScopePhrase('web services operated by Example Inc')).toBe('systems');
  });

  it('never throws on hostile input', () => {
    for (const raw of ['('.repeat(5000), `${'a.'.repeat(3000)}com`, '\u0000\u202e*.*.*', ' and all subdomains', 'except except except', '-- --']) {
      expect(() => parseScopePattern(raw, 'include')).not.toThrow();
      expect(() => parseScopePattern(raw, 'exclude')).not.toThrow();
    }
  });
});
