import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractPolicy } from '../../../src/core/policy/extract-policy.ts';
import { PolicyResultSchema } from '../../../src/core/schemas/policy-result.ts';

const NOW = new Date('2026-11-21T00:00:00Z');
const WORDS = ['Do', 'not', 'must', 'scope', 'out of scope:', '*.example.com', 'security@example.com', 'within', '3', 'days',
  'DoS', 'phishing', '- ', '## ', '\n', '\n\n', '[a](https://x.example/report)', '<li>', '</ul>', '`', '**', 'niet', 'keine', '(', ')', ':'];

describe('extractPolicy on hostile input', () => {
  it('never throws, always returns a valid result, and is deterministic', () => {
    const soup = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), soup), fc.constantFrom('text/html', 'text/markdown', 'text/plain', null), (text, type) => {
        const a = extractPolicy({ body: text, contentType: type }, { now: NOW });
        const b = extractPolicy({ body: text, contentType: type }, { now: NOW });
        expect(PolicyResultSchema.safeParse(a).success).toBe(true);
        expect(b).toEqual(a);
      }),
      { numRuns: 250 },
    );
  });

  it('says a PDF is not supported, refuses binary data, and survives deep or broken HTML', () => {
    const pdf = extractPolicy({ body: new TextEncoder().encode('%PDF-1.7\n...'), url: 'https://example.com/vdp.pdf' }, { now: NOW });
    expect(pdf.notes?.join(' ')).toMatch(/PDF .*not supported.*vdp\.pdf/);
    const binary = extractPolicy({ body: new Uint8Array(4096).map((_, i) => i % 256) }, { now: NOW });
    expect(binary.notes?.join(' ')).toMatch(/binary/);
    const html = '<p>Do not run DoS attacks.' + '<div><b><i>'.repeat(100_000);
    const deep = extractPolicy({ body: html, contentType: 'text/html' }, { now: NOW });
    expect(deep.forbidden_activities.map((f) => f.id)).toEqual(['dos']);
    expect(deep.notes?.join(' ')).toMatch(/nests more than 1000 elements deep/);
  });

  it('reads only the first 2 MiB of an enormous document and says so', () => {
    const big = 'Do not use automated scanners. '.repeat(100_000);
    const r = extractPolicy({ body: big }, { now: NOW });
    expect(r.notes?.join(' ')).toMatch(/larger than 2 MiB/);
    expect(r.forbidden_activities.map((f) => f.id)).toEqual(['automated_scanning']);
  });
});

describe('extraction time grows linearly', () => {
  // Adversarial shapes for the tokenizers and regexes: unmatched brackets, backticks, angle brackets, long
  // runs of hex, spaces, '@' and dots. Quadratic behaviour would make 4× the input cost ~16× the time.
  const unit = '[[[(( `` <a ** _x_ 0123456789abcdef0123456789abcdef a@b@c.d.e.f.g --- ... do not niet keine ';
  const make = (size: number) => ({ body: unit.repeat(Math.ceil(size / unit.length)).slice(0, size), contentType: 'text/markdown' });
  const time = (size: number) => {
    const input = make(size);
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      extractPolicy(input, { now: NOW });
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  it('4× the input costs well under 16× the time', () => {
    time(16_000);
    const small = time(64_000);
    const large = time(256_000);
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });
});
