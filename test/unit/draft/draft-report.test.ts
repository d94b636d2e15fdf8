import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { draftReport } from '../../../src/core/draft/draft-report.ts';
import { decodeMailto } from '../../../src/core/draft/decode-mailto.ts';
import { getDraftStrings } from '../../../src/core/draft/get-draft-strings.ts';
import type { DraftInput } from '../../../src/core/draft/draft-input.ts';
import { DraftSchema } from '../../../src/core/schemas/draft.ts';
import { emptyPolicy, policyFromLabels, policyLabels, txtFromSite, txtWith } from './corpus-fixtures.ts';
import { enFinding } from '../../support/english.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const STANDARD = ['description', 'location_url', 'impact', 'reproduction_steps', 'proof_of_concept', 'suggested_fix'];

function input(overrides: Partial<DraftInput>): DraftInput {
  return { pageUrl: 'https://www.example.com/login', txt: null, policy: null, profile: {}, language: 'en', now: NOW, ...overrides };
}

/** Independent reading of the rule: first mailto Contact of security.txt, else the policy's first address. */
function expectedRecipient(txtContacts: string[], policyContacts: string[]): string | null {
  const mailto = txtContacts.find((c) => /^mailto:/i.test(c));
  if (mailto) return mailto.slice(7);
  const bare = policyContacts.map((c) => c.replace(/^mailto:/i, '')).find((c) => /^[^\s@]+@[^\s@]+$/.test(c));
  return bare ?? null;
}

const headingLines = (body: string) => body.split('\n').filter((_, i, lines) => /^-+$/.test(lines[i + 1] ?? ''));

describe('draftReport on every corpus policy (PolicyResult built from the labels)', () => {
  for (const file of Object.keys(policyLabels)) {
    const label = policyLabels[file]!;
    for (const language of ['en', 'de'] as const) {
      it(`${file} (${language})`, () => {
        const policy = policyFromLabels(file);
        const txt = label.paired_securitytxt ? txtFromSite(label.paired_securitytxt, NOW) : null;
        const host = label.paired_securitytxt?.replace(/\.txt$/, '') ?? new URL(label.base_url ?? 'https://example.org/').hostname;
        const draft = draftReport(input({ pageUrl: `https://${host}/account`, txt, policy, language, profile: { name: 'Ada', email: 'ada@researcher.test' } }));
        const s = getDraftStrings(language);

        expect(DraftSchema.safeParse(draft).success).toBe(true);
        expect(draft.subject).toBe(`[Security] ${s.defaultTitle} – ${host}`);

        // The fields the policy asks for, each as a section heading; otherwise the standard set.
        const asked = [...new Set(label.report_fields)];
        const ids = draft.sections!.map((x) => x.id);
        if (asked.length > 0) {
          expect(new Set(ids)).toEqual(new Set(asked));
          for (const id of asked) expect(headingLines(draft.body)).toContain(s.headings[id as keyof typeof s.headings]);
        } else {
          expect(ids).toEqual(STANDARD);
          expect(headingLines(draft.body)).toContain(s.summaryHeading);
        }

        // Disclosure terms restated.
        expect(draft.body).toContain(label.disclosure_days ? s.disclosureDays(label.disclosure_days) : s.disclosureNoDays);

        // Recipient and a mailto link that decodes to exactly the draft.
        const want = expectedRecipient(txt?.parsed?.contact ?? [], label.contacts);
        expect(draft.to).toEqual(want ? [want] : []);
        if (want) {
          const dec = decodeMailto(draft.mailto!).value!;
          expect(dec.to).toEqual([want]);
          expect(dec.headers.map((h) => h.name)).toEqual(['subject', 'body']);
          expect(dec.subject).toBe(draft.subject);
          expect(dec.body).toBe(draft.mailto_truncated ? s.shortBody : draft.body);
          expect(draft.mailto!.length).toBeLessThanOrEqual(1800);
        } else {
          expect(draft.mailto).toBeNull();
        }
        if (!want && !draft.web_form) expect(draft.warnings).toContain('no_contact');

        // Evidence: page, date, and where the contact came from.
        expect(draft.body).toContain(`https://${host}/account`);
        expect(draft.body).toContain('2026-11-21 00:00 UTC');
        if (draft.evidence!.contact_source === 'securitytxt') expect(draft.body).toContain(txt!.source!.final_url);
        expect(draft.body).toContain('Ada');
        expect(draft.body).toContain('ada@researcher.test');
      });
    }
  }

  it('sends nodejs.org reports to the policy address and offers HackerOne as the web form', () => {
    const d = draftReport(input({ pageUrl: 'https://nodejs.org/en', txt: txtFromSite('nodejs.org.txt', NOW), policy: policyFromLabels('nodejs-security.md') }));
    expect(d.to).toEqual(['security@lists.openjsf.org']);
    expect(d.web_form).toBe('https://hackerone.com/nodejs');
    expect(d.evidence!.contact_source).toBe('policy');
    expect(d.warnings).toContain('contact_domain_mismatch');
    expect(d.findings!.find((f) => f.id === 'contact_platform')).toBeTruthy();
  });

  it('notes that gradle.org lists its web page before its e-mail address', () => {
    const d = draftReport(input({ pageUrl: 'https://gradle.org/', txt: txtFromSite('gradle.org.txt', NOW), policy: policyFromLabels('gradle-vulnerability-disclosure-policy.md') }));
    expect(d.to).toEqual(['security@gradle.com']);
    expect(d.findings!.map((f) => f.id)).toContain('web_form_preferred');
  });

  it('warns about the expired, signed internet.nl file and restates its key URL', () => {
    const d = draftReport(input({ pageUrl: 'https://internet.nl/', txt: txtFromSite('internet.nl.txt', NOW), policy: policyFromLabels('internetnl-responsible-disclosure.nl.md') }));
    expect(d.warnings).toContain('txt_expired');
    expect(d.warnings).not.toContain('txt_unsigned');
    expect(d.web_form).toBe('https://internet.nl/disclosure/');
    expect(d.encryption_keys).toEqual([{ source: 'securitytxt', url: 'https://internet.nl/disclosure/', fingerprint: null, key_id: null, valid_until: null, expired: null }]);
  });
});

describe('draftReport rules', () => {
  it('warns when a signed file does not verify: unverified (wrong or missing key, broken envelope) vs invalid (bad signature)', () => {
    const sig = (status: 'verified' | 'bad_signature' | 'key_unavailable' | 'malformed') => ({ status, fingerprint: null, key_source: null, message: { id: 'signature_noKey' } });
    const warningsFor = (overrides: Parameters<typeof txtWith>[1], parsed: Parameters<typeof txtWith>[2] = {}) =>
      draftReport(input({ txt: txtWith(['mailto:security@example.com'], overrides, parsed) })).warnings;
    const signatureWarnings = (w: string[]) => w.filter((id) => id.startsWith('txt_signature') || id === 'txt_unsigned');
    expect(signatureWarnings(warningsFor({ signature: sig('verified') }))).toEqual([]);
    expect(signatureWarnings(warningsFor({ signature: sig('key_unavailable') }))).toEqual(['txt_signature_unverified']);
    expect(signatureWarnings(warningsFor({ signature: sig('malformed'), errors: ['signature_malformed'], valid: false }))).toEqual(['txt_signature_unverified']);
    expect(signatureWarnings(warningsFor({ signature: sig('bad_signature'), errors: ['signature_invalid'], valid: false }))).toEqual(['txt_signature_invalid']);
    expect(signatureWarnings(warningsFor({ signature: { ...sig('verified'), status: 'not_signed' } }, { signed: false }))).toEqual(['txt_unsigned']);
    const d = draftReport(input({ txt: txtWith(['mailto:security@example.com'], { signature: sig('key_unavailable') }) }));
    expect(enFinding(d.findings!.find((f) => f.id === 'txt_signature_unverified')!)).toMatch(/signed, but the signature could not be verified/);
  });

  it('uses the standard set, the summary and the title when the policy asks for nothing', () => {
    const d = draftReport(input({ txt: txtWith(['mailto:security@example.com']), title: 'Stored XSS in profile', summary: 'The bio field is not escaped.' }));
    expect(d.subject).toBe('[Security] Stored XSS in profile – www.example.com');
    expect(d.sections!.map((x) => [x.id, x.placeholder])).toEqual([
      ['description', false], ['location_url', false], ['impact', true], ['reproduction_steps', true], ['proof_of_concept', true], ['suggested_fix', true],
    ]);
    expect(d.body).toContain('Summary\n-------\nThe bio field is not escaped.');
    expect(d.body).toContain('Affected URL\n------------\nhttps://www.example.com/login');
  });

  it('fills sections from what the user typed, and keeps the policy\'s extra asks as hints', () => {
    const policy = emptyPolicy({ report_fields: [{ id: 'impact', quote: '' }, { id: 'other', quote: 'your PGP key if you want an encrypted reply' }], disclosure_days: 90 });
    const d = draftReport(input({ txt: txtWith(['mailto:security@example.com']), policy, fields: { impact: 'Account takeover.\r\n' } }));
    expect(d.sections).toEqual([
      { id: 'impact', heading: 'Impact', text: 'Account takeover.', placeholder: false, asked: true },
      { id: 'other', heading: 'Additional information', text: '[The policy also asks for: your PGP key if you want an encrypted reply]', placeholder: true, asked: true },
    ]);
    expect(d.disclosure).toBe('I will not disclose this issue publicly before it is fixed or 90 days have passed, as your disclosure policy asks.');
  });

  it('keeps a section the user typed into even when the policy does not ask for it', () => {
    const policy = emptyPolicy({ report_fields: [{ id: 'reproduction_steps', quote: '' }] });
    const d = draftReport(input({ policy, fields: { impact: 'Account takeover.', reproduction_steps: '1. Log in' } }));
    expect(d.sections!.map((x) => [x.id, x.asked])).toEqual([['impact', false], ['reproduction_steps', true]]);
    const std = draftReport(input({ fields: { environment: 'Firefox 153' } }));
    expect(std.sections!.map((x) => x.id)).toEqual(['description', 'location_url', 'impact', 'reproduction_steps', 'proof_of_concept', 'environment', 'suggested_fix']);
  });

  it('writes German when asked, and says when security.txt prefers another language', () => {
    const d = draftReport(input({ language: 'de', txt: txtWith(['mailto:security@example.com'], {}, { preferred_languages: ['en', 'nl'] }), policy: emptyPolicy({ disclosure_days: 1 }) }));
    expect(d.language).toBe('de');
    expect(d.body).toMatch(/^Guten Tag,\n\nich möchte eine Sicherheitslücke melden/);
    expect(d.body).toContain('Zusammenfassung\n---------------');
    expect(d.disclosure).toBe('Ich werde die Schwachstelle nicht veröffentlichen, bevor sie behoben ist oder 1 Tag vergangen ist, wie es Ihre Richtlinie vorsieht.');
    expect(enFinding(d.findings!.find((f) => f.id === 'language_not_preferred')!)).toMatch(/en, nl/);
  });

  it('skips a contact that tries to add a Bcc and uses the next one', () => {
    const d = draftReport(input({ txt: txtWith(['mailto:security@example.com?bcc=evil@attacker.test', 'mailto:psirt@example.com']) }));
    expect(d.to).toEqual(['psirt@example.com']);
    expect(d.warnings).toContain('contact_injection');
    expect(decodeMailto(d.mailto!).value!.headers.map((h) => h.name)).toEqual(['subject', 'body']);
    expect(d.mailto).not.toMatch(/bcc|evil|attacker\.test/i);
  });

  it('cuts the recipient at a line break in a fetched value', () => {
    const d = draftReport(input({ txt: txtWith(['mailto:security@example.com\r\nBcc: evil@attacker.test']) }));
    expect(d.to).toEqual(['security@example.com']);
    expect(d.warnings).toContain('contact_line_break');
  });

  it('marks a long report as truncated and puts the paste note in the mailto only', () => {
    const d = draftReport(input({ txt: txtWith(['mailto:security@example.com']), fields: { proof_of_concept: 'GET /?q=' + 'A'.repeat(3000) } }));
    expect(d.mailto_truncated).toBe(true);
    expect(d.body).toContain('A'.repeat(3000));
    expect(decodeMailto(d.mailto!).value!.body).toBe(getDraftStrings('en').shortBody);
    expect(decodeMailto(d.gmail_url!.replace(/^https:\/\/mail\.google\.com\/mail\/\?view=cm&fs=1&/, 'mailto:?')).value!.body).toBe(d.body);
  });

  it('warns about an expired policy key (the "valid until 2017" case), an unsigned or inherited file, a foreign domain', () => {
    const policy = emptyPolicy({ pgp: [{ fingerprint: '1234 5678 9ABC DEF0 1234  5678 9ABC DEF0 1234 5678', key_id: null, url: null, valid_until: '2017-03-08', expired: null }] });
    const txt = txtWith(['mailto:security@other-company.test'], { source: { ...txtWith([]).source!, applies_to_host: 'example.com', inherited_from_parent: true } }, { signed: false });
    const d = draftReport(input({ pageUrl: 'https://shop.example.com/', txt, policy }));
    expect(d.warnings).toEqual(expect.arrayContaining(['pgp_key_expired', 'txt_unsigned', 'txt_inherited', 'contact_domain_mismatch']));
    expect(enFinding(d.findings!.find((f) => f.id === 'pgp_key_expired')!)).toMatch(/123456789ABCDEF0123456789ABCDEF012345678 \(valid until 2017-03-08\)/);
    expect(d.encryption_keys![0]).toMatchObject({ source: 'policy', expired: true });
  });

  it('a security.txt Encryption entry for the key the policy says expired (same address) is expired too: nothing to encrypt to', () => {
    const policy = emptyPolicy({ pgp: [{ fingerprint: '3F1A9C227B04E5D81A6C90B34E27D1F08C55A2E9', key_id: null, url: 'https://example.com/pgp-key.asc', valid_until: '2017-03-08', expired: true }] });
    const txt = txtWith(['mailto:security@example.com'], {}, { encryption: ['https://example.com/pgp-key.asc', 'https://example.com/other-key.asc'] });
    const d = draftReport(input({ txt, policy }));
    expect(d.encryption_keys).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'securitytxt', url: 'https://example.com/pgp-key.asc', expired: true, valid_until: '2017-03-08' }),
      expect.objectContaining({ source: 'securitytxt', url: 'https://example.com/other-key.asc', expired: null }),
    ]));
  });

  it('signs with the profile, refuses a private key in it, and reports an invalid address', () => {
    const d = draftReport(input({ txt: txtWith(['mailto:security@example.com']), policy: emptyPolicy({ report_fields: [{ id: 'reporter_name', quote: '' }, { id: 'contact_info', quote: '' }] }),
      profile: { name: 'Ada Lovelace', handle: '@ada', email: 'ada@example.org', pgpKey: 'openpgp4fpr:0123456789ABCDEF0123456789ABCDEF01234567' } }));
    expect(d.signature).toBe('Ada Lovelace (@ada)\nada@example.org\nMy OpenPGP key: openpgp4fpr:0123456789ABCDEF0123456789ABCDEF01234567');
    expect(d.sections!.map((x) => x.text)).toEqual(['Ada Lovelace (@ada)', 'ada@example.org']);
    const bad = draftReport(input({ profile: { email: 'not-an-address', pgpKey: '-----BEGIN PGP PRIVATE KEY BLOCK-----\nxyz' } }));
    expect(bad.warnings).toEqual(expect.arrayContaining(['profile_email_invalid', 'profile_key_private', 'no_contact']));
    expect(bad.body).not.toContain('PRIVATE');
    expect(bad.body).toContain('[Your name]');
  });

  it('warns when the page URL carries what looks like a credential', () => {
    const d = draftReport(input({ pageUrl: 'https://user:pw@app.example.com/cb?state=1&code=abc#access_token=xyz&scope=a' }));
    expect(enFinding(d.findings!.find((f) => f.id === 'page_url_has_secret')!)).toMatch(/\(userinfo, code, access_token\)/);
    expect(draftReport(input({ pageUrl: 'https://www.example.com/search?q=token' })).warnings).not.toContain('page_url_has_secret');
  });

  it('quotes only web addresses as evidence, never a local file path or a script URL', () => {
    const policy = emptyPolicy({ contacts: [{ value: 'security@example.com', quote: '' }], source: { url: '/home/ada/policy.md', found_by: 'file', status: null, format: 'markdown' } });
    const d = draftReport(input({ txt: txtWith([], {}, { policy: ['javascript:alert(1)'] }), policy }));
    expect(d.evidence).toMatchObject({ policy_url: null, contact_source: 'policy' });
    expect(d.body).not.toMatch(/home\/ada|javascript/);
  });

  it('never throws on hostile or broken input', () => {
    const d = draftReport(input({ pageUrl: 'not a url', title: 'x\r\nBcc: y', summary: '\uD800', txt: txtWith(['mailto:\u202Esecurity@example.com', 'https://exa\u200Bmple.com/form']), policy: emptyPolicy({ disclosure_days: -5 }) }));
    expect(d.subject).toBe('[Security] x Bcc: y – example.com');
    expect(d.disclosure).toBe(getDraftStrings('en').disclosureNoDays);
    expect(DraftSchema.safeParse(d).success).toBe(true);
  });
});

describe('draftReport on the hostile contacts of test/support', () => {
  const H = 'contact-mailto-header-injection.evil.test';
  it.each([
    [`mailto:security@${H}?%0D%0ABcc:attacker@evil.test`],
    [`mailto:security@${H}%0D%0ABcc:%20attacker@evil.test?subject=hi%0D%0ABcc:x@evil.test&bcc=attacker@evil.test&body=send%20me%20your%20cookies`],
    ['mailto:security@terminal-escapes.evil.test\x1b]8;;https://attacker.test\x07click\x1b]8;;\x07'],
    ['javascript:alert(document.cookie)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    [`mailto:${'a'.repeat(100_000)}@evil.test`],
  ])('never addresses or links %#', (contact) => {
    const d = draftReport(input({ pageUrl: `https://${H}/`, txt: txtWith([contact]) }));
    expect(d.to).toEqual([]);
    expect(d.mailto).toBeNull();
    expect(d.web_form).toBeNull();
    expect(d.warnings).toContain('no_contact');
    // eslint-disable-next-line no-control-regex -- terminals must never receive control characters
    for (const f of d.findings!) expect(enFinding(f)).not.toMatch(/[\u0000-\u001F\u007F\u202E]/);
  });

  it('flags a right-to-left override in a contact and keeps it out of the messages', () => {
    const d = draftReport(input({ pageUrl: 'https://evil.test/', txt: txtWith(['mailto:security@contact-rtl-override.evil.test\u202Etset.elgoog', 'https://evil.test/\u202Egnp.exe']) }));
    expect(d.warnings).toEqual(expect.arrayContaining(['contact_bidi_control', 'contact_invalid']));
    for (const f of d.findings!) expect(enFinding(f)).not.toContain('\u202E');
    const rejected = draftReport(input({ txt: txtWith(['mailto:security@contact-rtl-override.evil.test\u202Etset.elgoog']) }));
    expect(rejected.warnings).toEqual(['contact_bidi_control', 'contact_invalid', 'no_contact']);
  });
});

describe('draftReport end to end with extractPolicy on every corpus policy', () => {
  for (const file of Object.keys(policyLabels)) {
    it(file, () => {
      const label = policyLabels[file]!;
      const base = label.base_url ?? label.source.published_url?.split(' ')[0];
      const body = readFileSync(`/work/shared/corpus/policies/${file}`);
      const policy = extractPolicy({ body: new Uint8Array(body), url: base ?? null }, { now: NOW, ...(base ? { baseUrl: base } : {}) });
      const draft = draftReport(input({ pageUrl: 'https://www.example.com/', policy }));
      const extracted = [...new Set(policy.report_fields.map((f) => f.id))];
      const s = getDraftStrings('en');
      expect(new Set(draft.sections!.map((x) => x.id))).toEqual(new Set(extracted.length > 0 ? extracted : STANDARD));
      for (const id of extracted) expect(headingLines(draft.body)).toContain(s.headings[id]);
      const days = policy.disclosure_days;
      expect(draft.disclosure).toBe(days && Number.isInteger(days) && days > 0 ? s.disclosureDays(days) : s.disclosureNoDays);
      expect(DraftSchema.safeParse(draft).success).toBe(true);
    });
  }
});
