import { describe, expect, it } from 'vitest';
import { collectContacts } from '../../../src/core/check/collect-contacts.ts';
import { collectSiteKeys, normalizeFingerprint } from '../../../src/core/draft/collect-site-keys.ts';
import { collectEncryptionKeys } from '../../../src/core/draft/collect-encryption-keys.ts';
import { validateSecurityTxt } from '../../../src/core/securitytxt/validate-security-txt.ts';
import { bigbankCheck } from '../ui/fixtures/bigbank.ts';
import { EXPIRED_RAW, noPolicyCheck } from '../ui/fixtures/no-policy.ts';

// Moved from the popup's tests (test/unit/ui/popup-lib.test.ts): contacts and keys are the core's now, and come
// with the check result.
describe('collectContacts', () => {
  it('merges security.txt and policy contacts, with security.txt line numbers', () => {
    const result = bigbankCheck();
    expect(collectContacts(result.txt, result.policy, result.host).map(({ href: _h, punycode: _p, warnings: _w, ...row }) => row)).toEqual([
      { value: 'mailto:security@bigbank.eu', from_txt: true, txt_line: 1, policy_quote: result.policy!.contacts[0]!.quote },
    ]);
    const none = noPolicyCheck();
    expect(collectContacts(none.txt, none.policy, none.host).map((c) => [c.value, c.txt_line, c.href])).toEqual([
      ['security@shop.example.test', 2, 'mailto:security@shop.example.test'],
      ['https://shop.example.test/report', 3, 'https://shop.example.test/report'],
    ]);
  });

  it('takes the line numbers from the parser, past comments, blank lines and a signature', async () => {
    const body = ['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA256', '', '# comment', EXPIRED_RAW, ''].join('\n');
    const txt = await validateSecurityTxt(new TextEncoder().encode(body), null, { now: new Date('2026-11-21T00:00:00Z') });
    expect(txt.field_lines?.contact).toEqual([6, 7]);
    expect(collectContacts(txt, null, 'www.shop.example.test').map((c) => c.txt_line)).toEqual([6, 7]);
  });

  it('describes each contact with its warnings as ids and parameters, never as sentences', () => {
    const contacts = collectContacts(null, {
      ...bigbankCheck().policy!,
      contacts: [
        { value: 'mailto:security@\u0435vil.test', kind: 'email', quote: 'q1' },
        { value: 'mailto:security@shop.test?bcc=attacker@evil.test', kind: 'email', quote: 'q2' },
        { value: 'MAILTO:SECURITY@\u0435VIL.TEST', kind: 'email', quote: 'q3' },
      ],
    }, 'shop.test');
    expect(contacts).toHaveLength(2); // merged case-insensitively
    expect(contacts[0]!.punycode).toMatch(/^security@xn--/);
    expect(contacts[0]!.warnings).toContainEqual({ id: 'contact_confusable', severity: 'warning', line: null, params: { label: '"\u0435vil"' } });
    expect(contacts[0]!.warnings).toContainEqual({ id: 'contact_domain_mismatch', severity: 'warning', line: null, params: { site: 'shop.test', theirs: 'xn--vil-qdd.test' } });
    expect(contacts[1]!.href).toBeNull();
    expect(contacts[1]!.warnings).toEqual([{
      id: 'contact_injection', severity: 'error', line: null, message_id: 'finding_contact_injection_headers',
      params: { contact: '"mailto:security@shop.test?bcc=attacker@evil.test"', names: '"bcc"' },
    }]);
    // No sentence anywhere: the words are the shells' (finding_<id> in public/_locales).
    expect(JSON.stringify(contacts)).not.toMatch(/differs from|mixes writing systems/);
  });
});

describe('collectSiteKeys', () => {
  it('normalises fingerprints and merges the same key from both sources; expiry by date', () => {
    expect(normalizeFingerprint('5f8e 3a1b:9c2d 4e6f 7a8b 9c0d')).toBe('5F8E3A1B9C2D4E6F7A8B9C0D');
    expect(normalizeFingerprint('not hex')).toBeNull();
    const result = noPolicyCheck();
    result.policy = { ...bigbankCheck().policy!, pgp: [{ fingerprint: '5F8E3A1B9C2D4E6F7A8B9C0D1E2F3A4B5C6D7E8F', key_id: null, url: 'https://example.test/key.asc', valid_until: '2027-01-01', expired: null }] };
    const keys = collectSiteKeys(result.txt, result.policy, new Date('2026-11-21T00:00:00Z'));
    expect(keys).toEqual([{ source: 'securitytxt', fingerprint: '5F8E3A1B9C2D4E6F7A8B9C0D1E2F3A4B5C6D7E8F', key_id: null, url: 'https://example.test/key.asc', valid_until: '2027-01-01', expired: null }]);
    expect(collectSiteKeys(result.txt, result.policy, new Date('2027-06-01T00:00:00Z'))[0]?.expired).toBe(true);
  });

  it('is the draft’s list too: one rule for showing and for encrypting', () => {
    const result = noPolicyCheck();
    result.policy = { ...bigbankCheck().policy!, pgp: [{ fingerprint: null, key_id: '0x9C0D1E2F', url: 'https://example.test/key.asc', valid_until: '2017-03-08', expired: true }] };
    result.txt!.parsed!.encryption.push('https://example.test/key.asc', 'http://example.test/plain.asc');
    const now = new Date('2026-11-21T00:00:00Z');
    const shown = collectSiteKeys(result.txt, result.policy, now);
    expect(collectEncryptionKeys(result.txt, result.policy, now).value).toEqual(shown);
    // A key over plain http could be swapped on the way: it is not listed.
    expect(shown.map((k) => [k.fingerprint, k.url, k.key_id, k.expired])).toEqual([
      ['5F8E3A1B9C2D4E6F7A8B9C0D1E2F3A4B5C6D7E8F', null, null, null],
      [null, 'https://example.test/key.asc', '0x9C0D1E2F', true],
    ]);
  });
});
