import { describe, expect, it } from 'vitest';
import { parseScopePattern, type ScopeEntry } from '../../../src/core/scope/parse-scope-pattern.ts';
import { parseScopeToken } from '../../../src/core/scope/parse-scope-token.ts';
import { formatScopePattern } from '../../../src/core/scope/format-scope-pattern.ts';
import { classifyScopePhrase } from '../../../src/core/scope/classify-scope-phrase.ts';
import { findStatedExceptions } from '../../../src/core/scope/find-stated-exceptions.ts';

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

  it('turns exceptions inside an inclusion into exclusions; an exclusion carries its own', () => {
    expect(inc('*.example.com (except admin.example.com and vpn.example.com)')).toEqual(['+*.example.com', '-admin.example.com', '-vpn.example.com']);
    const exceptionsOf = (raw: string) => parseScopePattern(raw, 'exclude').value.map((e) => (e.type === 'pattern' ? (e.exceptions ?? []).flatMap(formatScopePattern) : []));
    expect(exc('*.app.agency-service.gov (except *.service-proxy.app.agency-service.gov)')).toEqual(['-*.app.agency-service.gov']);
    expect(exceptionsOf('*.app.agency-service.gov (except *.service-proxy.app.agency-service.gov)')).toEqual([['*.service-proxy.app.agency-service.gov']]);
    expect(exceptionsOf('*.example.com except a.example.com and https://example.com/Public')).toEqual([['a.example.com', 'example.com/Public']]);
    expect(exceptionsOf('*.example.com außer a.example.com, b.example.com')).toEqual([['a.example.com', 'b.example.com']]);
    expect(exceptionsOf('*.example.com (including but not limited to a.example.com)')).toEqual([[]]);
    expect(exceptionsOf('*.example.com (excluding reports about a.example.com)')).toEqual([[]]);
    const other = parseScopePattern('any other subdomain of example.com', 'exclude').value[0];
    expect(other).toMatchObject({ type: 'pattern', otherThanListed: true });
    expect(parseScopePattern('any subdomain of example.com', 'exclude').value[0]).not.toHaveProperty('otherThanListed');
    expect(parseScopePattern('any other subdomain of example.com', 'include').value[0]).not.toHaveProperty('otherThanListed');
  });

  it('splits lists of hosts, but not sentences', () => {
    expect(inc('a.example.com, b.example.com and c.example.com')).toEqual(['+a.example.com', '+b.example.com', '+c.example.com']);
    expect(inc('Commerce7 hosted applications')).toEqual(['+~systems: Commerce7 hosted applications']);
    expect(inc('bigbank.ee, bigbank.fi, etc')).toEqual(['+~other: bigbank.ee, bigbank.fi, etc']);
  });

  it('classifies phrases conservatively', () => {
    expect(exc('third-party hosted services')).toEqual(['-~third_party: third-party hosted services']);
    expect(exc('Any service not expressly listed above')).toEqual(['-~unlisted: Any service not expressly listed above']);
    expect(exc('Perform testing only on in-Scope systems')).toEqual(['-~other: Perform testing only on in-Scope systems']);
    expect(exc('Everything not listed above')).toEqual(['-~unlisted: Everything not listed above']);
    expect(exc('Anything not on the in-scope list above')).toEqual(['-~unlisted: Anything not on the in-scope list above']);
    expect(exc('Any system not in this list')).toEqual(['-~unlisted: Any system not in this list']);
    expect(exc('services not expressly listed above')).toEqual(['-~unlisted: services not expressly listed above']);
    expect(exc('AWS instances not listed in the Scope section')).toEqual(['-~unlisted_kind: AWS instances not listed in the Scope section']);
    expect(exc('Any S3 buckets not named here')).toEqual(['-~unlisted_kind: Any S3 buckets not named here']);
    expect(inc('Only the assets listed below are in scope')).toEqual(['+~unlisted: Only the assets listed below are in scope']);
    expect(inc('Testing is permitted only against the listed systems')).toEqual(['+~unlisted: Testing is permitted only against the listed systems']);
    expect(inc('Any service not expressly listed above')).toEqual(['+~other: Any service not expressly listed above']);
    expect(inc('Only websites are in scope')).toEqual(['+~systems: Only websites are in scope']);
    expect(exc('Alle anderen nicht aufgeführten Systeme')).toEqual(['-~unlisted: Alle anderen nicht aufgeführten Systeme']);
    expect(exc('Alle systemen die niet genoemd zijn')).toEqual(['-~unlisted: Alle systemen die niet genoemd zijn']);
    expect(exc("Tout service non listé")).toEqual(["-~unlisted: Tout service non listé"]);
    expect(exc('marketing websites')).toEqual(['-~systems: marketing websites']);
    expect(exc('Clickjacking on pages with no sensitive actions')).toEqual(['-~other: Clickjacking on pages with no sensitive actions']);
    expect(classifyScopePhrase('services hosted by 3rd party providers')).toBe('third_party');
    expect(classifyScopePhrase('diensten van derden')).toBe('third_party');
    expect(classifyScopePhrase('this website')).toBe('this_site');
    expect(classifyScopePhrase('the following systems and services')).toBe('other');
    expect(classifyScopePhrase('web services operated by Example Inc')).toBe('systems');
  });

  it('reads a bounded number of exceptions from any text', () => {
    const hostile = `${'except a.example.com, '.repeat(50_000)}${'any other subdomain of x.example.com '.repeat(1000)}`;
    const found = findStatedExceptions(hostile);
    expect(found.patterns.length).toBeLessThanOrEqual(20);
    expect(found.otherThanListedUnder.length).toBeLessThanOrEqual(20);
    expect(findStatedExceptions('(except \u202e*.*.* but not ((((').patterns).toEqual([]);
  });

  it('never throws on hostile input', () => {
    for (const raw of ['('.repeat(5000), `${'a.'.repeat(3000)}com`, '\u0000\u202e*.*.*', ' and all subdomains', 'except except except', '-- --']) {
      expect(() => parseScopePattern(raw, 'include')).not.toThrow();
      expect(() => parseScopePattern(raw, 'exclude')).not.toThrow();
    }
  });
});
