import { describe, expect, it } from 'vitest';
import { compileScope } from '../../../src/core/scope/compile-scope.ts';
import { judgeScope } from '../../../src/core/scope/judge-scope.ts';
import { parseUserScopeText } from '../../../src/core/scope/parse-user-scope-text.ts';
import { ScopeVerdictSchema } from '../../../src/core/schemas/scope-verdict.ts';
import type { TxtResult } from '../../../src/core/schemas/txt-result.ts';
import { policyWith } from './helpers.ts';
import { en } from '../../support/english.ts';

const judge = (inScope: Array<string | [string, string]>, outOfScope: Array<string | [string, string]>, host: string) =>
  judgeScope(host, compileScope({ policy: policyWith(inScope, outOfScope) }));
const verdictOf = (inScope: Array<string | [string, string]>, outOfScope: Array<string | [string, string]>, host: string) => judge(inScope, outOfScope, host).verdict;

describe('judgeScope: matching', () => {
  it('matches exact hosts and subdomain wildcards, the apex only when the policy says so', () => {
    expect(verdictOf(['example.com'], [], 'EXAMPLE.com.')).toBe('in_scope');
    expect(verdictOf(['example.com'], [], 'www.example.com')).toBe('unknown');
    expect(verdictOf(['*.example.com'], [], 'a.b.example.com')).toBe('in_scope');
    expect(verdictOf(['*.example.com'], [], 'example.com')).toBe('unknown');
    expect(verdictOf(['example.com and all subdomains'], [], 'example.com')).toBe('in_scope');
    expect(verdictOf(['example.com and all subdomains'], [], 'x.example.com')).toBe('in_scope');
  });

  it('never crosses a label boundary', () => {
    for (const host of ['notexample.com', 'example.com.evil.test', 'example.co', 'xexample.com', 'example.comx']) {
      expect(verdictOf(['example.com', '*.example.com'], [], host)).toBe('unknown');
    }
    expect(verdictOf(['api-*.example.com'], [], 'api-eu.example.com')).toBe('in_scope');
    expect(verdictOf(['api-*.example.com'], [], 'api-eu.x.example.com')).toBe('unknown');
    expect(verdictOf(['api-*.example.com'], [], 'x.api-eu.example.com')).toBe('unknown');
    expect(verdictOf(['*.api-*.example.com'], [], 'x.api-eu.example.com')).toBe('in_scope');
  });

  it('treats Unicode and punycode spellings as the same host', () => {
    expect(verdictOf(['*.bücher.de'], [], 'shop.xn--bcher-kva.de')).toBe('in_scope');
    expect(verdictOf(['shop.xn--bcher-kva.de'], [], 'SHOP.BÜCHER.DE')).toBe('in_scope');
  });

  it('matches IPv4, IPv6 and CIDR, and never a name against an address', () => {
    expect(verdictOf(['10.0.0.0/8'], [], '10.200.3.4')).toBe('in_scope');
    expect(verdictOf(['10.0.0.0/8'], [], '11.0.0.1')).toBe('unknown');
    expect(verdictOf(['192.0.2.10'], [], '192.0.2.10')).toBe('in_scope');
    expect(verdictOf(['2001:db8::/32'], [], '[2001:db8:0:1::5]')).toBe('in_scope');
    expect(verdictOf(['2001:db8::/32'], [], '2001:db9::1')).toBe('unknown');
    expect(verdictOf(['10.0.0.0/8'], [], '10.example.com')).toBe('unknown');
  });

  it('ignores ports unless the entry names one', () => {
    expect(verdictOf(['example.com'], [], 'example.com:8443')).toBe('in_scope');
    expect(verdictOf(['example.com:8443'], [], 'example.com:8443')).toBe('in_scope');
    expect(verdictOf(['example.com:8443'], [], 'example.com:9000')).toBe('unknown');
    const bare = judge(['example.com:8443'], [], 'example.com');
    expect(bare.verdict).toBe('unknown');
    expect(bare.reasons.map(en).join(' ')).toMatch(/Only part of example\.com is in scope.*port 8443/);
    expect(verdictOf(['example.com'], ['example.com:8080'], 'example.com:8080')).toBe('out_of_scope');
  });

  it('judges URL paths against URL entries; a path-limited entry never decides a whole host', () => {
    expect(verdictOf(['https://github.com/agency-example/repo'], [], 'github.com')).toBe('unknown');
    expect(verdictOf(['https://github.com/agency-example/repo'], [], 'https://github.com/agency-example/repo/issues')).toBe('in_scope');
    expect(verdictOf(['https://github.com/agency-example/repo'], [], 'https://github.com/agency-example/repository')).toBe('unknown');
    const partlyExcluded = judge(['example.com'], ['https://example.com/admin'], 'example.com');
    expect(partlyExcluded.verdict).toBe('in_scope');
    expect(partlyExcluded.reasons.map(en).join(' ')).toMatch(/Not all of it.*paths under \/admin/);
    expect(verdictOf(['example.com'], ['https://example.com/admin'], 'https://example.com/admin/users')).toBe('out_of_scope');
    expect(verdictOf(['*.commerce7.com'], ['https://commerce7.com/'], 'commerce7.com')).toBe('out_of_scope');
  });
});

describe('judgeScope: precedence', () => {
  it('lets an exclusion beat any equally or less specific inclusion', () => {
    const v = judge(['*.gradle.com'], [['status.gradle.com', 'status.gradle.com -- CNAME to Atlassian status page']], 'status.gradle.com');
    expect(v).toMatchObject({ verdict: 'out_of_scope', rule: 'status.gradle.com', quote: 'status.gradle.com -- CNAME to Atlassian status page', rule_source: 'policy' });
    expect(v.reasons.map(en)[1]).toMatch(/also covers it, but the exclusion is at least as specific/);
    expect(verdictOf(['status.gradle.com'], ['status.gradle.com'], 'status.gradle.com')).toBe('out_of_scope');
    expect(verdictOf(['*.example.com'], ['*.example.com'], 'a.example.com')).toBe('out_of_scope');
  });

  it('lets a more specific inclusion of the same document beat an exclusion, as the platforms mean it', () => {
    const v = judge(['*.example.com', 'vpn.app.example.com'], ['*.app.example.com'], 'vpn.app.example.com');
    expect(v).toMatchObject({ verdict: 'in_scope', rule: 'vpn.app.example.com' });
    expect(verdictOf(['*.example.com', 'vpn.app.example.com'], ['*.app.example.com'], 'other.app.example.com')).toBe('out_of_scope');
    expect(verdictOf(['*.example.com', 'vpn.app.example.com'], ['*.app.example.com'], 'www.example.com')).toBe('in_scope');
    expect(verdictOf(['app.x.com'], ['*.x.com'], 'app.x.com')).toBe('in_scope');
    expect(verdictOf(['*.x.com'], ['app.x.com'], 'app.x.com')).toBe('out_of_scope');
    // "x.com and all subdomains" names x.com itself: as specific as the inclusion "x.com".
    expect(verdictOf(['x.com'], ['x.com and all subdomains'], 'x.com')).toBe('out_of_scope');
    expect(verdictOf(['*.x.com'], ['x.com and all subdomains'], 'a.x.com')).toBe('out_of_scope');
    // Across documents the stricter answer wins: the user's exclusion beats the policy's more specific inclusion.
    const scope = compileScope({ policy: policyWith(['app.x.com'], []), userScope: parseUserScopeText('!*.x.com').value });
    expect(judgeScope('app.x.com', scope).verdict).toBe('out_of_scope');
  });

  it('yields to the exceptions an exclusion states itself (CISA template shape, as labelled)', () => {
    const inScope = ['*.agency-brand.gov', 'agency-service.gov', 'alpaca.agency-service.gov', '*.service-proxy.app.agency-service.gov'];
    const out = ['any other subdomain of agency-service.gov', '*.app.agency-service.gov (except *.service-proxy.app.agency-service.gov)'];
    expect(verdictOf(inScope, out, 'alpaca.agency-service.gov')).toBe('in_scope');
    expect(verdictOf(inScope, out, 'agency-service.gov')).toBe('in_scope');
    expect(verdictOf(inScope, out, 'zebra.agency-service.gov')).toBe('out_of_scope');
    expect(verdictOf(inScope, out, 'tenant.app.agency-service.gov')).toBe('out_of_scope');
    const carved = judge(inScope, out, 'x.service-proxy.app.agency-service.gov');
    expect(carved.verdict).toBe('in_scope');
    expect(carved.reasons.map(en).join('\n')).toMatch(/"\*\.app\.agency-service\.gov \(except \*\.service-proxy\.app\.agency-service\.gov\)" of the policy covers it too, but states an exception for \*\.service-proxy\.app\.agency-service\.gov itself/);
    expect(judge(inScope, out, 'alpaca.agency-service.gov').reasons.map(en)[1]).toMatch(/excludes only what the document does not list \("alpaca\.agency-service\.gov" is listed\)/);
  });

  it('reads the exception from the sentence the extractor quotes (CISA template shape, as extracted)', () => {
    const quote = 'Any other subdomain of agency-service.gov and all customer applications are excluded from this policy (*.app.agency-service.gov is specifically excluded, except for *.service-proxy.app.agency-service.gov.)';
    const scope = compileScope({ policy: policyWith(['agency-service.gov', 'alpaca.agency-service.gov', '*.service-proxy.app.agency-service.gov'], [['*.agency-service.gov', quote], ['*.app.agency-service.gov', quote]]) });
    expect(['alpaca.agency-service.gov', 'x.service-proxy.app.agency-service.gov', 'zebra.agency-service.gov', 'tenant.app.agency-service.gov'].map((h) => judgeScope(h, scope).verdict))
      .toEqual(['in_scope', 'in_scope', 'out_of_scope', 'out_of_scope']);
    // The same exclusions quoted without their exception words: the more specific inclusions still win.
    const bare = compileScope({ policy: policyWith(['alpaca.agency-service.gov', '*.service-proxy.app.agency-service.gov'], ['*.agency-service.gov', '*.app.agency-service.gov']) });
    expect(['alpaca.agency-service.gov', 'x.service-proxy.app.agency-service.gov', 'zebra.agency-service.gov'].map((h) => judgeScope(h, bare).verdict)).toEqual(['in_scope', 'in_scope', 'out_of_scope']);
  });

  it('reads exception words in English, German, Dutch and French, only for hosts inside the exclusion', () => {
    const words = ['except', 'except for', 'other than', 'excluding', 'with the exception of', 'apart from', 'but not', 'außer', 'ausgenommen', 'mit Ausnahme von', 'behalve', 'uitgezonderd', 'met uitzondering van', 'sauf', "à l'exception de", 'excepté', 'hormis'];
    for (const word of words) {
      expect(verdictOf(['x.app.example.com'], [`*.app.example.com ${word} x.app.example.com`], 'x.app.example.com'), word).toBe('in_scope');
      expect(verdictOf(['x.app.example.com'], [['*.app.example.com', `Alle Subdomains von app.example.com, ${word} x.app.example.com.`]], 'x.app.example.com'), word).toBe('in_scope');
      expect(verdictOf(['*.example.com'], [`*.app.example.com ${word} x.app.example.com`], 'y.app.example.com'), word).toBe('out_of_scope');
    }
    const outside = compileScope({ policy: policyWith(['x.other.com'], ['*.app.example.com (except x.other.com)']) });
    expect(outside.findings.map((f) => f.id)).toContain('scope_exception_outside');
    expect(outside.rules.find((r) => r.effect === 'exclude')?.exceptions).toEqual([]);
    // Words that look like exceptions but are not.
    expect(verdictOf(['*.example.com'], [['*.app.example.com', '*.app.example.com, including but not limited to x.app.example.com, is out of scope']], 'x.app.example.com')).toBe('out_of_scope');
    expect(verdictOf(['*.example.com'], [['*.app.example.com', '*.app.example.com is out of scope, except for reports about x.app.example.com']], 'x.app.example.com')).toBe('out_of_scope');
    // An exception word before the exclusion introduces it: the hosts after it are exclusions, not exceptions.
    const listing = '*.example.com is in scope, excluding *.dev.example.com and api.dev.example.com.';
    expect(verdictOf([['*.example.com', listing]], [['*.dev.example.com', listing]], 'api.dev.example.com')).toBe('out_of_scope');
    expect(verdictOf(['*.example.com'], [['*.DEV.example.com', 'Out of scope: *.DEV.Example.com, except API.dev.example.com.']], 'api.dev.example.com')).toBe('in_scope');
    // One sentence, two exclusions: the exception narrows only the one it lies inside.
    const two = [['a.example.com', 'a.example.com and *.b.example.com are out of scope, except for x.b.example.com.'], ['*.b.example.com', 'a.example.com and *.b.example.com are out of scope, except for x.b.example.com.']] as Array<[string, string]>;
    expect(verdictOf(['*.example.com'], two, 'x.b.example.com')).toBe('in_scope');
    expect(verdictOf(['*.example.com'], two, 'y.b.example.com')).toBe('out_of_scope');
    expect(verdictOf(['*.example.com'], two, 'a.example.com')).toBe('out_of_scope');
  });

  it('an exception is not a grant, and narrows an exclusion only as far as it reaches', () => {
    const alone = judge(['*.example.com'], ['*.app.example.com (except x.app.example.com)', '*.app.example.com'], 'x.app.example.com');
    expect(alone.verdict).toBe('out_of_scope');
    const none = judge([], ['*.app.example.com (except x.app.example.com)'], 'x.app.example.com');
    expect(none.verdict).toBe('unknown');
    expect(none.reasons.map(en).join(' ')).toMatch(/states an exception for x\.app\.example\.com, which is not an in-scope entry by itself/);
    const path = compileScope({ policy: policyWith(['https://example.com/public'], ['example.com (except https://example.com/public)']) });
    expect(judgeScope('https://example.com/public/page', path).verdict).toBe('in_scope');
    expect(judgeScope('https://example.com/private', path).verdict).toBe('out_of_scope');
    expect(judgeScope('example.com', path).verdict).toBe('out_of_scope');
    const listed = policyWith(['a.example.com'], [['*.example.com', 'All subdomains of example.com are out of scope, except the ones listed above.']]);
    expect(judgeScope('a.example.com', compileScope({ policy: listed })).verdict).toBe('in_scope');
    expect(judgeScope('b.example.com', compileScope({ policy: listed })).verdict).toBe('out_of_scope');
  });

  it('"any other subdomain" excepts only the inclusions of its own document that lie inside it', () => {
    const user = parseUserScopeText('vpn.example.com').value;
    const scope = compileScope({ policy: policyWith(['www.example.com', '*.example.org'], ['any other subdomain of example.com']), userScope: user });
    expect(judgeScope('www.example.com', scope).verdict).toBe('in_scope');
    expect(judgeScope('vpn.example.com', scope).verdict).toBe('out_of_scope');
    const broader = compileScope({ policy: policyWith(['*.example.com'], ['any other subdomain of a.example.com']) });
    expect(judgeScope('x.a.example.com', broader).verdict).toBe('out_of_scope');
  });

  it('picks the most specific inclusion', () => {
    expect(judge(['*.example.com', 'api.example.com'], [], 'api.example.com').rule).toBe('api.example.com');
    expect(judge(['*.example.com', 'api-*.example.com'], [], 'api-1.example.com').rule).toBe('api-*.example.com');
  });

  it('lets exclusions of the policy beat the user\'s inclusions whatever their specificity, and vice versa', () => {
    const user = parseUserScopeText('vpn.app.example.com\n!admin.example.com').value;
    const scope = compileScope({ policy: policyWith(['*.example.com'], ['*.app.example.com']), userScope: user });
    expect(judgeScope('vpn.app.example.com', scope).verdict).toBe('out_of_scope');
    const admin = judgeScope('admin.example.com', scope);
    expect(admin).toMatchObject({ verdict: 'out_of_scope', rule: 'admin.example.com', rule_source: 'user' });
    expect(judgeScope('www.example.com', scope).verdict).toBe('in_scope');
  });

  it('puts hosts in scope from the user\'s scope alone, with the user as the source', () => {
    const scope = compileScope({ policy: null, userScope: parseUserScopeText('*.target.test').value });
    expect(judgeScope('a.target.test', scope)).toMatchObject({ verdict: 'in_scope', rule: '*.target.test', rule_source: 'user', quote: '*.target.test' });
  });
});

describe('judgeScope: what is not a grant', () => {
  it('answers unknown when nothing covers the host, with reasons', () => {
    const v = judge(['*.gradle.org'], [], 'gradle.org');
    expect(v).toMatchObject({ verdict: 'unknown', rule: null, quote: null });
    expect(v.reasons.map(en).join(' ')).toMatch(/covers the subdomains of gradle\.org, not gradle\.org itself/);
    const none = judgeScope('example.com', compileScope({ policy: null }));
    expect(none.verdict).toBe('unknown');
    expect(none.reasons.map(en)[0]).toMatch(/No disclosure policy or program scope/);
  });

  it('refuses wildcards over public suffixes and hosting platforms', () => {
    for (const pattern of ['*.com', '*.co.uk', '*.github.io', '*.herokuapp.com', '*', 'example.*', '*example.com']) {
      const scope = compileScope({ policy: policyWith([pattern]) });
      for (const host of ['a.com', 'x.co.uk', 'someone.github.io', 'app.herokuapp.com', 'example.org', 'notexample.com']) {
        expect(judgeScope(host, scope).verdict, `${pattern} vs ${host}`).not.toBe('in_scope');
      }
    }
    expect(judge(['*.com'], [], 'a.com').reasons.map(en).join(' ')).toMatch(/covers a whole public suffix/);
    expect(verdictOf(['*.bmoattachments.org'], [], 'x7.bmoattachments.org')).toBe('in_scope');
  });

  it('never puts a host in scope because of a security.txt (RFC 9116 §3.1)', () => {
    const txt = { parsed: {}, source: { applies_to_host: 'example.com', inherited_from_parent: false } } as unknown as TxtResult;
    const own = judgeScope('example.com', compileScope({ policy: null, txt }));
    expect(own.verdict).toBe('unknown');
    expect(own.reasons.map(en).join(' ')).toMatch(/grants no permission to test/);
    const other = judgeScope('www.example.com', compileScope({ policy: null, txt }));
    expect(other.reasons.map(en).join(' ')).toMatch(/applies to that host only \(RFC 9116 §3\.1\)/);
    const inherited = { parsed: {}, source: { applies_to_host: 'a.example.com', inherited_from_parent: true } } as unknown as TxtResult;
    expect(judgeScope('a.example.com', compileScope({ policy: null, txt: inherited })).reasons.map(en).join(' ')).toMatch(/inherited from a parent domain/);
  });

  it('does not claim a security.txt for a 404 or a soft-404 page (nothing was parsed)', () => {
    const soft404 = { parsed: null, source: { applies_to_host: 'example.com', inherited_from_parent: false } } as unknown as TxtResult;
    const verdict = judgeScope('example.com', compileScope({ policy: null, txt: soft404 }));
    expect(verdict.verdict).toBe('unknown');
    expect(verdict.reasons.map(en).join(' ')).not.toMatch(/security\.txt/);
  });

  it('turns "third-party services" exclusions into platform exclusions, but keeps the policy\'s own listed tenants', () => {
    const scope = compileScope({ policy: policyWith(['bigbank.ee', 'app.herokuapp.com'], ['Third party domains, platforms and services not operated by Bigbank']) });
    expect(judgeScope('bigbank.zendesk.com', scope)).toMatchObject({ verdict: 'out_of_scope', third_party_platform: 'zendesk.com' });
    expect(judgeScope('app.herokuapp.com', scope).verdict).toBe('in_scope');
    expect(judgeScope('zendesk.com', scope).verdict).toBe('unknown');
    expect(judgeScope('bigbank.se', scope).verdict).toBe('unknown');
  });

  it('flags third-party hosting even without a phrase, and treats other tenants of a listed platform as out of scope', () => {
    const none = judgeScope('austinhackers.github.io', compileScope({ policy: policyWith([]) }));
    expect(none).toMatchObject({ verdict: 'unknown', third_party_platform: 'github.io' });
    expect(none.reasons.map(en).join(' ')).toMatch(/hosted by a third party, GitHub Pages/);
    const scope = compileScope({ policy: policyWith(['*.gradle.org', 'gradle-prod-colony.herokuapp.com']) });
    expect(judgeScope('evil.herokuapp.com', scope)).toMatchObject({ verdict: 'out_of_scope', rule: 'other herokuapp.com hosts' });
    expect(judgeScope('gradle-prod-colony.herokuapp.com', scope).verdict).toBe('in_scope');
  });

  it('reads "anything not listed is excluded", but leaves the apex question open', () => {
    const scope = compileScope({ policy: policyWith(['*.agency-brand.gov', 'agency-form.gov'], ['Any service not expressly listed above, such as any connected services']) });
    expect(judgeScope('elsewhere.gov', scope)).toMatchObject({ verdict: 'out_of_scope', rule: 'Any service not expressly listed above, such as any connected services' });
    expect(judgeScope('agency-brand.gov', scope).verdict).toBe('unknown');
    expect(judgeScope('agency-form.gov', scope).verdict).toBe('in_scope');
    const open = compileScope({ policy: policyWith(['agency-form.gov', 'all web services operated by the agency'], ['Everything not listed above is out of scope']) });
    const undecided = judgeScope('elsewhere.gov', open);
    expect(undecided.verdict).toBe('unknown');
    expect(undecided.reasons.map(en).join(' ')).toMatch(/also covers "all web services operated by the agency", which is not a list of hosts/);
    const withUser = compileScope({ policy: policyWith(['agency-form.gov'], ['anything not listed']), userScope: parseUserScopeText('extra.gov').value });
    const conflict = judgeScope('extra.gov', withUser);
    expect(conflict.verdict).toBe('unknown');
    expect(conflict.reasons.map(en)[0]).toMatch(/your program scope covers it, but the policy says "anything not listed"/i);
  });

  it('closes the world only on statements that anything unlisted is out of scope', () => {
    const verdict = (inScope: Array<string | [string, string]>, outOfScope: Array<string | [string, string]>) => judgeScope('elsewhere.gov', compileScope({ policy: policyWith(['agency-form.gov', ...inScope], outOfScope) }));
    expect(verdict([], ['Perform testing only on in-scope systems']).verdict).toBe('unknown');
    expect(verdict(['Only the assets listed below are in scope'], []).verdict).toBe('out_of_scope');
    expect(verdict([], [['service not expressly listed above, such as any connected services', 'Any service not expressly listed above, such as any connected services, are excluded from scope.']])).toMatchObject({
      verdict: 'out_of_scope', rule: 'service not expressly listed above, such as any connected services',
    });
    const kind = verdict([], ['AWS instances not listed in the Scope section']);
    expect(kind.verdict).toBe('unknown');
    expect(kind.reasons.map(en).join(' ')).toMatch(/"AWS instances not listed in the Scope section" of the policy excludes a kind of system unless listed: if elsewhere\.gov is one, it is out of scope/);
    expect(judgeScope('agency-form.gov', compileScope({ policy: policyWith(['agency-form.gov'], ['AWS instances not listed in the Scope section']) })).verdict).toBe('in_scope');
  });

  it('maps "this site" to the page host only when it is known', () => {
    const policy = policyWith(['this website'], ['marketing websites']);
    expect(judgeScope('internet.nl', compileScope({ policy })).verdict).toBe('unknown');
    const scope = compileScope({ policy, pageHost: 'Internet.NL' });
    expect(judgeScope('internet.nl', scope)).toMatchObject({ verdict: 'in_scope', rule: 'this website' });
    expect(judgeScope('www.internet.nl', scope).verdict).toBe('unknown');
    expect(judgeScope('internet.nl', scope).reasons.map(en).join(' ')).toMatch(/"marketing websites" of the policy cannot be mapped to hosts/);
  });

  it('explains invalid input instead of judging it', () => {
    const scope = compileScope({ policy: policyWith(['*.example.com']) });
    expect(judgeScope('*.example.com', scope).reasons.map(en)[0]).toMatch(/is a pattern, not a host/);
    const long = judgeScope(`${'x'.repeat(5000)}`, scope);
    expect(long.verdict).toBe('unknown');
    expect(long.host.length).toBeLessThan(400);
  });

  it('returns documents that satisfy the contract schema', () => {
    const scope = compileScope({ policy: policyWith(['*.example.com', 'a.herokuapp.com'], ['b.example.com', 'third-party services']) });
    for (const host of ['a.example.com', 'b.example.com', 'example.com', 'x.herokuapp.com', '::1', 'bad host']) {
      expect(ScopeVerdictSchema.safeParse(judgeScope(host, scope)).success).toBe(true);
    }
  });
});
