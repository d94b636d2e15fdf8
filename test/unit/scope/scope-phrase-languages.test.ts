// Host-less scope phrases and the exceptions an exclusion states, outside English: the words come from every
// language pack's `scope` keys (a phrase reaches core/scope without its document's language). Texts written for
// these tests.
import { describe, expect, it } from 'vitest';
import { classifyScopePhrase } from '../../../src/core/scope/classify-scope-phrase.ts';
import { findStatedExceptions } from '../../../src/core/scope/find-stated-exceptions.ts';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { parseScopePattern } from '../../../src/core/scope/parse-scope-pattern.ts';

const hosts = (text: string) => findStatedExceptions(text).patterns.map(({ pattern: { host } }) => (host.kind === 'exact' ? host.host : host.kind));

describe('host-less scope phrases in other languages', () => {
  it('closes the world when an exclusion says "anything not listed"', () => {
    expect(classifyScopePhrase('Todos los sistemas no listados', 'exclude')).toBe('unlisted');
    expect(classifyScopePhrase('Qualsiasi sistema non elencato', 'exclude')).toBe('unlisted');
    expect(classifyScopePhrase('Wszystkie inne niewymienione systemy', 'exclude')).toBe('unlisted');
    expect(classifyScopePhrase('記載されていないシステム', 'exclude')).toBe('unlisted');
    expect(classifyScopePhrase('Все остальные не указанные сервисы', 'exclude')).toBe('unlisted');
  });

  it('closes the world when an inclusion says "only the listed assets are in scope"', () => {
    expect(classifyScopePhrase('Nur die oben aufgeführten Systeme sind im Scope', 'include')).toBe('unlisted');
    expect(classifyScopePhrase('Apenas os sistemas listados estão no escopo', 'include')).toBe('unlisted');
  });

  it('tells third parties, this site, kinds of systems and findings apart', () => {
    expect(classifyScopePhrase('Dienste von Drittanbietern')).toBe('third_party');
    expect(classifyScopePhrase('serwisy stron trzecich')).toBe('third_party');
    expect(classifyScopePhrase('第三方服务')).toBe('third_party');
    expect(classifyScopePhrase('このサイト', 'include')).toBe('this_site');
    expect(classifyScopePhrase('Marketingwebseiten')).toBe('other');
    expect(classifyScopePhrase('sitios web de marketing')).toBe('systems');
    expect(classifyScopePhrase('Sårbarheter i tredjepartsbibliotek')).toBe('other'); // a class of findings
    expect(classifyScopePhrase('Уязвимости, требующие физического доступа')).toBe('other');
    expect(classifyScopePhrase('AWS-Instanzen, die nicht aufgeführt sind')).toBe('unlisted_kind');
  });

  it('keeps the English readings', () => {
    expect(classifyScopePhrase('Any service not expressly listed above')).toBe('unlisted');
    expect(classifyScopePhrase('AWS instances not listed in the Scope section')).toBe('unlisted_kind');
    expect(classifyScopePhrase('web services operated by Example Inc')).toBe('systems');
    expect(classifyScopePhrase('the following systems and services')).toBe('other');
  });
});

describe('exceptions an exclusion states, in other languages', () => {
  it('reads the hosts after the marker of any pack', () => {
    expect(hosts('*.ejemplo.es, con excepción de api.ejemplo.es')).toEqual(['api.ejemplo.es']);
    expect(hosts('*.esempio.it, ad eccezione di www.esempio.it e app.esempio.it')).toEqual(['www.esempio.it', 'app.esempio.it']);
    expect(hosts('*.przyklad.pl z wyjątkiem sklep.przyklad.pl')).toEqual(['sklep.przyklad.pl']);
    expect(hosts('*.exemplo.pt, exceto loja.exemplo.pt')).toEqual(['loja.exemplo.pt']);
  });

  it('takes "except those listed" and "any other subdomain of" in other languages', () => {
    expect(findStatedExceptions('*.ejemplo.es, excepto los listados arriba').listedAt).toBeGreaterThan(0);
    expect(findStatedExceptions('Alle anderen Subdomains von beispiel.de').otherThanListedUnder).toEqual(['beispiel.de']);
    expect(findStatedExceptions('Tutti gli altri sottodomini di esempio.it').otherThanListedUnder).toEqual(['esempio.it']);
  });

  it('never reads "excludes" as an exception: an excluded host stays out', () => {
    expect(hosts('The program excludes legacy.example.com')).toEqual([]);
    const r = extractPolicy({ body: '# Out of scope\n\n- Everything under *.example.com; the program excludes a.example.com\n', url: 'policy.md' }, { now: new Date('2026-11-21T00:00:00Z'), baseUrl: 'https://example.com/security' });
    expect(r.in_scope.map((e) => e.pattern)).not.toContain('a.example.com');
    expect(r.out_of_scope.map((e) => e.pattern)).toContain('a.example.com');
  });
});

describe('a product named before the host that serves it', () => {
  const inScope = (body: string) => extractPolicy({ body, url: 'policy.md' }, { now: new Date('2026-11-21T00:00:00Z'), baseUrl: 'https://example.app/security' }).in_scope.map((e) => e.pattern);

  it('includes only the serving host, not the product name (en, nb, zh)', () => {
    expect(inScope('# Scope\n\nThis policy covers the backend API for [example.app](https://example.app), served at `api.example.app`.\n')).toEqual(['api.example.app']);
    expect(inScope('# Omfang\n\nDenne policyen gjelder backend-API-et til [example.app](https://example.app), servert på `api.example.app`.\n')).toEqual(['api.example.app']);
    expect(inScope('# 范围\n\n本政策适用于 example.app 的后端 API，部署在 api.example.app。\n')).toEqual(['api.example.app']);
  });

  it('still takes two hosts joined by a list word, and never drops an exclusion', () => {
    expect(inScope('# Scope\n\nIn scope: example.app and api.example.app.\n')).toEqual(['example.app', 'api.example.app']);
    const r = extractPolicy({ body: '# Out of scope\n\nThe marketing site www.example.app, served at cdn.example.app, is out of scope.\n', url: 'policy.md' }, { now: new Date('2026-11-21T00:00:00Z') });
    expect(r.out_of_scope.map((e) => e.pattern)).toEqual(['www.example.app', 'cdn.example.app']);
  });
});

describe('the grammar of one scope entry in other languages', () => {
  const read = (text: string, effect: 'include' | 'exclude') => parseScopePattern(text, effect).value.map((entry) => {
    if (entry.type !== 'pattern') return `${entry.effect} phrase`;
    const h = entry.pattern.host;
    const name = h.kind === 'exact' ? h.host : h.kind === 'wildcard' ? `${h.apex ? '' : '(no apex) '}*.${h.suffix}` : h.kind;
    return `${entry.effect} ${name}`;
  });

  it('reads "and all its subdomains" after the host', () => {
    expect(read('przyklad.pl oraz wszystkie subdomeny', 'include')).toEqual(['include *.przyklad.pl']);
    expect(read('beispiel.de und alle Subdomains', 'include')).toEqual(['include *.beispiel.de']);
    expect(read('example.com with all subdomains', 'include')).toEqual(['include *.example.com']);
  });

  it('reads "all subdomains of" before the host, without the apex', () => {
    expect(read('wszystkie subdomeny w domenie przyklad.pl', 'include')).toEqual(['include (no apex) *.przyklad.pl']);
    expect(read('any host under example.com', 'include')).toEqual(['include (no apex) *.example.com']);
  });

  it('turns the hosts an in-scope entry excepts into exclusions, "without" included', () => {
    expect(read('*.przyklad.pl z wyjątkiem www.przyklad.pl', 'include')).toEqual(['include (no apex) *.przyklad.pl', 'exclude www.przyklad.pl']);
    expect(read('*.beispiel.de (ohne admin.beispiel.de)', 'include')).toEqual(['include (no apex) *.beispiel.de', 'exclude admin.beispiel.de']);
    expect(read('*.ejemplo.es (excepto panel.ejemplo.es)', 'include')).toEqual(['include (no apex) *.ejemplo.es', 'exclude panel.ejemplo.es']);
    expect(read('*.example.cn（不包括 admin.example.cn）', 'include')).toEqual(['include (no apex) *.example.cn', 'exclude admin.example.cn']);
  });

  it('never puts a host in scope through "without" in an exclusion', () => {
    const entries = parseScopePattern('test.przyklad.pl (bez api.test.przyklad.pl)', 'exclude').value;
    expect(entries.every((entry) => entry.effect === 'exclude')).toBe(true);
    expect(entries.flatMap((entry) => (entry.type === 'pattern' ? entry.exceptions ?? [] : []))).toEqual([]);
  });
});
