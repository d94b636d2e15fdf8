// extractPolicy against the hostile policies (and every other hostile document read as a policy): a schema-valid
// result, never a throw, bounded time and memory; active content (scripts, handlers, javascript:/data: links) never
// becomes text, a contact or a quote; the real contact survives hostile markup.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { PolicyResultSchema, type PolicyResult } from '../../../src/core/schemas/policy-result.ts';
import { MIB, POLICY_CONTACT, utf8 } from '../../support/hostile-documents.ts';
import { buildHostileBehaviours, hostileHost } from '../../support/hostile-routes.ts';
import { measure, watchUnhandledRejections } from './measure.ts';

const NOW = new Date();
const MAX_MS = 3_000;
const MAX_PEAK_GROWTH = 96 * 1024 * 1024;
/** Markup or script that must never come out of the extractor as text, whatever the document. */
const MARKUP = /<script|<iframe|<svg|onerror=|onload=|onmouseover=/i;
/** What only the scripted page's active parts say: none of it is text a reader would see. */
const SCRIPT_TEXT = /alert\(|document\.cookie|attacker\.test|javascript:|vbscript:|data:text/i;

const contacts = (r: PolicyResult) => r.contacts.map((c) => c.value);
const foundContact = (r: PolicyResult) => expect(contacts(r)).toEqual([`mailto:${POLICY_CONTACT}`]);

/** What the extractor must make of each hostile policy page. */
const POLICIES: Record<string, (r: PolicyResult) => void> = {
  'policy-script-tags': (r) => {
    foundContact(r);
    expect(JSON.stringify(r)).not.toMatch(SCRIPT_TEXT);
    expect(r.forbidden_activities.map((a) => a.id)).toEqual(expect.arrayContaining(['dos', 'social_engineering']));
  },
  'policy-10k-items': (r) => {
    foundContact(r);
    expect(r.in_scope.length).toBeGreaterThan(0);
  },
  // Text below a cut-off depth may be dropped, but then with a note; what came before the nesting is kept.
  'policy-deep-nesting': (r) => {
    foundContact(r);
    if (!r.forbidden_activities.some((a) => a.id === 'dos')) expect((r.notes ?? []).join(' ')).toMatch(/nest|deep/i);
  },
  // The address inside the never-closed comment is not text.
  'policy-unclosed-comment': foundContact,
  'policy-binary': (r) => {
    expect(contacts(r)).toEqual([]);
    expect((r.notes ?? []).join(' ')).toMatch(/binary/i);
  },
};

const behaviours = await buildHostileBehaviours(NOW);

async function extract(body: Uint8Array, contentType: string, url: string) {
  const rejections = watchUnhandledRejections();
  const measured = await measure(async () => extractPolicy({ body, contentType, url }, { now: NOW }));
  expect(rejections.stop()).toEqual([]);
  expect(PolicyResultSchema.safeParse(measured.value).success).toBe(true);
  expect(measured.elapsedMs).toBeLessThan(MAX_MS);
  expect(measured.peakGrowthBytes).toBeLessThan(MAX_PEAK_GROWTH);
  expect(JSON.stringify(measured.value)).not.toMatch(MARKUP);
  return measured.value;
}

describe('extractPolicy on hostile policies', () => {
  const policies = behaviours.filter((b) => b.category === 'policy');

  it('covers every policy behaviour', () => {
    expect(policies.map((b) => b.name).sort()).toEqual(Object.keys(POLICIES).sort());
  });

  it.each(policies.map((b) => [b.name, b] as const))('%s', async (name, b) => {
    const result = await extract(b.document!.bytes, b.document!.contentType, `https://${hostileHost(name)}/policy`);
    POLICIES[name]!(result);
  });
});

describe('extractPolicy on the other hostile documents, read as policies', () => {
  const others = behaviours.filter((b) => b.document && b.category !== 'policy');
  it.each(others.map((b) => [b.name, b] as const))('%s', async (name, b) => {
    const result = await extract(b.document!.bytes, b.document!.contentType, `https://${hostileHost(name)}/.well-known/security.txt`);
    // Only addresses and links of the text itself, never a script URL.
    for (const value of contacts(result)) expect(value).toMatch(/^(?:mailto:|https?:)/);
  });
});

describe('extractPolicy on oversized input', () => {
  it('reads 8 MiB of one repeated paragraph within the bounds, noting the truncation', async () => {
    const paragraph = `<p>Do not run denial of service attacks against ${POLICY_CONTACT} or anything else.</p>\n`;
    const body = utf8(paragraph.repeat(Math.ceil((8 * MIB) / paragraph.length)));
    const result = await extract(body, 'text/html; charset=utf-8', 'https://big.evil.test/policy');
    expect((result.notes ?? []).join(' ')).toMatch(/MiB|truncat|first part/i);
  });
});
