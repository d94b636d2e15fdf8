import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { findDurations } from '../../../src/core/policy/find-durations.ts';
import { parseLooseDate } from '../../../src/core/policy/parse-loose-date.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const read = (text: string, options: { url?: string; baseUrl?: string } = {}) =>
  extractPolicy({ body: text, url: options.url ?? 'policy.md' }, { now: NOW, baseUrl: options.baseUrl });

// findDurations reads lower-cased sentences (normalizeForMatch), as the extractors pass them.
describe('durations', () => {
  it.each([
    ['within 1 week of submission', 7],
    ['within 48 business hours', 2],
    ['typically within 50 days', 50],
    ['binnen drie werkdagen', 3],
    ['innerhalb von 48 stunden', 2],
    ['dans un délai de 72 heures ouvrées', 3],
    ['within two months', 60],
  ])('%s → %d days', (text, days) => {
    expect(findDurations(text)[0]?.days).toBe(days);
  });
});

describe('timelines', () => {
  it('takes the first acknowledgement as the SLA and a publication rule as the disclosure window', () => {
    const r = read([
      '- Do not publicly disclose the vulnerability without allowing us reasonable time (90 days) to fix it',
      '- We will acknowledge receipt of your submission within 48 business hours',
      '- If you do not hear back within 6 business days, escalate.',
    ].join('\n'));
    expect([r.response_sla_days, r.disclosure_days]).toEqual([2, 90]);
  });

  it('does not take a wait before publication as a response time', () => {
    const r = read('Please do not make vulnerabilities public without giving us at least 3 days to respond.');
    expect([r.response_sla_days, r.disclosure_days]).toEqual([null, 3]);
  });
});

describe('report fields', () => {
  it('maps a report-content list, with "other" for items that fit no id', () => {
    const r = read('When reporting a vulnerability, please send us:\n\n- Vulnerability details and steps to reproduce the issue\n- Your PGP key, if you want an encrypted reply\n- Your name, to be credited\n');
    expect(r.report_fields.map((f) => f.id)).toEqual(['description', 'reproduction_steps', 'reporter_name', 'other']);
  });

  it('ignores promises and mentions that do not ask for anything', () => {
    const r = read('## What we promise\n\n- We will mention your name as the discoverer.\n\nThe more details you provide, the easier it is.');
    expect(r.report_fields).toEqual([]);
  });
});

describe('contacts', () => {
  it('finds e-mail addresses (also obfuscated or in broken mailto links), report forms and platform programmes', () => {
    const r = read([
      'Report it to [security@example.com](mailto://security@example.com) or via [HackerOne](https://hackerone.com/example).',
      'E-mail your findings to contact [at] example [dot] org.',
      'Additional information can be found at [our blog](https://example.com/blog).',
      'Test credentials: h1@example.net:password',
    ].join('\n\n'));
    expect(r.contacts.map((c) => [c.value, c.kind])).toEqual([
      ['mailto:security@example.com', 'email'],
      ['https://hackerone.com/example', 'platform'],
      ['mailto:contact@example.org', 'email'],
    ]);
  });

  it('records in-person reporting as a contact', () => {
    const r = read("Please don't open a public issue. Instead, find one of us in person and demo it at a meeting.");
    expect(r.contacts).toEqual([{ value: 'in person', kind: 'in_person', quote: 'Instead, find one of us in person and demo it at a meeting.' }]);
    expect(r.channel_rules?.[0]?.text).toBe("don't open a public issue");
  });

  it('does not read a disclosure rule that says "the issue" as a rule about where to report', () => {
    const r = read('## Rules\n\n- Do not publicly disclose the vulnerability without allowing us reasonable time (90 days) to analyze and fix the issue\n- Do not file a public GitHub issue for security problems\n');
    expect(r.channel_rules?.map((c) => c.text)).toEqual(['Do not file a public GitHub issue for security problems']);
    expect(r.forbidden_activities.map((a) => a.id)).toContain('public_disclosure_before_fix');
  });
});

describe('scope', () => {
  it('reads lists under scope headings, wildcards, exceptions and CNAME comments', () => {
    const r = read([
      '## In scope', '', '- *.example.com', '- `api.example.org`, and the following hostnames:', '  - a.example.org', '',
      '## Out of scope', '', '- status.example.com -- CNAME to statuspage.io',
      '- Any other subdomain of example.org is excluded (*.app.example.org too, except for *.proxy.app.example.org.)',
      '- Services hosted by 3rd party providers',
    ].join('\n'));
    expect(r.in_scope.map((e) => e.pattern)).toEqual(['*.example.com', 'api.example.org', 'a.example.org', '*.proxy.app.example.org']);
    expect(r.out_of_scope.map((e) => e.pattern)).toEqual(['status.example.com', '*.example.org', '*.app.example.org', 'Services hosted by 3rd party providers']);
  });

  it('reads "any other subdomains" against the base URL and phrases for host-less exclusions', () => {
    const r = read('This policy applies to Example hosted applications and to any other subdomains.\nExample does not accept reports for vulnerabilities which solely affect marketing websites (https://example.com/).', { url: 'p.txt', baseUrl: 'https://www.example.com/security' });
    expect(r.in_scope.map((e) => e.pattern)).toEqual(['*.example.com', 'Example hosted applications']);
    expect(r.out_of_scope.map((e) => e.pattern)).toEqual(['https://example.com/', 'marketing websites']);
  });
});

describe('safe harbor, bounty, PGP, language', () => {
  it('reads safe harbor and bounty statements with their negations', () => {
    expect(read('If you follow this policy we will not pursue legal action against you.').safe_harbor).toBe(true);
    expect(read('This policy does not give you permission to test.').safe_harbor).toBe(false);
    expect(read('We do not offer monetary compensation. Asking for rewards is a violation.').bounty).toBe(false);
    expect(read('The project no longer has a bug bounty program. Bug bounty rewards are not available.').bounty).toBe(false);
    expect(read('Rewards range from $100 to $5,000.').bounty).toBe(true);
    expect(read('As a thank you we send a t-shirt.').bounty).toBe(false);
    expect(read('Thanks! You will be listed in our hall of fame.').bounty).toBe(null);
  });

  it('reads PGP keys with fingerprint, key id, URL and validity relative to now', () => {
    const r = read('Encrypt with our PGP key (https://example.com/pgp.asc), fingerprint 1234 5678 9ABC DEF0 1234 5678 9ABC DEF0 1234 5678, valid until March 08, 2017.');
    expect(r.pgp).toEqual([expect.objectContaining({
      fingerprint: '123456789ABCDEF0123456789ABCDEF012345678', key_id: '9ABCDEF012345678',
      url: 'https://example.com/pgp.asc', valid_until: '2017-03-08', expired: true,
    })]);
    expect(parseLooseDate('8. März 2030')).toBe('2030-03-08');
  });

  it('gives a validity stated in prose just before the key to that key (the Oro style), not to a key further on', () => {
    const r = read('This is our PGP key which is valid until March 08, 2017:\n\nFingerprint: 3F1A 9C22 7B04 E5D8 1A6C 90B3 4E27 D1F0 8C55 A2E9');
    expect(r.pgp).toEqual([
      expect.objectContaining({ fingerprint: '3F1A9C227B04E5D81A6C90B34E27D1F08C55A2E9', valid_until: '2017-03-08', expired: true }),
    ]);
    const far = read('Our PGP key is valid until March 08, 2017.\n\nOne.\n\nTwo.\n\nThree.\n\nFingerprint: 3F1A 9C22 7B04 E5D8 1A6C 90B3 4E27 D1F0 8C55 A2E9');
    expect(far.pgp[0]?.valid_until).toBe(null);
  });

  it('resolves a relative key path against the base URL', () => {
    const r = read('Communication can be encrypted with our PGP key, which can be found from `./pgp-key.txt`.', { baseUrl: 'https://example.com/security/' });
    expect(r.pgp[0]?.url).toBe('https://example.com/security/pgp-key.txt');
  });

  it('detects the language', () => {
    expect(read('Wij vinden de veiligheid van onze systemen belangrijk. Meld het ons en deel het niet met anderen.').language).toBe('nl');
    expect(read('Wir nehmen die Sicherheit sehr ernst. Bitte melden Sie uns die Lücke und nutzen Sie sie nicht aus.').language).toBe('de');
    expect(read('Nous prenons la sécurité au sérieux. Merci de nous signaler les vulnérabilités et de ne pas les publier.').language).toBe('fr');
  });
});
