// Report drafting fed by hostile security.txt files: whatever a file says, the draft never sends to an injected
// address, never carries an extra mail header, a script URL, a control or bidi character, and names the trick.
import { describe, expect, it } from 'vitest';
import { decodeMailto, draftReport, encodeMailto, SAFE_MAILTO_LENGTH } from '../../../src/core/draft/index.ts';
import { DraftSchema, type Draft } from '../../../src/core/schemas/draft.ts';
import { validateSecurityTxt } from '../../../src/core/securitytxt/index.ts';
import { buildHostileBehaviours, hostileHost } from '../../support/hostile-routes.ts';
import { measure, watchUnhandledRejections } from './measure.ts';

const NOW = new Date();
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const SCRIPT_URL = /(?:^|[^a-z])(?:javascript|vbscript|data):/i;

/** What the draft must say about each hostile file (behaviours without an entry get the generic checks only). */
const WARNS: Record<string, string[]> = {
  'contact-mailto-header-injection': ['contact_injection'],
  'contact-rtl-override': ['contact_bidi_control'],
  'contact-homograph': ['contact_confusable'],
  'contact-javascript': ['no_contact'],
  'contact-data-url': ['no_contact'],
  'expires-past': ['txt_expired'],
  // Checked offline, so no key: signed but not verified (discovery fetches the linked key, which did not sign it).
  'signed-wrong-key': ['txt_signature_unverified'],
  'signed-truncated': ['txt_signature_unverified'],
  'invalid-utf8': ['contact_invalid'],
  'terminal-escapes': ['contact_invalid'],
};

const behaviours = (await buildHostileBehaviours(NOW))
  .filter((b) => b.document && ['contact', 'encoding', 'expires', 'signature', 'size'].includes(b.category));

function urlsOf(d: Draft): string[] {
  return [d.mailto, d.web_form, d.gmail_url, d.outlook_url].filter((u): u is string => typeof u === 'string');
}

describe('draftReport with hostile security.txt files', () => {
  it('covers the contact tricks', () => {
    expect(behaviours.map((b) => b.name)).toEqual(expect.arrayContaining(Object.keys(WARNS)));
  });

  it.each(behaviours.map((b) => [b.name, b] as const))('%s', async (name, b) => {
    const rejections = watchUnhandledRejections();
    const host = hostileHost(name);
    const txt = await validateSecurityTxt(b.document!.bytes,
      { retrieved_from: `https://${host}/.well-known/security.txt`, content_type: b.document!.contentType }, { now: NOW });
    const { value: draft, elapsedMs } = await measure(async () => draftReport({
      pageUrl: `https://${host}/login`, txt, policy: null, profile: { name: 'Researcher' }, language: 'en', now: NOW, summary: 'Stored XSS',
    }));
    expect(rejections.stop()).toEqual([]);
    expect(elapsedMs).toBeLessThan(2_000);
    expect(DraftSchema.safeParse(draft).success).toBe(true);

    expect(draft.to.join(' ')).not.toMatch(/attacker/);
    for (const address of draft.to) expect(address).toMatch(/^[^\s?&%<>,;:]+@[^\s?&%<>,;:]+$/);
    for (const url of urlsOf(draft)) {
      expect(url).not.toMatch(SCRIPT_URL);
      expect(url).not.toMatch(CONTROL);
      expect(url).not.toMatch(BIDI);
    }
    if (draft.mailto) {
      const decoded = decodeMailto(draft.mailto).value;
      expect(decoded?.to).toEqual(draft.to);
      expect(decoded?.headers.map((h) => h.name).sort()).toEqual(['body', 'subject']);
      expect(draft.mailto.length).toBeLessThanOrEqual(SAFE_MAILTO_LENGTH);
    }
    expect(`${draft.subject}\n${draft.body}`).not.toMatch(CONTROL);
    expect(`${draft.subject}\n${draft.body}`).not.toMatch(BIDI);
    expect(draft.warnings).toEqual(expect.arrayContaining(WARNS[name] ?? []));
  });
});

describe('encodeMailto with hostile input', () => {
  it('refuses addresses that would add headers, and keeps subject and body inside their own fields', () => {
    const out = encodeMailto({
      to: ['security@a.test?%0D%0ABcc:attacker@evil.test', 'security@a.test&bcc=attacker@evil.test', 'x@b.test\r\nBcc: attacker@evil.test', 'ok@c.test'],
      subject: 'hi\r\nBcc: attacker@evil.test\r\n\r\nbody injection',
      body: 'line 1\nBcc: attacker@evil.test\r\n&cc=attacker@evil.test',
    });
    expect(out.to).toEqual(['x@b.test', 'ok@c.test']);
    const decoded = decodeMailto(out.url).value!;
    expect(decoded.to).toEqual(['x@b.test', 'ok@c.test']);
    expect(decoded.headers.map((h) => h.name)).toEqual(['subject', 'body']);
    expect(decoded.headers[0]!.value).not.toMatch(/[\r\n]/);
    expect(out.url).not.toMatch(/[\r\n]/);
    expect(out.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['contact_injection', 'contact_line_break']));
  });

  it('bounds the link for a 1 MiB body and says the body was cut', () => {
    const out = encodeMailto({ to: ['security@a.test'], subject: 's', body: 'x'.repeat(1024 * 1024) }, { shortBody: 'see clipboard' });
    expect(out.truncated).toBe(true);
    expect(out.url.length).toBeLessThanOrEqual(SAFE_MAILTO_LENGTH);
  });
});
